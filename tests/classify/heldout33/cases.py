"""heldout33: a year (2032) of mail from directors of werkorganisaties and GR's in Noord-Brabant and Limburg.

The writers refer to this calendar of the network's year 2032. Atelier 2032-1: the call for themes goes out on
Tuesday 6 January (topics welcome until Friday 23 January); the invitation follows on 10 February for Thursday
25 March 2032, 13.30-17.00, at Landgoed De Zeven Linden, Lindendreef 3, Sint-Oedenrode (answers before 12 March);
the reminder goes out on 22 March, latecomers land on the waiting list and substitutes get their own invitation;
the follow-up with the report comes on Thursday 1 April. Atelier 2032-2: the call for themes goes out on Tuesday
8 June (until Friday 2 July) for Thursday 21 October; the invitation on 8 September names Grottencentrum De
Kalkoven, Oude Groeveweg 5, Valkenburg, 14.00-17.30; on 28 September a change moves it to the Kapittelzaal,
Munsterplein 8, Roermond, 13.00-16.30; the reminder comes in the week before, the follow-up on Tuesday 2 November.
In between the mailbox answers confirmation requests and reminders of them, welcome mails, goodbyes, RSVP
acknowledgements and waiting-list notes. Our quoted mails are the fixed snapshot in quoted_mails.json (its dates
say 2027); the writers' own text speaks of the 2032 calendar. Writers are algemeen directeuren, directeuren
bedrijfsvoering and sociaal domein, assistants and mail systems of invented organisations (Dommeloord,
Maaskempen-Oost, Geulvallei, Heuvelrand, Brabantse Wouden, Nierskant, Markdal, ...), some Flemish-tinged, some
English; several appear more than once during the year (a sign-up, its confirmation, an RSVP, a later change).

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a yes turned into a no, a no
  turned into a yes).
- Under the call for themes, the follow-up or the thank-you for a suggestion, a proposed topic is a suggestion,
  also with a yes or no to the atelier beside it; a reply there that only says whether the writer comes is an
  rsvp; a proposal about time, place or format of the ateliers is other.
- Themes are those of what the writer proposes (one topic per theme, at most two), not of words in passing or of
  the background told first; two for one topic only where it clearly spans both.
- Declining the atelier while keeping the membership ("ik meld me af voor 21 oktober"), and declining with a named
  substitute, are rsvp False; leaving the network and declining in one mail is unsubscribe.
- A named successor with the successor's address is a hand-over (unsubscribe), also under our goodbye and also
  when it is mixed with the successor coming to the atelier; a colleague reporting that someone left is other.
- An AVG erasure is unsubscribe with erase True; a request to see one's data is other.
- Signing up one named colleague with the colleague's address is subscribe; several colleagues is other;
  "lid blijven" under our goodbye is subscribe; a question about who unsubscribed them is other.
- A plain denial under the confirmation mail is unsubscribe; a denial asking where we got the address is other.
- A yes on a condition the secretariat must answer first, a yes or confirmation with a real question beside it,
  and an assistant's forwarded mail about the director's attendance are other; an assistant answering in reply
  to our invitation is rsvp. A yes with a remark that needs no answer (arriving late, coming alone) stays rsvp.
- Calendar accepts and declines are rsvp; a tentative "I'll let you know" is other.
- Out-of-office, bounces, read receipts, ticket systems and "address no longer in use" are autoreply, with or
  without headers, and carry no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


BEVESTIGING = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
HERINNERING_AANMELDING = "Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"
RSVP = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
VERVANGER = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
WIJZIGING = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
AFMELDING = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- January: call for themes for atelier 2032-1 (25 March), new members ----
    {
        "id": "h33-001",
        "kind": "autoreply",
        "sender": "Ria Bongers <r.bongers@dommeloord.nl>",
        "subject": "Automatisch antwoord: " + OPROEP,
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben met kerstverlof en vanaf maandag 12 januari 2032 weer op kantoor.
            Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het
            directiesecretariaat via 0413 - 20 48 00.

            Ria Bongers
            Algemeen directeur Werkorganisatie Dommeloord
            """
        ),
    },
    {
        "id": "h33-002",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Godfried van Kempen <g.vankempen@maaskempenoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een onderwerp voor 25 maart:

            Hoe ontwikkel je als werkorganisatie een eigen meerjarige koers richting 2040, terwijl de colleges in de
            vier gemeenten elk hun eigen bestuurlijke prioriteiten hebben en elk nieuw coalitieakkoord alles weer op
            losse schroeven zet?

            Hartelijke groet,
            Godfried van Kempen
            algemeen directeur
            GR Maaskempen-Oost
            """
        ),
    },
    {
        "id": "h33-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Nadia el Khatib <n.elkhatib@peelhorst.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Mijn suggestie: een AI-assistent die inwonersvragen beantwoordt, op de website en aan de telefoon. Wij
            starten daar dit voorjaar mee en ik ben benieuwd hoe anderen de kwaliteit van de antwoorden bewaken.

            Groet, Nadia

            Nadia el Khatib | directeur Dienstverlening | Werkorganisatie Peelhorst
            """
        ),
    },
    {
        "id": "h33-004",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Maurice Habets <maurice.habets@geulvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Twee onderwerpen, zoals gevraagd één per regel:
            Strategische personeelsplanning nu een kwart van onze medewerkers de komende vijf jaar met pensioen gaat
            Onze positie in de regio Zuid-Limburg nu de centrumgemeente steeds meer taken naar zich toe trekt

            Met vriendelijke groet,

            Maurice Habets
            Gemeentesecretaris-directeur
            Ambtelijke organisatie Geulvallei
            T 043 - 604 77 10
            """
        ),
    },
    {
        "id": "h33-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Spierings <w.spierings@kempenveld.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dag Stan,

            Ik heb deze ronde eerlijk gezegd geen onderwerp dat eruit springt. Maar 25 maart heb ik al geblokt: ik
            ben er zeker bij.

            Wendy

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h33-006",
        "kind": "other",
        "sender": "Harrie Timmermans <h.timmermans@roerdalwest.nl>",
        "subject": "Antw: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Geen inhoudelijk thema van mijn kant, wel een verzoek over de opzet. De ateliers zijn steeds in het
            midden van het land of in Oost-Brabant. Voor ons uit Midden-Limburg is dat een halve dag reizen. Zou u
            willen overwegen om er één per jaar in Limburg te houden, en dan liefst op een ochtend?

            Met vriendelijke groet,

            H.J.M. Timmermans
            Algemeen directeur Werkorganisatie Roerdal-West
            """
        ),
    },
    {
        "id": "h33-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Katrien Vermeulen <katrien.vermeulen@beerseloop.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste,

            Graag had ik eens van gedachten gewisseld over hoe de collega's de prestaties van hun dienstverlening
            opvolgen. Wij meten de wachttijd aan het loket en de doorlooptijd van vergunningen, maar we krijgen die
            cijfers niet vertaald naar iets waar het bestuur mee aan de slag kan. Welke indicatoren werken bij
            anderen?

            Met vriendelijke groeten
            Katrien Vermeulen
            directeur publiekszaken, Werkorganisatie Beerseloop
            """
        ),
    },
    {
        "id": "h33-008",
        "kind": "confirm",
        "sender": "Ruud Swinkels <ruud.swinkels@aaenraam.nl>",
        "subject": "Re: " + BEVESTIGING,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "",
    },
    {
        "id": "h33-009",
        "kind": "subscribe",
        "sender": "Esther Coolen <e.coolen@biesboschoost.nl>",
        "subject": "Aanmelding netwerk",
        "quote": "none",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Per 1 januari 2032 ben ik algemeen directeur van de GR Biesbosch-Oost, de ambtelijke organisatie van
            Waterzande en Polderveen. Mijn voorganger sprak altijd met veel enthousiasme over uw netwerk. Graag meld
            ik mij aan als lid.

            Met vriendelijke groet,

            drs. Esther Coolen
            Algemeen directeur GR Biesbosch-Oost
            """
        ),
    },
    {
        "id": "h33-010",
        "kind": "confirm",
        "sender": "Esther Coolen <e.coolen@biesboschoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding (referentie AF-7K3Q9-XM2PA-4RTZ8).

            E. Coolen
            """
        ),
    },
    {
        "id": "h33-011",
        "kind": "confirm",
        "sender": "Tijn Verbakel <t.verbakel@markiezaat-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd.

            Tijn Verbakel
            """
        ),
    },
    {
        "id": "h33-012",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Loes Hermans <loes.hermans@vlootbeek.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Grip op de overheadkosten: hoe houden jullie de bedrijfsvoering betaalbaar zonder dat de dienstverlening
            eronder lijdt?

            Loes

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h33-013",
        "kind": "unsubscribe",
        "sender": "Frans Lemmens <f.lemmens@swalmdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste mensen,

            Een onderwerp heb ik niet meer voor u: per 1 februari ga ik met pensioen. Wilt u mij afmelden als lid?
            Het was me een genoegen.

            Frans Lemmens
            """
        ),
    },
    {
        "id": "h33-014",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.heuvelrandzl.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.heuvelrandzl.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <p.dohmen@heuvelrandzl.nl>: host mailstore.heuvelrandzl.nl[10.14.2.8] said:
                550 5.1.1 <p.dohmen@heuvelrandzl.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h33-015",
        "kind": "other",
        "sender": "Jolanda Pijnenburg <j.pijnenburg@kleinedommelgr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik ontvang van u een verzoek om een aanmelding te bevestigen, maar ik heb mij nergens aangemeld. Kunt u
            mij laten weten wie mijn adres heeft opgegeven en hoe u aan mijn gegevens komt?

            Met vriendelijke groet,
            Jolanda Pijnenburg
            Directeur bedrijfsvoering GR Kleine Dommel
            """
        ),
    },
    {
        "id": "h33-016",
        "kind": "unsubscribe",
        "sender": "Bart Claassen <bart.claassen@maasbocht.nl>",
        "subject": "Re: " + HERINNERING_AANMELDING,
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Niet door mij aangevraagd, graag geen mail meer.
            """
        ),
    },
    {
        "id": "h33-017",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anke Wijnen <a.wijnen@langeweide-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan,

            Dank voor de bevestiging. Ik wil er nog één onderwerp aan toevoegen: hoe houd je drie gemeenteraden
            betrokken bij één ambtelijke organisatie, zonder dat elke raad het gevoel krijgt dat 'de GR' de dienst
            uitmaakt?

            Groet,
            Anke Wijnen
            """
        ),
    },
    {
        "id": "h33-018",
        "kind": "other",
        "sender": "Ton Hurkmans <t.hurkmans@brabantsewouden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In uw bevestiging staat mijn onderwerp onder het thema Dienstverlening, maar het ging mij om de
            inrichting van ons klantcontactcentrum als organisatieonderdeel: structuur, aansturing en formatie. Zou
            u dat willen corrigeren naar Organisatie? Anders telt het bij het verkeerde thema.

            Met vriendelijke groet,
            Ton Hurkmans
            """
        ),
    },
    {
        "id": "h33-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Peter-Paul Verhagen <pp.verhagen@meierijhoek.nl>",
        "subject": "Antw: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Als onderwerp draag ik aan: de positie van een middelgrote werkorganisatie tussen twee grote
            centrumgemeenten in de regio. Wij worden in regionale overleggen steeds vaker als 'de kleintjes' gezien,
            terwijl wij met drie gemeenten samen een flinke speler zijn. Hoe organiseer je invloed in de regio?

            Met vriendelijke groet,

            P.P.M. Verhagen
            directeur Werkorganisatie Meierijhoek

            ******************************************************************************************
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht heeft
            ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Werkorganisatie
            Meierijhoek aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit de elektronische
            verzending van berichten.
            ******************************************************************************************
            """
        ),
    },
    {
        "id": "h33-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Rovers <m.rovers@dommeloord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Op 25 maart zit ik met ons MT op studiereis in Kopenhagen, dus ik moet deze keer overslaan. Ik geef wel
            graag een onderwerp mee: hybride werken, vier jaar verder. Hoe houd je binding met de organisatie als de
            helft van de collega's structureel thuis werkt, en wat betekent dat voor huisvesting en leiderschap?

            Hartelijke groet,
            Marloes Rovers
            directeur bedrijfsvoering Werkorganisatie Dommeloord
            """
        ),
    },
    {
        "id": "h33-021",
        "kind": "other",
        "sender": "Erik Daemen <erik.daemen@mergellandnoord.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Ik wil graag iets aandragen, maar ik wil het eerst in ons directieoverleg van 27 januari bespreken. Is
            het een probleem als mijn onderwerp pas daarna binnenkomt, of is de telling op de 23e definitief?

            Groet,
            Erik Daemen
            Werkorganisatie Mergelland-Noord
            """
        ),
    },
    {
        "id": "h33-022",
        "kind": "confirm",
        "sender": "Sandra Kusters <s.kusters@jekerdal.nl>",
        "subject": "Re: " + HERINNERING_AANMELDING,
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, graag!

            Sandra
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h33-023",
        "kind": "subscribe",
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "subject": "Membership of the directors' network",
        "quote": "none",
        "body": _(
            """
            Dear Mr Van de Laar, dear Ms Huurneman,

            My Dutch is still a work in progress, so forgive me for writing in English. I started in December as
            director of operations at Werkorganisatie Grensland (the shared organisation of Brunsberg and Eikendal).
            A colleague recommended your network, and I would like to join as a member.

            Kind regards,

            Oliver Brandt
            Director of Operations | Werkorganisatie Grensland
            """
        ),
    },
    {
        "id": "h33-024",
        "kind": "confirm",
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you.

            Oliver
            """
        ),
    },
    # ---- February: invitation for 25 March, Landgoed De Zeven Linden, Sint-Oedenrode ----
    {
        "id": "h33-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hein Raaijmakers <h.raaijmakers@heezeloop.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Met vriendelijke groet,
            Hein Raaijmakers
            """
        ),
    },
    {
        "id": "h33-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Mutsaers <carla.mutsaers@dongenwaard.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Wij komen met z'n tweeën: ik neem onze nieuwe directeur bedrijfsvoering, Youssef Amrani, mee. Leuk dat
            het deze keer in Sint-Oedenrode is, dat rijdt voor ons een stuk beter.

            Groetjes,
            Carla
            """
        ),
    },
    {
        "id": "h33-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Sleegers <jeroen.sleegers@oosterpeel-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Nee, helaas. Op 25 maart hebben wij 's middags een raadsconferentie over de begroting van de
            werkorganisatie en daar kan ik als directeur niet ontbreken.

            Met vriendelijke groet,
            Jeroen Sleegers
            """
        ),
    },
    {
        "id": "h33-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Geurts <m.geurts@heuvelrandzl.nl>",
        "subject": "Geaccepteerd: " + UITNODIGING,
        "thread": "invitation",
        "quote": "none",
        "body": "",
    },
    {
        "id": "h33-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Jansen-Bours <r.jansenbours@kruisbergen.nl>",
        "subject": "Declined: " + UITNODIGING,
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Sorry, I'm abroad that week (study trip to Tallinn with the VNG).
            """
        ),
    },
    {
        "id": "h33-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert van der Heijden <g.vanderheijden@deschansen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Zelf lukt het mij op 25 maart niet, maar ik stuur graag iemand in mijn plaats: Hanneke Roovers, onze
            directeur sociaal domein. Haar adres is h.roovers@deschansen.nl.

            Groet,
            Geert van der Heijden
            """
        ),
    },
    {
        "id": "h33-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Bogaers <i.bogaers@maaskempenoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Van Kempen laat ik u weten dat hij graag aanwezig is bij het atelier op 25 maart. Ik
            heb het in zijn agenda gezet.

            Met vriendelijke groet,

            Ilse Bogaers
            Managementassistent algemeen directeur
            GR Maaskempen-Oost
            """
        ),
    },
    {
        "id": "h33-032",
        "kind": "other",
        "sender": "Daniëlle Hoebergen <d.hoebergen@meierijhoek.nl>",
        "subject": "FW: " + UITNODIGING,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Ter info: de heer Verhagen heeft mij gevraagd u door te geven dat hij op 25 maart komt, samen met zijn
            beleidsadviseur. Kunt u beiden noteren?

            Met vriendelijke groet,
            Daniëlle Hoebergen
            secretariaat directie Werkorganisatie Meierijhoek
            """
        ),
    },
    {
        "id": "h33-033",
        "kind": "other",
        "sender": "Stijn Wouters <stijn.wouters@heidekamp-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Melanie,

            Ik zou graag komen, maar dan alleen als ik om half vier online kan aansluiten in plaats van fysiek: ik
            heb die ochtend een bestuursvergadering in Den Bosch die altijd uitloopt. Kan dat? Dan meld ik me aan.

            Stijn
            """
        ),
    },
    {
        "id": "h33-034",
        "kind": "other",
        "sender": "Yvonne Lambregts <y.lambregts@vennenland.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goedendag,

            Is Landgoed De Zeven Linden goed bereikbaar met het openbaar vervoer vanaf station Boxtel? En zo niet:
            is er voldoende parkeerruimte op het terrein? Ik heb nog niet besloten hoe ik kom.

            Vriendelijke groet,
            Yvonne Lambregts
            """
        ),
    },
    {
        "id": "h33-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees Bakermans <kees.bakermans@zandhoeve-gr.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Top, ben erbij 👍

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h33-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Griet Van Dyck <griet.vandyck@grensmeren.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Spijtig genoeg zal ik er op 25 maart niet bij kunnen zijn: die namiddag staat onze jaarlijkse
            personeelsdag gepland en die kan ik moeilijk missen. Ik kijk al uit naar het verslag.

            Met vriendelijke groeten,
            Griet Van Dyck
            """
        ),
    },
    {
        "id": "h33-037",
        "kind": "unsubscribe",
        "sender": "Wim Stassen <w.stassen@maasterras.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik kom niet op 25 maart. Ik vertrek per 1 april bij Maasterras en ga aan de slag buiten het openbaar
            bestuur, dus wilt u mij ook als lid afmelden? Mijn opvolger is nog niet benoemd.

            Met vriendelijke groet,
            Wim Stassen
            """
        ),
    },
    {
        "id": "h33-038",
        "kind": "unsubscribe",
        "sender": "Jos Thijssen <j.thijssen@lindeveld-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 maart neemt Joost Verhoeven mijn functie als algemeen directeur van de GR Lindeveld over. Wilt u
            mij uit het netwerk afmelden en Joost in mijn plaats als lid opnemen? Zijn adres is
            j.verhoeven@lindeveld-gr.nl. Hij ontvangt de uitnodiging voor 25 maart vast graag.

            Met vriendelijke groet,
            Jos Thijssen
            """
        ),
    },
    {
        "id": "h33-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Bosmans <a.bosmans@dorplanden.nl>",
        "subject": "Antw: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Hierbij meld ik mij af voor het atelier van 25 maart.

            A. Bosmans
            """
        ),
    },
    {
        "id": "h33-040",
        "kind": "other",
        "sender": "Richard Vossen <r.vossen@heuvelkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Het onderwerp van 25 maart sluit naadloos aan bij een discussie die wij nu met ons bestuur voeren. Mag
            ik onze portefeuillehouder bedrijfsvoering, wethouder Smeets, meenemen als gast, of is het atelier
            strikt voor directeuren?

            Groet,
            Richard Vossen
            """
        ),
    },
    {
        "id": "h33-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke de Rooij <f.derooij@vlasmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            Ja, ik kom, met 1 gast: onze concerncontroller Ellen Peters.

            Groet,
            Femke de Rooij
            Werkorganisatie Vlasmeer
            """
        ),
    },
    {
        "id": "h33-042",
        "kind": "autoreply",
        "sender": "Raymond Kerkhofs <raymond.kerkhofs@jekerdal.nl>",
        "subject": "Automatisch antwoord: " + UITNODIGING,
        "thread": "invitation",
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben van 16 tot en met 20 februari 2032 afwezig en heb beperkt toegang tot mijn e-mail. Voor dringende
            zaken kunt u contact opnemen met Sandra Kusters (s.kusters@jekerdal.nl).

            I am out of the office from 16 to 20 February 2032 with limited access to e-mail. For urgent matters
            please contact Sandra Kusters (s.kusters@jekerdal.nl).
            """
        ),
    },
    {
        "id": "h33-043",
        "kind": "other",
        "sender": "Luc Hendrikx <l.hendrikx@swalmdal.nl>",
        "subject": "Voorlopig geaccepteerd: " + UITNODIGING,
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Ik heb het voorlopig in mijn agenda gezet. Of ik echt kan, weet ik pas na ons DB-overleg van 4 maart;
            ik laat het u daarna weten.
            """
        ),
    },
    {
        "id": "h33-044",
        "kind": "subscribe",
        "sender": "Marjolein Ketelaars <m.ketelaars@peelkanaal.nl>",
        "subject": "Lid worden",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Op de bijeenkomst van de Brabantse gemeentesecretarissen vorige week hoorde ik een collega lovend
            vertellen over jullie ateliers. Als directeur van Werkorganisatie Peelkanaal wil ik mij graag aanmelden
            als lid van het netwerk.

            Met vriendelijke groet,

            Marjolein Ketelaars
            directeur Werkorganisatie Peelkanaal
            06 - 41 27 83 90
            """
        ),
    },
    {
        "id": "h33-045",
        "kind": "confirm",
        "sender": "Marjolein Ketelaars <m.ketelaars@peelkanaal.nl>",
        "subject": "Antw: " + BEVESTIGING,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            Marjolein Ketelaars
            directeur Werkorganisatie Peelkanaal

            -------------------------------------------------------------------------------------
            De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde. Gebruik door anderen is niet toegestaan.
            -------------------------------------------------------------------------------------
            """
        ),
    },
    {
        "id": "h33-046",
        "kind": "other",
        "sender": "Twan Gielen <twan.gielen@nierskant.nl>",
        "subject": "Aanmelden + vraag over 25 maart",
        "quote": "none",
        "body": _(
            """
            Goedendag,

            Ik wil me graag aanmelden voor het netwerk. Ik zag dat er op 25 maart een atelier is: kan ik daar als
            nieuw lid nog aan deelnemen, of is de inschrijving daarvoor al gesloten?

            Groeten,
            Twan Gielen
            Algemeen directeur Werkorganisatie Nierskant
            """
        ),
    },
    {
        "id": "h33-047",
        "kind": "autoreply",
        "sender": "KCC Werkorganisatie Vlootbeek <kcc@vlootbeek.nl>",
        "subject": "Uw bericht is ontvangen (zaaknummer Z-2032-004417)",
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Geachte afzender,

            Hartelijk dank voor uw bericht aan Werkorganisatie Vlootbeek. Uw e-mail is geregistreerd onder
            zaaknummer Z-2032-004417 en doorgezet naar de juiste afdeling. U ontvangt binnen vijf werkdagen een
            inhoudelijke reactie.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

            Klantcontactcentrum Werkorganisatie Vlootbeek
            """
        ),
    },
    {
        "id": "h33-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Verstappen <b.verstappen@terhorstland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, ik kom alleen.

            Bas Verstappen
            """
        ),
    },
    {
        "id": "h33-049",
        "kind": "other",
        "sender": "Hanny Rutten <h.rutten@heuvelkant.nl>",
        "subject": "Aanmelding collega's",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Graag meld ik twee collega's van ons directieteam aan voor het netwerk: Sven Bloemen
            (s.bloemen@heuvelkant.nl) en Nicole Franssen (n.franssen@heuvelkant.nl). Beiden zijn per februari
            directeur geworden en hebben volgens mij veel aan de ateliers.

            Met vriendelijke groet,
            Hanny Rutten
            """
        ),
    },
    {
        "id": "h33-050",
        "kind": "subscribe",
        "sender": "Paul Schellekens <p.schellekens@markiezaat-samen.nl>",
        "subject": "Aanmelding nieuwe collega",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Wil je mijn nieuwe collega-directeur Ingrid Adriaansens aanmelden als lid? Zij is sinds 1 februari
            directeur Ruimte bij Markiezaat Samen. Haar e-mailadres: i.adriaansens@markiezaat-samen.nl.

            Dank en groet,
            Paul Schellekens
            """
        ),
    },
    {
        "id": "h33-051",
        "kind": "subscribe",
        "sender": "Ria Bongers <r.bongers@dommeloord.nl>",
        "subject": "FW: " + UITNODIGING,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik stuur jullie deze uitnodiging door omdat onze nieuwe directeur Ruimte, Fenna Rooijakkers, hem graag
            had gekregen. Willen jullie haar als lid aanmelden? Haar adres is f.rooijakkers@dommeloord.nl.

            Groet,
            Ria
            """
        ),
    },
    {
        "id": "h33-052",
        "kind": "subscribe",
        "sender": "Niels Vroemen <n.vroemen@kapellenberg.nl>",
        "subject": "Aanmelden",
        "quote": "none",
        "body": _(
            """
            Aanmelden graag, als directeur Werkorganisatie Kapellenberg.

            Niels Vroemen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h33-053",
        "kind": "subscribe",
        "sender": "Joyce Lenders <j.lenders@roerdalwest.nl>",
        "subject": "Fwd: " + UITNODIGING,
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hallo,

            Deze uitnodiging kreeg ik doorgestuurd van mijn collega Harrie Timmermans. Ik ben zelf nog geen lid,
            maar word dat graag: ik ben sinds januari directeur sociaal domein bij Roerdal-West.

            Vriendelijke groet,
            Joyce Lenders
            """
        ),
    },
    # ---- March: reminder, waiting list, substitutes, the atelier of 25 March ----
    {
        "id": "h33-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harrie Timmermans <h.timmermans@roerdalwest.nl>",
        "subject": "Antw: " + HERINNERING,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Helaas, ik kan niet. Ik ben sinds maandag ziek thuis en verwacht donderdag nog niet op de been te zijn.
            Geef mijn plek gerust aan iemand van de wachtlijst.

            Harrie Timmermans
            """
        ),
    },
    {
        "id": "h33-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Bakermans <kees.bakermans@zandhoeve-gr.nl>",
        "subject": "Re: " + RSVP,
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Jammer dat het vol zit. Haal me dan maar van de wachtlijst, ik heb die middag inmiddels iets anders
            ingepland.

            Kees
            """
        ),
    },
    {
        "id": "h33-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Roovers <h.roovers@deschansen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging. Ik kom graag in de plaats van Geert en ben er op 25 maart om half twee.

            Met vriendelijke groet,
            Hanneke Roovers
            directeur sociaal domein Werkorganisatie De Schansen
            """
        ),
    },
    {
        "id": "h33-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Heesakkers <m.heesakkers@dintelmond.nl>",
        "subject": "Re: " + VERVANGER,
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Ik ben op 25 maart helaas zelf ook niet beschikbaar, heb het inmiddels met Carlijn besproken.

            Mark
            """
        ),
    },
    {
        "id": "h33-058",
        "kind": "other",
        "sender": "Carla Mutsaers <carla.mutsaers@dongenwaard.nl>",
        "subject": "Re: " + HERINNERING,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Is er al een programma voor donderdag? Youssef vraagt of we iets moeten voorbereiden, bijvoorbeeld een
            casus uit onze eigen organisatie.

            Groetjes, Carla
            """
        ),
    },
    {
        "id": "h33-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Verstappen <b.verstappen@terhorstland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vorige maand heb ik nog ja gezegd, maar ik moet toch afzeggen: wij zitten midden in de nasleep van de
            brand in ons gemeentehuis en ik kan hier donderdag niet weg. Sorry voor de late afmelding.

            Bas Verstappen
            """
        ),
    },
    {
        "id": "h33-060",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Sleegers <jeroen.sleegers@oosterpeel-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Eerder meldde ik mij af voor 25 maart, maar de raadsconferentie is naar april verschoven. Ik kan dus
            toch en kom graag, als er nog plek is.

            Met vriendelijke groet,
            Jeroen Sleegers
            """
        ),
    },
    {
        "id": "h33-061",
        "kind": "autoreply",
        "sender": "Monique Geurts <m.geurts@heuvelrandzl.nl>",
        "subject": "Afwezig: " + HERINNERING,
        "thread": "reminder",
        "quote": "none",
        "body": _(
            """
            Beste afzender,

            Tot en met vrijdag 26 maart ben ik afwezig. Op donderdag 25 maart ben ik bij het Leer- en
            inspireer-atelier in Sint-Oedenrode en lees ik mijn mail niet. Vanaf maandag 29 maart ben ik weer
            bereikbaar.

            Met vriendelijke groet,
            Monique Geurts
            """
        ),
    },
    {
        "id": "h33-062",
        "kind": "autoreply",
        "sender": "Dennis Linssen <d.linssen@ravenhorst.nl>",
        "subject": "Automatisch antwoord: " + HERINNERING,
        "thread": "reminder",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Werkorganisatie Ravenhorst is per 1 januari 2032 opgegaan in
            de nieuwe gemeente Ravenveld. Uw bericht is niet doorgestuurd.

            Voor directiezaken kunt u mailen naar directie@ravenveld.nl.
            """
        ),
    },
    {
        "id": "h33-063",
        "kind": "other",
        "sender": "Yvonne Lambregts <y.lambregts@vennenland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Ik sta op de wachtlijst. Kunt u mij laten weten op welke plek ik nu sta? Dan weet ik of het zin heeft
            om de middag van 25 maart vrij te houden, of dat ik mijn andere afspraken beter kan laten staan.

            Vriendelijke groet,
            Yvonne Lambregts
            """
        ),
    },
    {
        "id": "h33-064",
        "kind": "confirm",
        "sender": "Sven Bloemen <s.bloemen@heuvelkant.nl>",
        "subject": "Re: " + HERINNERING_AANMELDING,
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h33-065",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ellen Kroon <e.kroon@zuidpeelkwartier.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u om alle
            persoonsgegevens die u in het kader van het netwerk van mij verwerkt, te verwijderen. Tevens wil ik
            geen berichten meer van u ontvangen.

            Ik verzoek u mij binnen de wettelijke termijn te bevestigen dat de gegevens zijn gewist.

            Met vriendelijke groet,
            mr. E.C. Kroon
            """
        ),
    },
    {
        "id": "h33-066",
        "kind": "other",
        "sender": "Noud van Dijk <n.vandijk@heezeloop.nl>",
        "subject": "Inzage gegevens",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Zou u mij een overzicht kunnen sturen van de gegevens die het netwerk over mij heeft vastgelegd? Ik ben
            benieuwd welke gegevens u bewaart en hoe lang.

            Met vriendelijke groet,
            Noud van Dijk
            """
        ),
    },
    {
        "id": "h33-067",
        "kind": "rsvp",
        "attending": True,
        "sender": "Godfried van Kempen <g.vankempen@maaskempenoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom donderdag, maar schuif een halfuur later aan: tot twee uur zit ik in een regio-overleg in Veghel.
            Begin gerust zonder mij.

            Hartelijke groet,
            Godfried
            """
        ),
    },
    # ---- April: follow-up with the report, goodbyes, new members ----
    {
        "id": "h33-068",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Maurice Habets <maurice.habets@geulvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Voor het najaar zou ik graag een onderwerp agenderen: hoe wij als werkorganisatie
            samen met de buurgemeenten, het waterschap en de provincie optrekken in de regionale energiestrategie.
            Wie neemt de regie, en hoe voorkom je dat iedere gemeente apart gaat onderhandelen?

            Met vriendelijke groet,
            Maurice Habets
            """
        ),
    },
    {
        "id": "h33-069",
        "kind": "other",
        "sender": "Hanneke Roovers <h.roovers@deschansen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een inspirerende middag was het! Ik kwam als vervanger, maar ben naar huis gegaan met een hoofd vol
            ideeën. Dank voor de goede organisatie en de gastvrijheid op De Zeven Linden.

            Hartelijke groet,
            Hanneke
            """
        ),
    },
    {
        "id": "h33-070",
        "kind": "other",
        "sender": "Loes Hermans <loes.hermans@vlootbeek.nl>",
        "subject": "Re: " + VERVOLG,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi, de link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunnen jullie het
            verslag als pdf sturen?

            Loes
            """
        ),
    },
    {
        "id": "h33-071",
        "kind": "other",
        "sender": "Ad van Hulten <a.vanhulten@dongenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Nog een gedachte na donderdag: de middag was eigenlijk te kort. Zou het volgende atelier een hele dag
            kunnen duren, met 's ochtends een werkbezoek bij een van de werkorganisaties? Dan zie je ook eens hoe
            een ander het in de praktijk doet.

            Groet,
            Ad van Hulten
            """
        ),
    },
    {
        "id": "h33-072",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther Coolen <e.coolen@biesboschoost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor een fijne eerste kennismaking met het netwerk! Voor het volgende atelier zou ik graag praten
            over dienstverlening aan ondernemers: hoe bied je één loket voor twee gemeenten die elk hun eigen regels
            hebben voor bijvoorbeeld terrassen en evenementen?

            Met vriendelijke groet,
            Esther Coolen
            """
        ),
    },
    {
        "id": "h33-073",
        "kind": "other",
        "sender": "Stijn Wouters <stijn.wouters@heidekamp-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Melanie,

            Zou ik de presentatie van de tweede inleider kunnen krijgen, die over de sturingsfilosofie van de
            werkorganisatie Lingehaven? Ik wil hem graag met mijn MT delen.

            Stijn
            """
        ),
    },
    {
        "id": "h33-074",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Frank Heijmans <f.heijmans@aaenraam.nl>",
        "subject": "Re: " + VERVOLG,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Het atelier zette mij aan het denken. Bij ons loopt het huidige organisatieplan eind 2033 af en we
            staan voor de vraag wat daarna komt. De reflex is om weer een reorganisatie te starten, maar eigenlijk
            missen we een visie op wat voor organisatie we over tien jaar willen zijn en welke maatschappelijke
            opgaven daarin leidend zijn.

            Mijn voorstel voor het najaar: hoe kom je als werkorganisatie tot een strategische koers voor de lange
            termijn, en hoe krijg je je besturen daarachter?

            Een mooie paasvakantie gewenst,

            Frank Heijmans
            Algemeen directeur Werkorganisatie Aa en Raam
            """
        ),
    },
    {
        "id": "h33-075",
        "kind": "unsubscribe",
        "sender": "Leo Smulders <l.smulders@brabantsewouden.nl>",
        "subject": "Afmelden netwerk",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 1 mei ga ik met pensioen. Wilt u mij per die datum uit het ledenbestand halen? Wie mij opvolgt, is
            nog niet bekend; zodra dat zo is, vraag ik mijn opvolger om zich zelf bij u te melden.

            Met hartelijke groet en dank voor de mooie jaren,
            Leo Smulders
            """
        ),
    },
    {
        "id": "h33-076",
        "kind": "other",
        "sender": "Sharon Wijers <s.wijers@kempenveld.nl>",
        "subject": "Vertrek mevrouw Spierings",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: mevrouw Spierings is per 1 april vertrokken bij Werkorganisatie Kempenveld. Zij
            ontvangt nog steeds uw berichten, maar haar mailbox wordt binnenkort opgeheven. Wie haar opvolgt, is
            nog niet bekend.

            Met vriendelijke groet,
            Sharon Wijers
            secretariaat directie Kempenveld
            """
        ),
    },
    {
        "id": "h33-077",
        "kind": "unsubscribe",
        "sender": "Frans Lemmens <f.lemmens@swalmdal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Beste mensen,

            Dank voor de bevestiging. U vroeg naar mijn opvolger: dat is Miriam Coenen, sinds 1 maart algemeen
            directeur van Werkorganisatie Swalmdal. Haar e-mailadres is m.coenen@swalmdal.nl.

            Frans Lemmens
            """
        ),
    },
    {
        "id": "h33-078",
        "kind": "subscribe",
        "sender": "Gerben Mols <g.mols@heidekamp-gr.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag. Dat afmelden was een misverstand: mijn secretaresse dacht dat het om het atelier
            ging.

            Gerben Mols
            """
        ),
    },
    {
        "id": "h33-079",
        "kind": "other",
        "sender": "Anke Wijnen <a.wijnen@langeweide-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Ik krijg een bevestiging dat ik ben afgemeld, maar ik heb daar zelf nooit om gevraagd. Kunt u nagaan
            wie dat verzoek heeft gedaan? Ik vind het een vreemde gang van zaken.

            Anke Wijnen
            """
        ),
    },
    {
        "id": "h33-080",
        "kind": "autoreply",
        "sender": "Ad van Hulten <a.vanhulten@dongenwaard.nl>",
        "subject": "Gelezen: " + VERVOLG,
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Uw bericht aan Ad van Hulten is gelezen op donderdag 1 april 2032 om 14:37.
            """
        ),
    },
    {
        "id": "h33-081",
        "kind": "confirm",
        "sender": "Nicole Franssen <n.franssen@heuvelkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Akkoord, graag aanmelden.

            Nicole Franssen
            Directeur Samenleving | Werkorganisatie Heuvelkant
            """
        ),
    },
    {
        "id": "h33-082",
        "kind": "subscribe",
        "sender": "Pieter-Jan De Smedt <pj.desmedt@markdal-samen.nl>",
        "subject": "Inschrijving netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Goeiemiddag,

            Sinds kort ben ik aan de slag als algemeen directeur bij Werkorganisatie Markdal. Voordien was ik
            stadssecretaris in een Kempense gemeente over de grens. Graag schrijf ik mij in als lid van jullie
            netwerk; ik hoorde er enkel goeds over.

            Met vriendelijke groeten,
            Pieter-Jan De Smedt
            """
        ),
    },
    {
        "id": "h33-083",
        "kind": "confirm",
        "sender": "Pieter-Jan De Smedt <pj.desmedt@markdal-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Excuseer, ik was de eerste mail uit het oog verloren. Ik bevestig graag mijn inschrijving.

            Vriendelijke groeten,
            Pieter-Jan
            """
        ),
    },
    # ---- May ----
    {
        "id": "h33-084",
        "kind": "subscribe",
        "sender": "Wilma Thijs <w.thijs@brabantsewouden.nl>",
        "subject": "Aanmelding lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Graag meld ik onze nieuwe directeur bedrijfsvoering, de heer Rick Bouwmans, aan als lid van het
            netwerk. Zijn e-mailadres is r.bouwmans@brabantsewouden.nl. De heer Bouwmans is op de hoogte van deze
            aanmelding.

            Met vriendelijke groet,

            Wilma Thijs
            Directiesecretaresse GR Brabantse Wouden
            """
        ),
    },
    {
        "id": "h33-085",
        "kind": "other",
        "sender": "Maurice Habets <m.habets@geulvallei-samen.nl>",
        "subject": "Nieuw e-mailadres",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze organisatie is van domeinnaam gewisseld. Mijn oude adres maurice.habets@geulvallei.nl vervalt per
            1 juni; wilt u voortaan m.habets@geulvallei-samen.nl gebruiken voor alle berichten van het netwerk?

            Met vriendelijke groet,
            Maurice Habets
            """
        ),
    },
    {
        "id": "h33-086",
        "kind": "autoreply",
        "sender": "Nicole Franssen <n.franssen@heuvelkant.nl>",
        "subject": "Automatisch antwoord: " + WELKOM,
        "thread": "welcome",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Vanaf 6 mei 2032 ben ik met zwangerschapsverlof. Ik verwacht half september weer aan het werk te gaan.
            Uw mail wordt niet automatisch doorgestuurd. Voor zaken rond het sociaal domein kunt u terecht bij
            Hanny Rutten, h.rutten@heuvelkant.nl.

            Nicole Franssen
            """
        ),
    },
    {
        "id": "h33-087",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rick Bouwmans <r.bouwmans@brabantsewouden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Ik zou graag met collega's
            praten over informatievoorziening en datagedreven sturen binnen de eigen organisatie. Wij hebben data
            genoeg, maar het MT stuurt nog vooral op onderbuikgevoel.

            Met vriendelijke groet,
            Rick Bouwmans
            directeur bedrijfsvoering GR Brabantse Wouden
            """
        ),
    },
    {
        "id": "h33-088",
        "kind": "other",
        "sender": "Pieter-Jan De Smedt <pj.desmedt@markdal-samen.nl>",
        "subject": "Re: " + WELKOM,
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank u wel voor het welkom. Is er ergens een ledenlijst te raadplegen? Ik zou graag weten welke
            collega's uit de regio Breda al lid zijn, zodat ik hen kan contacteren.

            Vriendelijke groeten,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "h33-089",
        "kind": "confirm",
        "sender": "Twan Gielen <twan.gielen@nierskant.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus, uw eerste bericht was in mijn spamfolder beland. Bij deze alsnog bevestigd.

            Twan Gielen
            """
        ),
    },
    {
        "id": "h33-090",
        "kind": "other",
        "sender": "Joris van Aert <joris@koersbureau-verbinding.nl>",
        "subject": "Samenwerking bij uw ateliers?",
        "quote": "none",
        "body": _(
            """
            Beste organisatoren van het netwerk,

            Bureau Koers & Verbinding begeleidt al vijftien jaar ambtelijke fusies in Zuid-Nederland. Graag bieden
            wij aan om tijdens een van uw volgende ateliers kosteloos een werksessie te verzorgen over
            cultuurverandering na een fusie. Zullen we binnenkort een kennismakingsgesprek inplannen?

            Met vriendelijke groet,
            Joris van Aert
            Koers & Verbinding | 073 - 210 44 09
            """
        ),
    },
    {
        "id": "h33-091",
        "kind": "unsubscribe",
        "sender": "Helen Craig <h.craig@nierskant.nl>",
        "subject": "Unsubscribe",
        "quote": "none",
        "body": _(
            """
            Hello,

            Please unsubscribe me from the network's mailing list. I have accepted a role in the private sector and
            will be leaving Werkorganisatie Nierskant at the end of May.

            Best wishes,
            Helen Craig
            """
        ),
    },
    # ---- June: call for themes for atelier 2032-2 (21 October) ----
    {
        "id": "h33-092",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marloes Rovers <m.rovers@dommeloord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen voor oktober:
            - de digitalisering van onze interne werkprocessen: wat levert het op en wat kost het werkelijk?
            - hoe meet je de tevredenheid van inwoners over de dienstverlening van drie gemeenten tegelijk?

            Groet,
            Marloes Rovers
            """
        ),
    },
    {
        "id": "h33-093",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Griet Van Dyck <griet.vandyck@grensmeren.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Een thema dat bij ons leeft: de samenwerking met de veiligheidsregio en de GGD. Als werkorganisatie
            zitten we er met vier gemeenten aan tafel, maar eigenlijk spreken we niet met één stem. Hoe pakken
            andere werkorganisaties dat aan?

            Met vriendelijke groeten,
            Griet
            """
        ),
    },
    {
        "id": "h33-094",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Geurts <m.geurts@heuvelrandzl.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Stan,

            Ik heb deze keer geen onderwerp, mijn hoofd zit vol met de voorjaarsnota. Maar 21 oktober heb ik
            genoteerd en daar ben ik gewoon bij.

            Groet,
            Monique
            """
        ),
    },
    {
        "id": "h33-095",
        "kind": "other",
        "sender": "Harrie Timmermans <h.timmermans@roerdalwest.nl>",
        "subject": "Antw: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Mooi dat het najaarsatelier in Limburg komt! Mocht u nog een locatie zoeken: ons nieuwe gemeentehuis in
            Roerbeek heeft een raadszaal met ruimte voor veertig mensen, en die stellen wij graag kosteloos
            beschikbaar. Laat u maar weten of u daar belangstelling voor hebt.

            Met vriendelijke groet,
            H.J.M. Timmermans
            """
        ),
    },
    {
        "id": "h33-096",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Kees Bakermans <kees.bakermans@zandhoeve-gr.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Werving van ICT'ers en informatieadviseurs, we vissen allemaal in dezelfde kleine vijver. Graag op de
            agenda!

            Kees

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h33-097",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Sleegers <jeroen.sleegers@oosterpeel-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Bij ons speelt al een jaar een lastig dossier. Een van onze drie gemeenten heeft aangekondigd uit de
            werkorganisatie te willen stappen. De financiële gevolgen zijn flink (frictiekosten, de verdeling van
            de overhead), en intern zorgt het voor veel onrust onder medewerkers, die niet weten bij wie ze straks
            in dienst zijn. De dienstverlening aan de inwoners moet intussen gewoon doorgaan.

            Mijn onderwerp voor 21 oktober: hoe organiseer je de uittreding van een deelnemende gemeente zo dat de
            verhoudingen tussen de gemeenten niet blijvend beschadigd raken? Ik ben vooral benieuwd naar de
            ervaringen van collega's die dit al hebben meegemaakt.

            Met vriendelijke groet,
            Jeroen Sleegers
            algemeen directeur Werkorganisatie Oosterpeel
            """
        ),
    },
    {
        "id": "h33-098",
        "kind": "autoreply",
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "subject": "Automatic reply: " + OPROEP,
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am on annual leave until 14 July and will not be checking my mail. For
            urgent matters, please contact the management office at directie@grenslandwerkt.nl.
            """
        ),
    },
    {
        "id": "h33-099",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Femke de Rooij <f.derooij@vlasmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op 21 oktober ben ik met vakantie, dus dit keer moet ik helaas passen. Toch een onderwerp: klantreizen.
            Wij hebben de reis van een inwoner die een uitkering aanvraagt helemaal in kaart gebracht en schrokken
            van het aantal loketten. Ik hoor graag hoe anderen de dienstverlening rond zo'n levensgebeurtenis
            verbeteren.

            Groet,
            Femke
            """
        ),
    },
    {
        "id": "h33-100",
        "kind": "other",
        "sender": "Esther Coolen <e.coolen@biesboschoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            In uw oproep staat dat de Adviesraad de suggesties weegt. Wie zitten daarin, en staat die open voor
            nieuwe leden? Ik zou me er graag voor inzetten.

            Met vriendelijke groet,
            Esther Coolen
            """
        ),
    },
    {
        "id": "h33-101",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Rianne Cuijpers <r.cuijpers@zuidpeelkwartier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn suggesties, één per regel:
            Scenario's voor de toekomst van onze werkorganisatie: blijven we wie we zijn, of volgt een fusie?
            Onze verhouding met de centrumgemeente in de regionale samenwerkingsverbanden

            Met vriendelijke groet,
            Rianne Cuijpers
            """
        ),
    },
    {
        "id": "h33-102",
        "kind": "unsubscribe",
        "sender": "Theo Mertens <theo.mertens@ravenveld.nl>",
        "subject": "Re: " + OPROEP,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Afmelden aub

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h33-103",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Griet Van Dyck <griet.vandyck@grensmeren.nl>",
        "subject": "Re: " + BEDANKT,
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Dag Melanie,

            Merci voor de bevestiging. Mag ik er nog een onderwerp bij zetten? Hoe verdeel je als werkorganisatie
            de lasten en lusten van regionale opgaven, zoals de huisvesting van statushouders, eerlijk over de vier
            gemeenten?

            Groeten,
            Griet
            """
        ),
    },
    {
        "id": "h33-104",
        "kind": "confirm",
        "sender": "Lisette Hoogers <l.hoogers@vennenland.nl>",
        "subject": "Re: " + BEVESTIGING,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd! Ik kijk uit naar het atelier in oktober.

            Lisette Hoogers
            Werkorganisatie Vennenland
            """
        ),
    },
    {
        "id": "h33-105",
        "kind": "other",
        "sender": "Ad van Hulten <a.vanhulten@dongenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik heb twee onderwerpen in gedachten, maar ze liggen gevoelig bij ons bestuur en ik zet ze liever niet
            op papier voordat ik ze heb toegelicht. Kun je mij deze week even bellen? 06 - 12 94 30 57.

            Groet,
            Ad
            """
        ),
    },
    {
        "id": "h33-106",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Cor van Rijswijk <c.vanrijswijk@dintelmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Ik wil niet langer lid zijn van het netwerk. Wilt u daarnaast al mijn gegevens uit uw bestanden
            verwijderen, inclusief mijn eerdere themasuggesties en de registratie van mijn aanwezigheid? Graag een
            bevestiging wanneer dat is gebeurd.

            C. van Rijswijk
            """
        ),
    },
    {
        "id": "h33-107",
        "kind": "autoreply",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lingehaven.nl>",
        "subject": "Undeliverable: " + OPROEP,
        "quote": "none",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            j.kerkhof@lingehaven.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try
            to resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: EX02.lingehaven.local

            j.kerkhof@lingehaven.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address'
            """
        ),
    },
    {
        "id": "h33-108",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Daan Pennings <d.pennings@heidekamp-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            > Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
            > collega's bespreken?

            Hoe bereik je laaggeletterde inwoners? Onze brieven en formulieren zijn nog steeds te moeilijk, en het
            digitale loket helpt juist deze groep niet.

            Daan Pennings
            """
        ),
    },
    {
        "id": "h33-109",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ingrid Adriaansens <i.adriaansens@markiezaat-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan en Melanie,

            Op 21 oktober ben ik er graag bij, mijn eerste atelier! Als onderwerp stel ik voor: het sturingsconcept
            binnen de werkorganisatie. Wij willen van een klassieke lijnorganisatie naar teams met veel meer eigen
            regelruimte, en ik ben benieuwd wie dat al heeft gedaan en wat het opleverde.

            Groet,
            Ingrid Adriaansens
            directeur Ruimte, Markiezaat Samen
            """
        ),
    },
    # ---- July and August ----
    {
        "id": "h33-110",
        "kind": "autoreply",
        "sender": "Frank Heijmans <f.heijmans@aaenraam.nl>",
        "subject": "Afwezigheidsbericht: " + BEDANKT,
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Precedence": "auto_reply", "X-Autoreply": "yes"},
        "body": _(
            """
            Goedendag,

            Ik geniet van mijn zomervakantie en ben vanaf maandag 16 augustus weer aan het werk. Uw bericht lees ik
            na terugkomst. Voor spoedeisende zaken: bel het bestuurssecretariaat, 0499 - 37 12 00.

            Frank Heijmans
            """
        ),
    },
    {
        "id": "h33-111",
        "kind": "subscribe",
        "sender": "Sabine Gulikers <s.gulikers@mergellandnoord.nl>",
        "subject": "Aansluiten bij het netwerk",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Per 1 september begin ik als algemeen directeur van Werkorganisatie Mergelland-Noord. Mijn collega Erik
            Daemen raadde mij aan om lid te worden van uw netwerk, en dat doe ik graag. Wilt u mij aanmelden op dit
            adres?

            Met vriendelijke groet,
            Sabine Gulikers
            """
        ),
    },
    {
        "id": "h33-112",
        "kind": "confirm",
        "sender": "Sabine Gulikers <s.gulikers@mergellandnoord.nl>",
        "subject": "Re: " + BEVESTIGING,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            ok

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # ---- September: invitation for 21 October, Grottencentrum De Kalkoven, Valkenburg ----
    {
        "id": "h33-113",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Swinkels <ruud.swinkels@aaenraam.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Helaas, die week zitten we midden in de behandeling van de programmabegroting en dan zit ik elke avond
            in een raad. Een middag naar Valkenburg is er niet bij. Volgende keer beter!

            Ruud Swinkels
            """
        ),
    },
    {
        "id": "h33-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "subject": "Accepted: " + UITNODIGING,
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            See you in Valkenburg!
            """
        ),
    },
    {
        "id": "h33-115",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lucas Ramaekers <l.ramaekers@heuvelrandzl.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Unfortunately I can't make it on 21 October. My deputy Lotte Claessens will attend in my place; her
            address is l.claessens@heuvelrandzl.nl. She knows the topic well.

            Best,
            Lucas Ramaekers
            """
        ),
    },
    {
        "id": "h33-116",
        "kind": "other",
        "sender": "Hein Raaijmakers <h.raaijmakers@heezeloop.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag. Wel een vraag: ik reis met de trein. Is er vanaf station Valkenburg vervoer naar het
            grottencentrum geregeld, of is het goed te lopen?

            Hein
            """
        ),
    },
    {
        "id": "h33-117",
        "kind": "other",
        "sender": "Ilse Bogaers <i.bogaers@maaskempenoost.nl>",
        "subject": "Doorst: " + UITNODIGING,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Onderstaande uitnodiging stuur ik u door namens de heer Van Kempen. Hij kan op 21 oktober helaas niet
            aanwezig zijn in verband met een werkbezoek van de commissaris van de Koning.

            Met vriendelijke groet,
            Ilse Bogaers
            """
        ),
    },
    {
        "id": "h33-118",
        "kind": "unsubscribe",
        "sender": "Marcel Roijakkers <m.roijakkers@zandhoeve-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            De GR Zandhoeve wordt per 1 januari 2033 opgeheven; de gemeenten gaan ieder hun eigen weg. Zelf verlaat
            ik de organisatie al per 1 oktober. Wilt u mij als lid afmelden? Op 21 oktober kom ik dus ook niet.

            Met vriendelijke groet,
            Marcel Roijakkers
            """
        ),
    },
    {
        "id": "h33-119",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lisette Hoogers <l.hoogers@vennenland.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik meld me af voor 21 oktober, er is een bestuurlijk overleg op diezelfde middag bijgekomen. Lid blijf
            ik uiteraard, en in het voorjaar ben ik er graag weer bij.

            Groetjes,
            Lisette
            """
        ),
    },
    {
        "id": "h33-120",
        "kind": "autoreply",
        "sender": "Informatiepunt Dintelmond <info@dintelmond.nl>",
        "subject": "Bedankt voor uw e-mail",
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Bedankt voor uw e-mail aan Werkorganisatie Dintelmond.

            Wij streven ernaar uw vraag binnen drie werkdagen te beantwoorden. Heeft u een spoedeisende vraag? Bel
            dan 14 0168, op werkdagen van 8.30 tot 17.00 uur.

            Let op: op dit bericht kunt u niet reageren.
            """
        ),
    },
    {
        "id": "h33-121",
        "kind": "subscribe",
        "sender": "Bram Kessels <b.kessels@maasterras.nl>",
        "subject": "aanmelding",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Sinds de zomer ben ik algemeen directeur van Werkorganisatie Maasterras, als opvolger van Wim Stassen.
            Ik zag op LinkedIn dat jullie in oktober een atelier in Valkenburg houden. Ik word graag lid.

            Groet,
            Bram Kessels
            """
        ),
    },
    {
        "id": "h33-122",
        "kind": "confirm",
        "sender": "Bram Kessels <b.kessels@maasterras.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, dat klopt, ik wil lid worden.

            Bram
            """
        ),
    },
    {
        "id": "h33-123",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ton Hurkmans <t.hurkmans@brabantsewouden.nl>",
        "subject": "Antw: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ik ben aanwezig.

            Met vriendelijke groet,

            A.M. Hurkmans
            GR Brabantse Wouden

            Disclaimer: dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde,
            verwijder het dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h33-124",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Pennings <d.pennings@heidekamp-gr.nl>",
        "subject": "Re: " + UITNODIGING,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kan niet helaas. Gr Daan
            """
        ),
    },
    {
        "id": "h33-125",
        "kind": "other",
        "sender": "Sabine Gulikers <s.gulikers@mergellandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Kan ik ook alleen online aansluiten? Ik zag de Teams-link in de uitnodiging staan, maar ik weet niet of
            die bedoeld is voor deelnemers of alleen voor sprekers. Als online kan, meld ik me daarvoor aan.

            Sabine Gulikers
            """
        ),
    },
    # ---- October: change of venue and time (Kapittelzaal, Roermond, 13.00-16.30), reminder ----
    {
        "id": "h33-126",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tijn Verbakel <t.verbakel@markiezaat-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Door de nieuwe aanvangstijd lukt het mij helaas niet meer: om 13.00 uur zit ik nog in het college. Ik
            moet dus afzeggen voor 21 oktober. Jammer!

            Tijn
            """
        ),
    },
    {
        "id": "h33-127",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rianne Cuijpers <r.cuijpers@zuidpeelkwartier.nl>",
        "subject": "Re: " + WIJZIGING,
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Geen probleem, Roermond ligt voor ons zelfs gunstiger. Ik kom nog steeds, samen met de twee collega's
            die ik had opgegeven.

            Rianne
            """
        ),
    },
    {
        "id": "h33-128",
        "kind": "other",
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Why has the venue moved to Roermond? I had arranged to visit a colleague in Valkenburg the same
            morning. Is there parking near the Munsterplein, or would you advise coming by train?

            Oliver
            """
        ),
    },
    {
        "id": "h33-129",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sarah Donovan <s.donovan@markdal-samen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Please take me off the waiting list for 21 October. Something has come up that I can't move, so I
            won't be able to attend even if a place opens up.

            Kind regards,
            Sarah Donovan
            """
        ),
    },
    {
        "id": "h33-130",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter-Jan De Smedt <pj.desmedt@markdal-samen.nl>",
        "subject": "Re: " + HERINNERING,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Ik moet jammer genoeg verstek laten gaan voor donderdag. Er is een dringende zitting van ons dagelijks
            bestuur bijgekomen. Geef mijn plaats gerust door aan iemand op de wachtlijst.

            Vriendelijke groeten,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "h33-131",
        "kind": "rsvp",
        "attending": True,
        "sender": "Katrien Vermeulen <katrien.vermeulen@beerseloop.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor de herinnering, ik ben er donderdag in Roermond.

            Katrien
            """
        ),
    },
    {
        "id": "h33-132",
        "kind": "autoreply",
        "sender": "Rick Bouwmans <r.bouwmans@brabantsewouden.nl>",
        "subject": "Automatisch antwoord: " + WIJZIGING,
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig tot en met woensdag 20 oktober. Uw bericht wordt niet doorgestuurd. Voor dringende
            zaken kunt u bellen met 0416 - 58 30 00 en vragen naar de dienstdoende directeur.

            Rick Bouwmans
            """
        ),
    },
    {
        "id": "h33-133",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Claessens <l.claessens@heuvelrandzl.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging namens Lucas. Helaas ben ik op 21 oktober zelf ook verhinderd: ik zit die
            week bij een opleiding in Zeist. Ik heb het met Lucas afgestemd; hij zoekt niemand anders meer.

            Met vriendelijke groet,
            Lotte Claessens
            """
        ),
    },
    {
        "id": "h33-134",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kevin Oomen <k.oomen@terhorstland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the invitation. Happy to attend on Bas's behalf, see you in Roermond.

            Kevin Oomen
            """
        ),
    },
    {
        "id": "h33-135",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Mutsaers <carla.mutsaers@dongenwaard.nl>",
        "subject": "Re: " + HERINNERING,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie, kleine wijziging: Youssef kan donderdag niet mee, dus ik kom alleen.

            Groetjes, Carla
            """
        ),
    },
    {
        "id": "h33-136",
        "kind": "unsubscribe",
        "sender": "Monique Geurts <m.geurts@heuvelrandzl.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Stan,

            Per 15 oktober ben ik overgestapt naar de provincie, dus ik ben geen directeur meer bij Heuvelrand.
            Mijn opvolger, Tim Heuvelmans, neemt mijn plek in het netwerk over: t.heuvelmans@heuvelrandzl.nl.
            Hij komt donderdag ook in mijn plaats naar Roermond. Wil je mij van de lijst halen?

            Groet,
            Monique
            """
        ),
    },
    {
        "id": "h33-137",
        "kind": "subscribe",
        "sender": "Daan Pennings <d.pennings@heidekamp-gr.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Huh, dat was niet de bedoeling! Ik bedoelde alleen dat ik 21 oktober niet kan. Ik wil graag lid
            blijven.

            Daan

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # ---- November and December: follow-up, hand-overs, new members ----
    {
        "id": "h33-138",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tim Heuvelmans <t.heuvelmans@heuvelrandzl.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Als nieuwkomer heb ik genoten van de middag in Roermond. Voor het voorjaar draag ik graag een onderwerp
            aan: de inzet van robotisering in de backoffice, bijvoorbeeld bij belastingen en de verwerking van
            facturen. Wat levert het op, en hoe neem je de medewerkers mee?

            Met vriendelijke groet,
            Tim Heuvelmans
            """
        ),
    },
    {
        "id": "h33-139",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thanks for a great afternoon in Roermond, and for sorting out the parking. A topic for next spring: how
            do we keep our services accessible for older residents who can't or won't go digital, now that more
            and more of our counters are closing?

            Best regards,
            Oliver
            """
        ),
    },
    {
        "id": "h33-140",
        "kind": "other",
        "sender": "Katrien Vermeulen <katrien.vermeulen@beerseloop.nl>",
        "subject": "Re: " + VERVOLG,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Een mooie middag, mijn complimenten voor de organisatie en de gespreksleiding. Wel jammer dat het in de
            Kapittelzaal zo koud was; de helft van de deelnemers zat met de jas aan.

            Met vriendelijke groeten,
            Katrien
            """
        ),
    },
    {
        "id": "h33-141",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Twan Gielen <twan.gielen@nierskant.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor het verslag. Een onderwerp dat ik graag voorstel voor 2033: samen met onze Duitse
            buurgemeente één loket inrichten voor grensarbeiders en nieuwe inwoners uit Duitsland. Dat vraagt
            afspraken over de grens heen én een andere manier van dienstverlenen.

            Met vriendelijke groet,
            Twan Gielen
            """
        ),
    },
    {
        "id": "h33-142",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Miriam Coenen <m.coenen@swalmdal.nl>",
        "subject": "Onderwerp voor het voorjaar",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Mijn eerste atelier beviel prima. Voor de volgende keer zou ik het willen hebben over kiezen: hoe breng
            je met drie colleges een handvol bestuurlijke prioriteiten aan, als de werkorganisatie simpelweg niet
            alles tegelijk kan?

            Met vriendelijke groet,
            Miriam Coenen
            Algemeen directeur Werkorganisatie Swalmdal
            """
        ),
    },
    {
        "id": "h33-143",
        "kind": "unsubscribe",
        "sender": "Griet Van Dyck <griet.vandyck@grensmeren.nl>",
        "subject": "Uitschrijving",
        "quote": "none",
        "body": _(
            """
            Beste,

            Gelieve mij uit te schrijven uit jullie mailinglijst. Vanaf januari keer ik terug naar Vlaanderen en
            zal ik niet langer in Nederland aan de slag zijn.

            Met vriendelijke groeten,
            Griet Van Dyck
            """
        ),
    },
    {
        "id": "h33-144",
        "kind": "unsubscribe",
        "sender": "Hein Raaijmakers <h.raaijmakers@heezeloop.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Per 1 december draag ik het stokje bij Heezeloop over aan Femke Aarts. Wil je haar op de lijst zetten
            (f.aarts@heezeloop.nl) en mij eraf halen? Dank voor alle mooie ateliers van de afgelopen jaren.

            Hein
            """
        ),
    },
    {
        "id": "h33-145",
        "kind": "autoreply",
        "sender": "Marloes Rovers <m.rovers@dommeloord.nl>",
        "subject": "Automatisch antwoord: " + VERVOLG,
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw e-mail. Ik ben tot en met 12 november niet op kantoor. Uw e-mail wordt niet doorgestuurd;
            in dringende gevallen kunt u mijn collega Ria Bongers bereiken via 0413 - 20 48 00.
            """
        ),
    },
    {
        "id": "h33-146",
        "kind": "other",
        "sender": "Bram Kessels <b.kessels@maasterras.nl>",
        "subject": "Datum voorjaarsatelier 2033?",
        "quote": "none",
        "body": _(
            """
            Hallo Stan en Melanie,

            Is de datum van het eerste atelier in 2033 al bekend? Ik maak nu mijn jaarplanning en wil die dag
            graag vrijhouden.

            Groet,
            Bram Kessels
            """
        ),
    },
    {
        "id": "h33-147",
        "kind": "confirm",
        "sender": "Femke Aarts <f.aarts@heezeloop.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Dank u wel, ik bevestig mijn aanmelding graag. Hein heeft mij al veel over de ateliers verteld.

            Met vriendelijke groet,
            Femke Aarts
            algemeen directeur Werkorganisatie Heezeloop
            """
        ),
    },
    {
        "id": "h33-148",
        "kind": "subscribe",
        "sender": "Youssef Amrani <y.amrani@dongenwaard.nl>",
        "subject": "Graag lid",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            In maart was ik als gast van Carla Mutsaers bij het atelier in Sint-Oedenrode, en dat smaakte naar
            meer. Daarom wil ik nu ook zelf lid worden van het netwerk. Meld mij alstublieft aan.

            Met vriendelijke groet,
            Youssef Amrani
            directeur bedrijfsvoering GR Dongenwaard
            """
        ),
    },
    {
        "id": "h33-149",
        "kind": "confirm",
        "sender": "Youssef Amrani <y.amrani@dongenwaard.nl>",
        "subject": "Re: " + BEVESTIGING,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Bevestigd.

            Y. Amrani
            """
        ),
    },
    {
        "id": "h33-150",
        "kind": "autoreply",
        "sender": "Directie Vennenland <directie@vennenland.nl>",
        "subject": "Automatisch antwoord: " + VERVOLG,
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit is een automatisch bericht. De mailbox directie@vennenland.nl wordt sinds 1 december 2032 niet meer
            gelezen. Stuur uw bericht voortaan naar het algemene adres info@vennenland.nl of rechtstreeks naar de
            betreffende medewerker.
            """
        ),
    },
]
# fmt: on
