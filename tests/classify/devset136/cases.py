"""devset136: answers to the invitation, reminder, change and waiting-list notice that carry something beside yes or no.

Directors, their assistants and the odd colleague answer `uitnodiging_atelier`, `herinnering_atelier`,
`wijziging_atelier`, `bevestiging_rsvp` (the waiting-list notice) and a few times `uitnodiging_vervanger`. Beside the
yes or the no they name a guest, announce that they come late or leave early, mention a diet, ask us something (a real
question or a rhetorical one), put forward a topic for a later atelier, send a substitute, remark on the venue, thank
us, announce a new address or put an assistant in cc. Registers run from stiff to chatty; there are phone mails,
English and bilingual writers, inline answers, calendar answers, a forward by an assistant and every quote style.

Conventions this set relies on (from the brief):
- the label is what the writer asks now: a yes or no with only information beside it (a guest, a diet, a late arrival,
  a remark about the venue, a thank-you, a rhetorical question, an instruction to their own assistant) is `rsvp`;
- a yes or no with a real question or a request the secretariat must answer or act on (parking, accessibility, an
  address to change, a link to send on, a seat to hold, a condition) is `other`;
- a topic proposed under any of our mails is a `suggestion`, also when the writer also says whether they come;
  backing someone else's topic and asking whether one may present are `other`; a proposal about the form is `other`;
- a decline that names a substitute, or keeps the membership, is `rsvp` False; a later mail carries the latest answer;
- an assistant answering in reply to our invitation is `rsvp`; an assistant's new mail or forward about the director's
  attendance is `other`;
- a "nee" that only answers the side question about a guest, saying nothing about coming, is `other`;
- a hand-over at a later date while staying a member is `other`;
- calendar accept/decline answers are `rsvp`; replies to the change, the waiting-list notice and the substitute's
  invitation carry thread `invitation`, replies to the reminder thread `reminder`; a forward carries no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d136-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Reinier Koopmans <r.koopmans@vechtzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ja, ik kom. Ik neem onze nieuwe concerncontroller mee, Fatima Ouali; zij is sinds januari bij ons en dit
            lijkt me een mooie eerste kennismaking met de collega's uit het netwerk. Dus twee personen.

            Met vriendelijke groet,
            Reinier Koopmans
            algemeen directeur Werkorganisatie Vechtzoom
            """
        ),
    },
    {
        "id": "d136-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joke Harmsen <j.harmsen@gr-lindewijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoi Melanie,

            Ik ben erbij, alleen niet vanaf het begin: die ochtend zit ik in het AB in Zwolle en dat loopt altijd
            uit. Reken op me vanaf een uur of half drie. Het onderwerp is me op het lijf geschreven.

            Groet, Joke
            """
        ),
    },
    {
        "id": "d136-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Aalbers <t.aalbers@marrelo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kom graag! Om kwart over vier moet ik wel weg, we hebben 's avonds een raadsinformatiebijeenkomst in
            Marrelo en ik moet de wethouder nog bijpraten.
            Tom

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d136-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendelien Brouwer-Akkerman <w.brouwer@zandvoorde-beekvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Graag aangemeld voor 11 maart. Voor de catering: ik eet glutenvrij (coeliakie), dus het koekje bij de
            koffie sla ik over :-)

            Hartelijke groet,

            Wendelien Brouwer-Akkerman
            Directeur bedrijfsvoering | Werkorganisatie Zandvoorde-Beekvliet
            T 0578 - 72 11 40
            """
        ),
    },
    {
        "id": "d136-005",
        "kind": "other",
        "sender": "Hans Veldkamp <h.veldkamp@aldermeer-kop.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan en Melanie,

            Ik kom. Eén praktische vraag: kan ik met de auto bij het Stadskantoor terecht, of kan ik beter bij een
            P+R parkeren en de tram pakken? Vanuit de Kop van Aldermeer is het ov op donderdagmiddag een drama.

            Groeten,
            Hans Veldkamp
            """
        ),
    },
    {
        "id": "d136-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjen Tuinstra <a.tuinstra@sudwesthoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, ik kom.

            Hoe houd je die couleur locale in het oog? Als ik dat wist, zat ik niet elke maandagochtend twee uur met
            vier burgemeesters aan tafel... Ik ben heel benieuwd hoe anderen het aanpakken.

            Met vriendelijke groet,
            Arjen Tuinstra
            """
        ),
    },
    {
        "id": "d136-007",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Kuipers <y.kuipers@werkorganisatie-heuvelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik schuif graag aan op 11 maart.

            Voor een volgende keer wil ik een onderwerp aandragen: strategische personeelsplanning in een krappe
            arbeidsmarkt. Wij hebben 38 vacatures openstaan en ik ben benieuwd hoe anderen hun formatie
            toekomstbestendig maken.

            Groet,
            Yvonne Kuipers
            """
        ),
    },
    {
        "id": "d136-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "P.J. Mulder <p.mulder@ooststrand-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Tot mijn spijt kan ik op 11 maart niet aanwezig zijn in verband met een werkbezoek van de commissaris van
            de Koning. In mijn plaats komt mijn adjunct-directeur, mevrouw Hester Blom (h.blom@ooststrand-werkt.nl).
            Zij is inhoudelijk goed ingevoerd.

            Met vriendelijke groet,

            drs. P.J. (Pieter) Mulder
            Gemeentesecretaris/algemeen directeur
            Ooststrand Werkt
            """
        ),
    },
    {
        "id": "d136-009",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lidewij Schenk <lschenk@dal-en-heide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de uitnodiging, en alsnog complimenten voor de vorige editie: ik heb er in mijn MT nog weken
            over nagepraat. Op de 11e ben ik van de partij.

            Lidewij Schenk
            """
        ),
    },
    {
        "id": "d136-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mustafa Yilmaz <m.yilmaz@gr-eemdelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja hoor, ik kom. Fijn dat het weer op loopafstand van Utrecht Centraal is, dat scheelt mij een ochtend
            file op de A12.

            Groet,
            Mustafa
            """
        ),
    },
    {
        "id": "d136-011",
        "kind": "other",
        "sender": "Erik de Waal <e.dewaal@broekhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik kom graag naar het atelier.

            Iets anders: per 1 februari gaan wij over op een nieuw domein. Mijn adres wordt dan
            e.dewaal@broekhorst-samen.nl; het huidige vervalt eind februari. Willen jullie dat in de ledenlijst
            aanpassen, zodat de herinnering mij nog bereikt?

            Met vriendelijke groet,
            Erik de Waal
            """
        ),
    },
    {
        "id": "d136-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Hoekstra <b.hoekstra@rijnzate.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "headers": {"Cc": "Carola Smits <c.smits@rijnzate.nl>"},
        "body": _(
            """
            Hallo Stan,

            Ik kom, alleen.

            @Carola (cc): wil jij de middag blokken en een treinkaartje regelen? Dank je!

            Groet, Bram
            """
        ),
    },
    {
        "id": "d136-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nathalie Verbeek <n.verbeek@heemsterveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw drs. A. Dekkers laat ik u weten dat zij graag aanwezig is bij het atelier op 11 maart.
            Zij neemt één gast mee: de heer R. Oosting, directeur bedrijfsvoering.

            Met vriendelijke groet,

            Nathalie Verbeek
            Managementassistent directie
            Werkorganisatie Heemsterveld
            """
        ),
    },
    {
        "id": "d136-014",
        "kind": "other",
        "sender": "Sevda Aksoy <s.aksoy@gr-groenmeer.nl>",
        "quote": "none",
        "subject": "Atelier maart - dhr. Van Aalst",
        "body": _(
            """
            Goedemorgen,

            Ik ondersteun de heer Van Aalst, directeur van de GR Groenmeer. Hij komt graag naar het atelier van
            11 maart, maar kan de uitnodiging in zijn mailbox niet meer terugvinden. Kunt u hem aanmelden? Zijn
            adres is h.vanaalst@gr-groenmeer.nl.

            Vriendelijke groet,
            Sevda Aksoy
            Managementondersteuning
            """
        ),
    },
    {
        "id": "d136-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Zomer <karin.zomer@twentekanaal-samen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie, haal me maar van de wachtlijst af: de 11e blijkt de dag van onze begrotingsconferentie te
            zijn, dus ook als er een stoel vrijkomt zou ik niet kunnen. Gun hem iemand anders. Succes met de
            voorbereiding!

            Karin
            """
        ),
    },
    {
        "id": "d136-016",
        "kind": "other",
        "sender": "Gerrit Jan Hofman <gj.hofman@sallandse-heuvels.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht.

            Hoe groot is de kans dat plaats 2 nog iets wordt? Als het pas de dag ervoor duidelijk is, moet ik
            eigenlijk iets anders in mijn agenda laten staan. Kunt u me ongeveer een week van tevoren laten weten
            hoe het ervoor staat?

            Met vriendelijke groet,
            Gerrit Jan Hofman
            """
        ),
    },
    {
        "id": "d136-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Vrolijk <i.vrolijk@werkorganisatie-duinrand.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Ik wil nog steeds heel graag komen. Mijn collega die mee zou gaan haakt af, dus ik heb maar één stoel
            nodig, misschien schiet ik daardoor wat op in de rij.

            Groet Ilse

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d136-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes van Dijk-Ramdin <m.vandijk@gr-polderstroom.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Jammer: de nieuwe datum, 18 maart, valt samen met ons jaarlijkse gesprek met de accountant en dat is niet
            te verzetten. Voor het atelier moet ik me dus afmelden. Hopelijk tot het najaar.

            Met vriendelijke groet,
            Marloes van Dijk-Ramdin
            """
        ),
    },
    {
        "id": "d136-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Lammers <koen.lammers@maasoever.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            18 maart in het Provinciehuis is voor mij ook prima, ik blijf gewoon aangemeld en mijn gast komt ook nog
            mee. Het Provinciehuis is vanaf ons zelfs beter bereikbaar, dus wat mij betreft een verbetering.

            Groet, Koen
            """
        ),
    },
    {
        "id": "d136-020",
        "kind": "other",
        "sender": "Anouk Peeters <a.peeters@kempenzoom.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Ik raak even in de war. Bovenaan staat dat het atelier nu op 18 maart in het Provinciehuis is, maar in
            het blok daaronder staat nog 11 maart en het Stadskantoor. Welke klopt? En ik dacht dat ik gewoon een
            plek had, terwijl er onderaan staat dat ik op de wachtlijst sta?

            Met vriendelijke groet,
            Anouk Peeters
            """
        ),
    },
    {
        "id": "d136-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Roozendaal <w.roozendaal@lingeweide.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ik kan niet, lig met griep op de bank. Mijn gast komt dan ook niet, geef beide plekken maar aan
            de wachtlijst. Veel plezier allemaal

            Gr Wim

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d136-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Bosman <f.bosman@werkorganisatie-bollendaal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik ben er. Kleine wijziging: mijn gast wordt niet Joost Verhagen maar Annelies van der Heijden, onze
            strategisch adviseur. Joost zit die week met zijn gezin in Oostenrijk.

            Met vriendelijke groet,
            Femke Bosman
            """
        ),
    },
    {
        "id": "d136-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sietse Dijkstra <s.dijkstra@waddenkust-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben erbij, maar de ontvangst ga ik missen: mijn trein uit Leeuwarden komt pas om 13.58 aan op
            Centraal. Bewaar een bakje koffie voor me ;)

            Sietse
            """
        ),
    },
    {
        "id": "d136-024",
        "kind": "other",
        "sender": "Petra Jansma <p.jansma@gr-fennepolder.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom op de 11e. Mijn gast, Ruud Beekman, kan niet naar Utrecht reizen en wil online meedoen. Kunnen
            jullie de Teams-link rechtstreeks naar hem sturen (r.beekman@gr-fennepolder.nl), of mag ik hem die zelf
            doorsturen?

            Groet,
            Petra Jansma
            """
        ),
    },
    {
        "id": "d136-025",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Roelof Smeenk <r.smeenk@veenhoven-zuidwolde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Ik ben er. En nu ik je toch mail: voor het najaarsatelier zou ik graag de rol van de werkorganisatie in
            de regionale woningbouwopgave bespreken. Vier gemeenten, één regiodeal, en wij zitten er als ambtelijke
            organisatie precies tussenin.

            Groeten,
            Roelof Smeenk
            """
        ),
    },
    {
        "id": "d136-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mirjam Hoogland <m.hoogland@de-vier-dorpen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas, die week zit ik met de vier colleges op heisessie.

            Wel een onderwerp voor een volgende keer: één klantcontactcentrum voor vier gemeenten. Hoe blijf je
            herkenbaar voor inwoners als de balie in het eigen dorp verdwijnt?

            Met vriendelijke groet,
            Mirjam Hoogland
            """
        ),
    },
    {
        "id": "d136-027",
        "kind": "other",
        "sender": "Jan-Willem Bakker <jw.bakker@rivierenzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, ik neem niemand mee.

            Groet, Jan-Willem
            """
        ),
    },
    {
        "id": "d136-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Siobhan Murphy-de Groot <s.murphy@werkorganisatie-ijsselvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Hi Stan,

            Happy to join on 11 March. I'll bring our new COO, Daniel Hartman, so that's two of us. Daniel doesn't
            eat pork, just in case there are snacks.

            Best,
            Siobhan
            """
        ),
    },
    {
        "id": "d136-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marcus van Oosten <m.vanoosten@gr-deltawerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Unfortunately I'm abroad that week, on a study trip to Copenhagen with our board. Thanks for organising
            this again - I'll read the report with interest.

            Kind regards,
            Marcus van Oosten
            """
        ),
    },
    {
        "id": "d136-030",
        "kind": "other",
        "sender": "Hannah Vermeulen <h.vermeulen@scheldemond-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in, plus one. The colleague joining me moved here from Hamburg last year and her Dutch is still
            a work in progress: will the session be entirely in Dutch, or is some English OK in the break-out groups?

            Cheers,
            Hannah
            """
        ),
    },
    {
        "id": "d136-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Brink <j.brink@werkorganisatie-oudeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom / yes, I'll be there. Sorry voor het Engels, ik zit op een congres in Dublin en mijn hoofd
            staat nog in English mode. Looking forward, tot de 11e!

            Johan
            """
        ),
    },
    {
        "id": "d136-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjan Kok <m.kok@gr-westervaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            ja ik kom!! ben wel wat later denk ik ivm overleg met de burgemeeester dat om 13u begint, uiterlijk kwart
            voor 3 ben ik er. groetjes Marjan

            Verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "d136-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "H.W. Roelofsen <hw.roelofsen@kempenland-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij bevestig ik mijn aanwezigheid bij het atelier van donderdag 11 maart aanstaande. Ik zal worden
            vergezeld door de heer mr. K. (Kees) van Baalen, secretaris van het dagelijks bestuur van onze
            gemeenschappelijke regeling.

            Hoogachtend,

            mr. drs. H.W. Roelofsen
            Algemeen directeur GR Werkorganisatie Kempenland
            """
        ),
    },
    {
        "id": "d136-034",
        "kind": "other",
        "sender": "Ronald Kersten <r.kersten@berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik meld me aan voor 11 maart. Sinds een ongeluk vorig jaar zit ik voorlopig in een rolstoel: is de zaal
            in het Stadskantoor drempelvrij te bereiken, en is er een gehandicaptenparkeerplaats in de buurt?

            Met vriendelijke groet,
            Ronald Kersten
            """
        ),
    },
    {
        "id": "d136-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellis Terpstra <e.terpstra@noorderkwartier-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik kom met de trein vanuit Alkmaar, tot dan!
            """
        ),
    },
    {
        "id": "d136-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert Jonkman <b.jonkman@gr-hunzedal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Valt samen met het DB van de veiligheidsregio; dit keer stuur ik geen vervanger.
            """
        ),
    },
    {
        "id": "d136-037",
        "kind": "other",
        "sender": "Carla Meijerink <c.meijerink@achterhoek-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zou heel graag komen, maar het hangt ervan af of onze raad de behandeling van de begrotingswijziging
            naar de 10e verschuift. Dat weet ik pas over anderhalve week. Kunt u tot die tijd een plek voor mij
            vasthouden? Anders raak ik hem misschien kwijt aan de wachtlijst.

            Groet,
            Carla Meijerink
            """
        ),
    },
    {
        "id": "d136-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Wolters <daan.wolters@gr-zuidplasser.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Waarom vallen alle interessante dingen toch altijd op dezelfde donderdag? Ik zit die middag bij de
            provincie voor het herindelingsoverleg, dus helaas: nee. Volgende keer beter!

            Daan Wolters
            """
        ),
    },
    {
        "id": "d136-039",
        "kind": "other",
        "sender": "Nicole Verhoef <n.verhoef@werkorganisatie-lopikerwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik kan er helaas niet bij zijn.

            Mag ik iets voorstellen over de opzet? Zou u eens een ochtend willen overwegen in plaats van een middag?
            Donderdagmiddag is bij veel werkorganisaties de vaste MT-middag; ik ben vast niet de enige die daardoor
            steeds moet afhaken.

            Met vriendelijke groet,
            Nicole Verhoef
            """
        ),
    },
    {
        "id": "d136-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert Nijenhuis <g.nijenhuis@dinkelzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom. Utrecht is voor ons altijd anderhalf uur rijden, maar voor zo'n middag heb ik dat er graag voor
            over. Tot de 11e!

            Gert Nijenhuis
            """
        ),
    },
    {
        "id": "d136-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther Wijnands <e.wijnands@maas-en-peel-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, de wachtlijst! Blijkbaar leeft het onderwerp.

            Dan alvast een idee voor het volgende atelier: welke prestatie-indicatoren over de dienstverlening
            rapporteer je aan vier colleges, en hoe voorkom je dat elke gemeente haar eigen dashboard wil?

            Groet,
            Esther Wijnands
            """
        ),
    },
    {
        "id": "d136-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Koster <e.koster@gr-amstelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Dank voor het bericht. Ik neem de plek van Dirk graag over. Mijn gast wordt Frank Doesburg, teammanager
            Publiekszaken.

            Groet,
            Ellen Koster
            """
        ),
    },
    {
        "id": "d136-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Robert Hendriks <r.hendriks@gr-amstelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Ik kan helaas ook niet in Dirks plaats, dat heb ik hem zojuist ook laten weten. Misschien weet hij nog
            iemand anders uit ons MT.

            Met vriendelijke groet,
            Robert Hendriks
            """
        ),
    },
    {
        "id": "d136-044",
        "kind": "other",
        "sender": "Saskia Brinkman <s.brinkman@werkorganisatie-vlietburg.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik wist hier niets van; Dirk heeft dit niet met mij afgestemd en ik heb die middag een
            aanbestedingsgesprek staan. Voordat ik iets toezeg of afzeg wil ik het eerst met hem bespreken. Kunt u
            de plek een paar dagen voor mij aanhouden?

            Saskia Brinkman
            """
        ),
    },
    {
        "id": "d136-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs van Leeuwen <t.vanleeuwen@gr-krimpenwaard-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Met z'n tweeën: ik en Erik Brand (controller).

            Groet, Thijs
            """
        ),
    },
    {
        "id": "d136-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anja de Ruiter <a.deruiter@werkorganisatie-hoogeveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            > Kunt u zelf niet, maar komt een collega in uw plaats?

            Ik kan niet, en nee, er komt dit keer niemand in mijn plaats: we zitten midden in de reorganisatie en
            iedereen heeft zijn handen vol.

            Anja de Ruiter
            """
        ),
    },
    {
        "id": "d136-047",
        "kind": "other",
        "sender": "Peter Zwart <p.zwart@gr-gooizoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            > Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.

            Hoeveel plekken zijn er nog? Ik zou graag met drie mensen uit ons MT komen, maar als dat ten koste gaat
            van collega's uit andere organisaties, beperk ik het tot één.

            Peter Zwart
            """
        ),
    },
    {
        "id": "d136-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Verschuren <l.verschuren@stichtse-oevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom, op de fiets vanaf Centraal. Als het regent zien jullie mij druipend binnenkomen, maar ik neem
            tenminste geen parkeerplek in. Tot de 11e.

            Lotte
            """
        ),
    },
    {
        "id": "d136-049",
        "kind": "other",
        "sender": "Ahmed El Khatib <a.elkhatib@werkorganisatie-rijnvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Sinds 1 januari is er bij ons een vijfde gemeente aangesloten. Zou ik daar tijdens het atelier tien
            minuten over mogen vertellen? Het sluit mooi aan bij de vraag over de couleur locale.

            Met vriendelijke groet,
            Ahmed El Khatib
            """
        ),
    },
    {
        "id": "d136-050",
        "kind": "other",
        "sender": "Bernard Vos <b.vos@gr-oostergo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik weet nog niet of het me lukt op de 11e, ik laat het zo snel mogelijk weten.

            Wel wil ik alvast kwijt dat ik het onderwerp dat Gerda van Wijk vorig jaar inbracht, over de planning-
            en-controlcyclus voor meerdere raden, van harte steun voor een volgende keer.

            Groet,
            Bernard Vos
            """
        ),
    },
    {
        "id": "d136-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Stegeman <w.stegeman@linde-en-lier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik ben erbij op 11 maart, met één gast: Jolanda Meerman, onze directeur Sociaal Domein.

            Met vriendelijke groet,

            Wouter Stegeman
            Algemeen directeur
            Werkorganisatie Linde & Lier
            Postbus 150 | 4190 CD Lindewijk
            T 0345 - 63 22 00 | M 06 - 41 88 20 17

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het kan vertrouwelijke informatie bevatten.
            Bent u niet de geadresseerde, verwijder het bericht dan en stel de afzender op de hoogte.
            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "d136-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Irene Pols <i.pols@werkorganisatie-waterweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wij komen met z'n drieën: ikzelf, Marco Vos (directeur Ruimte) en Lieke Aarts (strategisch adviseur).
            Ik hoop dat dat binnen de dertig past; anders laat ik Marco thuis, grapje ;-)

            Gr. Irene
            """
        ),
    },
    {
        "id": "d136-053",
        "kind": "other",
        "sender": "Cor Oudshoorn <c.oudshoorn@gr-bommelwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom graag, waarschijnlijk voor het laatst: per 1 mei ga ik met pensioen. Mijn opvolger, Tessa Groen,
            begint op 1 april. Mag zij op de 11e alvast als mijn gast meekomen? Tot mijn vertrek blijf ik gewoon lid.

            Hartelijke groet,
            Cor Oudshoorn
            """
        ),
    },
    {
        "id": "d136-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hennie Wagemaker <h.wagemaker@westfriesland-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Wilt u mij afmelden voor het atelier? Ik word die week geopereerd aan mijn knie. Lid van het netwerk blijf
            ik uiteraard, de volgende uitnodiging ontvang ik graag weer.

            Met vriendelijke groet,
            Hennie Wagemaker
            """
        ),
    },
    {
        "id": "d136-055",
        "kind": "other",
        "sender": "Guusje Timmer <g.timmer@vijfheerenland-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas kan ik niet. Zou u mij na afloop de presentaties willen mailen? Het verslag lees ik ook, maar vooral
            de sheets over het sturen met vier raden zou ik graag in ons MT bespreken. Dank alvast.

            Guusje Timmer
            """
        ),
    },
    {
        "id": "d136-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Post <d.post@gr-eilandenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee, ik kan niet; die middag hebben we overlegvergadering met de ondernemingsraad. Het verslag lees ik
            later wel terug op de site.

            Groet, Dennis Post
            """
        ),
    },
    {
        "id": "d136-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Huijbregts <b.huijbregts@baronie-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja kom. Met 1 extra.
            Bas

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d136-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hanneke Bruins <h.bruins@gr-vallei-en-veen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Zelf kan ik niet. Ik vraag mijn plaatsvervanger of zij in mijn plaats wil gaan; haar naam en adres
            krijgt u nog van mij.

            Met vriendelijke groet,
            Hanneke Bruins
            """
        ),
    },
    {
        "id": "d136-059",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Jeroen Dekker <j.dekker@werkorganisatie-meerlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, dan ben ik op vakantie.

            Twee onderwerpen voor het volgende atelier:
            - de Omgevingswet in de praktijk: hoe helpen we ondernemers via één loket voor vier gemeenten
            - hybride werken en wat dat betekent voor onze huisvesting en formatie

            Groet,
            Jeroen Dekker
            """
        ),
    },
    {
        "id": "d136-060",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Dam <m.dam@gr-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik doe online mee via de Teams-link. Naar Utrecht reizen lukt die dag niet, ik heb 's ochtends en
            's avonds iets in de regio. Wel met de camera aan, beloofd.

            Groet,
            Monique Dam
            """
        ),
    },
    {
        "id": "d136-061",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nina Wessels <n.wessels@gr-binnenmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja! Ik kom. Ik ben veganist, mocht er na afloop iets te eten zijn. Anders neem ik gewoon zelf een banaan
            mee, geen punt.

            Nina
            """
        ),
    },
    {
        "id": "d136-062",
        "kind": "other",
        "sender": "Frits Lagerwey <f.lagerwey@werkorganisatie-drechtmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag. Is er na afloop nog een borrel? Dan regel ik mijn vervoer terug anders en laat ik de auto
            thuis.

            Groet,
            Frits Lagerwey
            """
        ),
    },
    {
        "id": "d136-063",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Koenen <s.koenen@peelrand-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            "Hoe houdt u de couleur locale in het oog" - die vraag stel ik mezelf al vijf jaar, dus reken maar dat
            ik kom. Wie van ons worstelt daar nou niet mee?

            Sandra Koenen
            """
        ),
    },
    {
        "id": "d136-064",
        "kind": "other",
        "sender": "Erna Bosch <e.bosch@gr-hollandse-kust.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nu het de 18e wordt, lukt het mij helaas niet meer. Mijn gast, Tom Klaassen, kwam er vooral voor zichzelf;
            mag hij ook zonder mij komen? Hij is zelf geen lid van het netwerk.

            Met vriendelijke groet,
            Erna Bosch
            """
        ),
    },
    {
        "id": "d136-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Vincent Maas <v.maas@werkorganisatie-vechtstreek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de moeite. Ik blijf graag op de wachtlijst staan en kom zeker als er een plek vrijkomt, ook op
            het laatste moment: ons kantoor zit om de hoek van het Stadskantoor.

            Groet,
            Vincent Maas
            """
        ),
    },
    {
        "id": "d136-066",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harriët Pronk <h.pronk@gr-de-lieden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben er. Ik neem wel een vest mee, de vorige keer zaten we in een ijskoude zaal aan de noordkant.
            Tot donderdag!

            Harriët
            """
        ),
    },
    {
        "id": "d136-067",
        "kind": "other",
        "sender": "Mark Janssens <m.janssens@grensmaas-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom, met gast. Kan ik de parkeerkosten bij jullie declareren, of moet dat via mijn eigen organisatie?

            Mark Janssens
            """
        ),
    },
    {
        "id": "d136-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olaf Drost <o.drost@beekvliet.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan helaas niet meer. Mijn collega Sanne van Wijk (s.vanwijk@beekvliet.nl), directeur Dienstverlening,
            neemt graag mijn plaats in; ik heb haar de herinnering al doorgestuurd.

            Groet,
            Olaf Drost
            """
        ),
    },
    {
        "id": "d136-069",
        "kind": "other",
        "sender": "Gonny Haverkamp <g.haverkamp@werkorganisatie-noordveen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Hieronder de uitnodiging die de heer Timmermans ontving. Hij komt graag, samen met één collega. Wilt u
            hem noteren?

            Met vriendelijke groet,
            Gonny Haverkamp
            secretariaat directie
            """
        ),
    },
    {
        "id": "d136-070",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lars Evers <l.evers@gr-overbos.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vorige week meldde ik me af, maar mijn afspraak met de provincie is verzet: ik kan nu toch komen! Ik hoop
            dat er nog een plekje is.

            Groet,
            Lars Evers
            """
        ),
    },
    {
        "id": "d136-071",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolien Visser <j.visser@werkorganisatie-hoornbeek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik had ja gezegd, maar moet toch afzeggen: er is een crisisoverleg over de aanbesteding jeugdzorg
            ingepland, uitgerekend op donderdagmiddag. Excuus, en fijn voor wie er nu van de wachtlijst af kan.

            Met vriendelijke groet,
            Jolien Visser
            """
        ),
    },
    {
        "id": "d136-072",
        "kind": "rsvp",
        "attending": True,
        "sender": "Richard Ooms <richard.ooms71@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. Ik mail even vanaf mijn privéadres, want de kantoormail ligt sinds de storing van gisteren
            plat.

            Richard Ooms
            directeur GR Werkorganisatie Lekdal
            """
        ),
    },
    {
        "id": "d136-073",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Evelien Smulders <e.smulders@gr-brabantse-wal.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            De nieuwe datum is prima, ik kom.

            Onderwerp voor later: een gezamenlijke stip op de horizon. Hoe formuleer je met vier colleges een visie
            op de werkorganisatie in 2035, als elk college maar vier jaar vooruitkijkt?

            Evelien Smulders
            """
        ),
    },
    {
        "id": "d136-074",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Oliver Bennett <o.bennett@werkorganisatie-zeeuwse-stromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I'll be there.

            A suggestion for a future atelier: keeping talent when market salaries outrun our CAO scales. We lose
            our best IT people to the private sector every single year.

            Regards,
            Oliver Bennett
            """
        ),
    },
    {
        "id": "d136-075",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Willemijn Haak <w.haak@gr-langstraat.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet meer.

            Zet u de verhouding tussen het GR-bestuur en de vier gemeenteraden op het lijstje voor het volgende
            atelier? Daar lopen wij echt tegenaan, zeker bij de zienswijzen op de begroting.

            Met vriendelijke groet,
            Willemijn Haak
            """
        ),
    },
    {
        "id": "d136-076",
        "kind": "other",
        "sender": "Ruben Kramer <r.kramer@werkorganisatie-eemland-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja ik kom, met 2 personen. Levert deelname ook PE-punten op? Onze controller moet er dit jaar nog een
            paar halen voor zijn register.

            Ruben
            """
        ),
    },
    {
        "id": "d136-077",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Smeets <a.smeets@gr-heuvelland-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            ja, ik kom met 2 gasten: waarschijnlijk onze directeur dienstverlening en de teamleider KCC. namen volgen
            als het rond is

            Ans
            """
        ),
    },
    {
        "id": "d136-078",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees de Boer <k.deboer@werkorganisatie-texelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas. Die middag is de afscheidsreceptie van onze burgemeester en daar mag ik niet ontbreken. Doe
            iedereen de groeten, en dank voor de uitnodiging!

            Kees de Boer
            """
        ),
    },
    {
        "id": "d136-079",
        "kind": "rsvp",
        "attending": True,
        "sender": "Edith Huisman <e.huisman@gr-vennebroek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ja ik kom. Vorige keer had ik het verslag binnen een week in mijn mailbox, chapeau daarvoor. Benieuwd
            naar deze editie.

            Edith Huisman
            """
        ),
    },
    {
        "id": "d136-080",
        "kind": "other",
        "sender": "Thomas Wiersma <t.wiersma@gr-friese-meren-noord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit begrijp ik niet. Ik had me op de dag van de uitnodiging al aangemeld en kreeg toen niets terug, en
            nu sta ik ineens op de wachtlijst? Kunt u nagaan wat er is misgegaan?

            Thomas Wiersma
            """
        ),
    },
    {
        "id": "d136-081",
        "kind": "other",
        "sender": "Priscilla Doelwijt <p.doelwijt@werkorganisatie-amstelveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom, maar is het een probleem als ik om vier uur al vertrek? Het laatste deel is vast het
            interessantste, dus ik wil niet de hele groepsopdracht verstoren.

            Groetjes,
            Priscilla
            """
        ),
    },
    {
        "id": "d136-082",
        "kind": "other",
        "sender": "Youssef Bakkali <y.bakkali@gr-rijnmond-west.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik ben er donderdag. Kan er bij de hapjes na afloop rekening worden gehouden met halal? Mijn gast en ik
            eten allebei geen varkensvlees.

            Met vriendelijke groet,
            Youssef Bakkali
            """
        ),
    },
    {
        "id": "d136-083",
        "kind": "rsvp",
        "attending": False,
        "sender": "Emma Lindqvist <e.lindqvist@werkorganisatie-wadden-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Sorry, can't make it: our four councils vote on the merger agreement that very evening and I need to be
            around all afternoon. Thanks for thinking of me!

            Emma
            """
        ),
    },
    {
        "id": "d136-084",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Veenstra <f.veenstra@gr-onderdendam.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Op de 18e kan ik niet naar Utrecht, ik zit die ochtend in Den Haag. Ik doe dan online mee, via de link.

            Frank

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d136-085",
        "kind": "rsvp",
        "attending": False,
        "sender": "Margriet Hollander <m.hollander@werkorganisatie-zuiderlanden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Helaas, ik kan niet: twee agenda's, één donderdag. Had ik maar een kloon, hè? Mijn plek mag naar de
            wachtlijst, en mijn gast blijft dan ook thuis.

            Margriet Hollander
            """
        ),
    },
    {
        "id": "d136-086",
        "kind": "other",
        "sender": "Dirk-Jan Wouters <dj.wouters@gr-waalboog.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik blijf aangemeld voor de 18e. Vorig jaar was bij het Provinciehuis de hoofdingang dicht vanwege een
            verbouwing; moeten we nog steeds via de achterkant naar binnen, en waar meld ik me dan?

            Groet,
            Dirk-Jan Wouters
            """
        ),
    },
]
# fmt: on
