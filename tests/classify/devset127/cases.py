"""devset127: yeses in negative words and noes in positive words, under the invitation, reminder, change and RSVP mails.

Directors, deputies and their assistants answer the invitation to the atelier, the reminder, the change of date and
place, the acknowledgement of their RSVP (waiting list), the substitute's invitation and the cancellation. The yeses
lean on negations ("dat laat ik me niet ontgaan", "geen afmelding van mijn kant", "no way I'm skipping this",
"ik kan pas later, maar ik kom") and the noes on warm words ("graag had ik erbij gezeten", "leuk initiatief, alleen",
"ja, helaas moet ik", "I'd love to, but"). Beside them stand look-alikes that the secretariat must read: a yes on a
condition or with a real question, questions about the content that do not say whether the writer comes, a "nee"
that only answers the side questions, and assistants' new mails about their director. Stiff and chatty registers,
phone mails, English and bilingual writers, typos and every quote style.

Conventions this set relies on (from the brief):
- The label is what the writer says now; a reply that only says whether the writer comes is an `rsvp`, whatever
  mail it answers (invitation, reminder, change, waiting-list acknowledgement, substitute's invitation).
- A later answer counts: "ik had afgezegd, maar kom nu toch" is `rsvp` True; "ik had ja gezegd, maar" is False.
- Arriving late or leaving early without asking anything is still a yes; a yes that waits on an answer from the
  secretariat (a condition, a real question beside it) is `other`.
- A decline with a substitute named with an address is `rsvp` False.
- An assistant answering in reply to our invitation is `rsvp`; an assistant's new mail about the director's
  attendance, or a forward with a question, is `other`.
- A "nee" that only answers the side questions (guest, diet) and says nothing about coming is `other`; so are
  questions about the content or the form asked before deciding.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITATION = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d127-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester Brinkhorst <h.brinkhorst@wo-vlietoevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dat laat ik me niet ontgaan. Couleur locale is bij ons met vijf raden dagelijkse kost.
            Zet u mij maar op de lijst.

            Met vriendelijke groet,
            Hester Brinkhorst
            algemeen directeur Werkorganisatie Vlietoevers
            """
        ),
    },
    {
        "id": "d127-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Keijzers <ruud.keijzers@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Graag had ik erbij gezeten, juist bij dit thema. Maar op 11 maart heb ik de verantwoordingsgesprekken
            met de accountant en die zijn niet te verzetten. Veel succes gewenst!

            Ruud Keijzers
            GR Bommelwaard-Linge
            """
        ),
    },
    {
        "id": "d127-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jos Wennekes <j.wennekes@samenwerkingdeoverlanden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geen afmelding van mijn kant hoor, ik sta er gewoon. Tot donderdag

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d127-004",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter-Jan Moerkerk <pj.moerkerk@ssmaasoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            I'd love to join, but I'm chairing the regional safety board that very afternoon. Please count me
            out this time; I hope to be back in the autumn.

            Kind regards,
            Pieter-Jan Moerkerk
            Director of Operations | Shared Services Maasoever
            """
        ),
    },
    {
        "id": "d127-005",
        "kind": "other",
        "sender": "Jolanda Raaijmakers <jolanda.raaijmakers@werkorganisatie-hoevenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik kom graag, op voorwaarde dat mijn assistentiehond mee naar binnen mag. Is het Stadskantoor daarop
            ingericht, en mag hij in de zaal liggen? Ik hoor het graag even van u voordat ik het definitief maak.

            Groet,
            Jolanda Raaijmakers
            """
        ),
    },
    {
        "id": "d127-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Oudeman <b.oudeman@gr-veenweide-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kan helaas pas rond kwart over drie aanschuiven (de raadsvoorbereiding loopt tot drie uur), maar
            ik kom zeker. Reken dus op mij, al mis ik de opening.

            Bart Oudeman
            gemeentesecretaris/directeur GR Veenweide-Oost
            """
        ),
    },
    {
        "id": "d127-007",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anouk Terlingen <a.terlingen@hartvanbrabant-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ja, helaas moet ik u teleurstellen: die hele week zit ik met een delegatie van de regio in Lissabon.
            Volgende keer beter!

            Mvg Anouk Terlingen
            """
        ),
    },
    {
        "id": "d127-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs van Oirschot <t.vanoirschot@bergenkempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik had me vorige week telefonisch bij je afgemeld, maar de begrotingsbehandeling is een week naar voren
            geschoven. Ik kom dus tóch. Excuses voor het heen-en-weer.

            Gr. Thijs
            """
        ),
    },
    {
        "id": "d127-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Gorter-Wiersma <l.gorter@noardlike-marren.frl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Fijn dat er een andere locatie is gevonden, en het Provinciehuis is voor mij zelfs beter bereikbaar.
            Jammer genoeg valt de 18e precies in mijn vakantieweek, dus ik moet er nu vanaf.

            Hartelijke groet,
            Liesbeth Gorter-Wiersma
            """
        ),
    },
    {
        "id": "d127-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Hoogendijk <gerard.hoogendijk@wo-schielanden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen probleem, donderdag de 18e past me net zo goed. Ik blijf dus gewoon staan.

            Gerard
            """
        ),
    },
    {
        "id": "d127-011",
        "kind": "other",
        "sender": "Mirjam van Gils <mvangils@dorpenvandemark.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan,

            Voordat ik iets toezeg: wie is de inleider, en is er een casus die we vooraf moeten lezen? Bij ons ligt
            de verhouding tussen de drie colleges nogal gevoelig en ik wil weten hoe open het gesprek wordt.

            Groet,
            Mirjam van Gils
            """
        ),
    },
    {
        "id": "d127-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daan Everaars <d.everaars@ijsselkant-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            No way I'm skipping this one. Count me in, plus one: our new head of strategy.

            Daan

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d127-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maartje Plomp <m.plomp@werkorganisatie-geestmerambt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de herinnering, die kwam precies op tijd: ik zie nu pas dat ik donderdag dubbel geboekt sta
            met het bestuurlijk overleg over de jeugdzorgregio. Ik geef mijn plaats dus terug; gun hem gerust iemand
            van de wachtlijst.

            Met vriendelijke groet,
            Maartje Plomp
            """
        ),
    },
    {
        "id": "d127-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "W.J.M. Hoefnagels <wjm.hoefnagels@peelrand-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Niets liever dan dit. Ik ben erbij.

            Met vriendelijke groet,
            ir. W.J.M. (Wim) Hoefnagels
            directeur bedrijfsvoering
            Werkorganisatie Peelrand-Noord
            """
        ),
    },
    {
        "id": "d127-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Timmerman <C.Timmerman@oosterwolde-meer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Geacht secretariaat,

            Een zeer sympathiek initiatief met een mooi thema, alleen word ik op 11 maart gehoord door de
            enquêtecommissie van de raad en daar kan ik niet onderuit. Voor deze editie moet ik mij dus afmelden.

            Met vriendelijke groet,
            mr. C.A. Timmerman
            directeur Ambtelijke Organisatie Oosterwolde-Meer
            """
        ),
    },
    {
        "id": "d127-016",
        "kind": "other",
        "sender": "Sanne Bolhuis <s.bolhuis@gr-hunzedal.nl>",
        "quote": "none",
        "subject": "Atelier maart - dhr. Kortenhorst",
        "body": _(
            """
            Goedemorgen,

            De heer Kortenhorst heeft mij gevraagd door te geven dat hij bij het atelier van 11 maart aanwezig zal
            zijn. Hij kon de uitnodiging in zijn mailbox niet meer terugvinden. Wilt u hem noteren?

            Met vriendelijke groet,
            Sanne Bolhuis
            managementassistent directie GR Hunzedal
            """
        ),
    },
    {
        "id": "d127-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Vellekoop <saskia.vellekoop@rijnwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both, I can't wait. Ik ben er, en neem mijn adjunct mee, dus twee personen.

            Greetings,
            Saskia
            """
        ),
    },
    {
        "id": "d127-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Dijkhuis <koen.dijkhuis@waddenkust-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Zou echt graag kome maar zit die dag op Ameland met het MT, en de laatste boot is te vroeg om nog in
            Utrecht te geraken. Sorry!
            Gr Koen

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d127-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Ruitenberg <femke@ruitenberg-directie.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas voor de mensen op de wachtlijst: ik kom gewoon 😉

            Tot donderdag,
            Femke Ruitenberg
            Werkorganisatie Dinkelgrens
            """
        ),
    },
    {
        "id": "d127-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Stoelinga <h.stoelinga@wo-gaasterdelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zou heel graag zelf gaan, maar die middag is de aandeelhoudersvergadering van ons afvalbedrijf en
            daar moet ik de colleges vertegenwoordigen. In mijn plaats komt mijn plaatsvervanger, Arjen Sluiter
            (a.sluiter@wo-gaasterdelta.nl). Hij weet ervan.

            Groet,
            Harm Stoelinga
            """
        ),
    },
    {
        "id": "d127-021",
        "kind": "other",
        "sender": "Evert Lammertink <e.lammertink@twentezoom.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer, ik had het al helemaal ingepland en mijn wethouder zou meekijken op Teams. Is er al zicht
            op een nieuwe datum, nog vóór de zomer? Dan houd ik die vast vrij.

            Groet,
            Evert
            """
        ),
    },
    {
        "id": "d127-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nicole Heemskerk <n.heemskerk@werkorganisatie-bollendal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Er is geen denken aan dat ik dit oversla. De vraag over de couleur locale is precies waar wij als
            werkorganisatie van drie gemeenten al twee jaar mee worstelen. Ik kom, zonder gast.

            Nicole Heemskerk
            """
        ),
    },
    {
        "id": "d127-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Inge Wolterink <inge.wolterink@gmail.com>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het plekje op de wachtlijst, heel attent. Inmiddels is mijn agenda voor die week echter
            volgelopen, dus haalt u mij er maar af; dan schuift een ander door.

            Groet,
            Inge Wolterink
            """
        ),
    },
    {
        "id": "d127-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Brouwers <hbrouwers@vechtstreek-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            geen twijfel mogelijk, ik kom. wel pas na half 3 want ik kom met de trein uit Zwolle en die van 13.12
            haal ik niet
            gr Hans
            """
        ),
    },
    {
        "id": "d127-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Helen Okafor-Bakker <h.okafor@jso-merwelinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Thank you for the kind invitation; it sounds like a wonderful afternoon and a question close to my
            heart. Sadly I will be abroad on a study visit, so I must decline.

            Best wishes,
            Dr. Helen Okafor-Bakker
            Director, Joint Services Organisation Merwe-Linge
            """
        ),
    },
    {
        "id": "d127-026",
        "kind": "other",
        "sender": "Ronald Veldkamp <r.veldkamp@sallandse-heuvels-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, geen dieetwensen en ik neem ook niemand mee, mocht u dat nog willen weten.
            Wel een vraag: de Teams-link in uw mail geeft bij mij een foutmelding. Kunt u hem nog eens sturen?

            Ronald Veldkamp
            """
        ),
    },
    {
        "id": "d127-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yasmina Bouzid <y.bouzid@amstelveenweide.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Nou, dat komt zelfs beter uit! Op de 11e had ik moeten schuiven met een commissie, op de 18e niet.
            Ik ben erbij.

            Yasmina
            """
        ),
    },
    {
        "id": "d127-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Okke de Boer <o.deboer@fryskewaarden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, helaas: door de nieuwe datum ben ik er niet bij. Op 18 maart zit ik de hele middag in de
            regiegroep van de arbeidsmarktregio. Streep me maar door.

            Mvg Okke de Boer
            """
        ),
    },
    {
        "id": "d127-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marianne Kloosterboer <M.Kloosterboer@gr-hollandsplassen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Wat mij betreft hoeft u niet lang te twijfelen: noteert u mij maar. Niet alleen om het thema, ook omdat
            ik een paar collega's van de vorige keer graag weer spreek.

            Met vriendelijke groet,
            M. Kloosterboer
            """
        ),
    },
    {
        "id": "d127-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Tenback <marloes.tenback@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Top onderwerp, top locatie, top datum... behalve dat ik precies die dag met verlof ben. Dus deze keer
            zonder mij. Ik lees het verslag straks met veel belangstelling!

            Groet, Marloes
            (directeur Werkorganisatie Lingehof)
            """
        ),
    },
    {
        "id": "d127-031",
        "kind": "other",
        "sender": "Frank Janssen-Peeters <f.janssen@mergelland-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Ik wil er graag bij zijn, maar dan alleen als ik het eerste uur via Teams kan volgen en daarna fysiek
            aanschuif. Kan dat bij jullie opzet, of is het óf online óf in de zaal? Laat het even weten, dan
            bevestig ik.

            Frank
            """
        ),
    },
    {
        "id": "d127-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Christiaan Weststrate <c.weststrate@walchersebeveland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet helaas om kwart over vier alweer weg voor een bestuurlijk overleg in Gouda, maar tot die tijd
            ben ik van de partij.

            Groet,
            Christiaan Weststrate
            """
        ),
    },
    {
        "id": "d127-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Harkema <g.harkema@ommelandsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hoe graag ik ook zou willen: ik lig sinds gisteren met koorts op de bank. Geeft u mijn plaats maar aan
            een ander. Beterschap voor mezelf gewenst ;)

            Gijs
            """
        ),
    },
    {
        "id": "d127-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Aukje Zijlstra <a.zijlstra@wo-dongeradeel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Niet vergeten hoor, hij staat al weken met een dikke streep in mijn agenda. Tot donderdag!

            Mvg, Aukje Zijlstra
            """
        ),
    },
    {
        "id": "d127-035",
        "kind": "other",
        "sender": "Yvonne Smeenk <y.smeenk@wo-achterhoekpoort.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - mw. drs. Ten Brinke",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Ten Brinke kan helaas niet aanwezig zijn bij het atelier van 11 maart; zij begeleidt die middag
            een werkbezoek van de commissaris van de Koning. Wilt u haar van de lijst halen?

            Met vriendelijke groet,
            Yvonne Smeenk
            bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d127-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Verbeek <tom.verbeek@sharedservices-delfland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Wouldn't miss it for anything. I'll bring our new director of operations along, so that makes two of
            us.

            Cheers,
            Tom Verbeek
            """
        ),
    },
    {
        "id": "d127-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rianne Overduin <r.overduin@bekenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Leuk dat jullie weer een atelier organiseren, de vorige vond ik erg waardevol. Alleen valt 11 maart
            samen met onze heidag met de drie colleges, dus ik laat hem deze keer schieten.

            Groet,
            Rianne Overduin
            """
        ),
    },
    {
        "id": "d127-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jan-Willem Kosters <jw.kosters@gr-baarnsche-heuvels.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen enkel bezwaar tegen de wachtlijst. Mijn aanmelding blijft staan: komt er een plaats vrij, dan ben
            ik er, ook als het pas op de dag zelf is.

            Jan-Willem Kosters
            """
        ),
    },
    {
        "id": "d127-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Bosschaart <henk.bosschaart@kop-van-de-polder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Ik zou zó graag komen! Maar onze dochter is die week uitgerekend en opa-plichten gaan voor.

            Groetjes, Henk

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d127-040",
        "kind": "other",
        "sender": "Dennis Vrielink <d.vrielink@wo-regge-en-dinkel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk initiatief, alleen vraag ik me af wat 'couleur locale' hier precies moet betekenen: gaat het om de
            bestuurscultuur per gemeente, of om de dienstverlening in de kernen? Dat maakt voor mij nogal uit.
            Kunt u het toelichten?

            Groet, Dennis Vrielink
            """
        ),
    },
    {
        "id": "d127-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mieke Lansink <m.lansink@berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja hoor. Nee zeggen tegen dit onderwerp kan ik niet maken, met vier raden die elk hun eigen koers varen.
            Noteert u mij.

            M. (Mieke) Lansink
            """
        ),
    },
    {
        "id": "d127-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Wiegersma <s.wiegersma@werkorganisatie-lindevallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met veel plezier had ik dit atelier bijgewoond. Helaas wordt het deze keer niets; mijn collega-directeur
            Farida El Khatib (f.elkhatib@werkorganisatie-lindevallei.nl) neemt mijn plaats in.

            Sjoerd Wiegersma
            """
        ),
    },
    {
        "id": "d127-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Blankestijn <jeroen.blankestijn@kennemerduin-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            ja hoor geen enkel probleem, ik ben er. al wordt het krap me de trein
            gr Jeroen
            """
        ),
    },
    {
        "id": "d127-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Mulder-Haan <e.mulderhaan@wo-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Great topic and I'd really like to be there, however our budget council meeting was moved to that exact
            afternoon. So it's a no from me, sorry!

            Ellen
            """
        ),
    },
    {
        "id": "d127-045",
        "kind": "other",
        "sender": "Bram Vissering <b.vissering@dollardkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik kom, maar kunt u mij nog even laten weten of er een invalidenparkeerplaats bij de ingang van het
            Stadskantoor is? Zonder die plek wordt het voor mij lastig.

            Bram

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d127-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Brandsma <lotte.brandsma@wo-zuidwesthoek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Afzeggen? Geen sprake van. Ik sta donderdag om kwart voor twee bij de koffie.

            Lotte
            """
        ),
    },
    {
        "id": "d127-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Willem-Alexander Roos <wa.roos@gemeentendeltaland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Dank voor het tijdige bericht over de wijziging. Op de nieuwe datum ben ik echter met de VNG-commissie
            in Brussel, zodat ik niet meer kan deelnemen. Graag tot een volgende keer.

            Met vriendelijke groet,
            W.A. Roos
            """
        ),
    },
    {
        "id": "d127-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Wagenmakers <i.wagenmakers@dommeldal-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Eerder liet ik weten dat het me niet lukte. Dat is inmiddels achterhaald: de stuurgroep is vervallen.
            Wilt u mijn afmelding terugdraaien? Dan kom ik alsnog.

            Ilse Wagenmakers
            """
        ),
    },
    {
        "id": "d127-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Eikelenboom <w.eikelenboom@krimpenerpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, unfortunately yes: I have to cancel. Mijn agenda is gekaapt door een crisisoverleg dat die hele
            week doorloopt.

            Sorry!
            Wouter
            """
        ),
    },
    {
        "id": "d127-050",
        "kind": "other",
        "sender": "Noor Hagedoorn <n.hagedoorn@wo-vlietoevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging namens Dirk. Ik kende dit netwerk nog niet. Is het de bedoeling dat ik ook
            lid word, of kom ik eenmalig als gast? Dat wil ik graag weten voordat ik toezeg.

            Groet,
            Noor Hagedoorn
            """
        ),
    },
    {
        "id": "d127-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ramon Castelijns <r.castelijns@gr-heideland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Geen enkel bezwaar om voor Dirk in te vallen, ik ga er graag heen. De gast wordt mijn collega Tim van
            Ooijen.

            Groet,
            Ramon
            """
        ),
    },
    {
        "id": "d127-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wendela Hofstee <w.hofstee@rivierenhof-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Heel fijn dat Dirk aan mij dacht, en het thema spreekt me erg aan. Maar ik zit die middag zelf ook
            vast, dus het gaat niet door van mijn kant. Ik laat het hem ook even weten.

            Met vriendelijke groet,
            Wendela Hofstee
            """
        ),
    },
    {
        "id": "d127-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "J.A.M. Verhoeven <JAM.Verhoeven@servicecentrum-maasland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Ondanks een overvolle agenda zal ondergetekende aanwezig zijn.

            Hoogachtend,
            drs. J.A.M. Verhoeven MPA
            algemeen directeur Servicecentrum Maasland
            """
        ),
    },
    {
        "id": "d127-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Haverkamp <p.haverkamp@wo-veluwezoom-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Van Dalfsen: hij had het atelier graag bijgewoond, maar heeft op 11 maart een afspraak
            op het ministerie die niet te verplaatsen is. Hij moet daarom afzeggen.

            Met vriendelijke groet,
            Petra Haverkamp
            secretariaat directie
            """
        ),
    },
    {
        "id": "d127-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joyce Kamphuis <j.kamphuis@gr-oldambtkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Mevrouw De Rooij-Tabak laat weten dat zij dit voor geen prijs wil missen; zij is er dus zeker bij.

            Hartelijke groet,
            Joyce Kamphuis
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d127-056",
        "kind": "other",
        "sender": "Esther Naaktgeboren <e.naaktgeboren@werkorganisatie-lingehof.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITATION,
        "body": _(
            """
            Beste secretariaat,

            Mijn directeur, mevrouw Schrijnemakers, vraagt of het atelier wordt opgenomen zodat zij het later kan
            terugkijken. Zij twijfelt nog of ze de middag kan vrijmaken.

            Met vriendelijke groet,
            Esther Naaktgeboren
            """
        ),
    },
    {
        "id": "d127-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Rietveld <m.rietveld@alblasserwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Not a chance I'll let this one slip. See you in Utrecht!

            Marco

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d127-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geertje Altena <g.altena@wo-westfriese-meren.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een mooie uitnodiging en wat een relevante vraag. Ik had er dolgraag bij gezeten, maar per 1 maart
            ga ik drie maanden op sabbatical. Het verslag lees ik na terugkomst met belangstelling.

            Geertje Altena
            """
        ),
    },
    {
        "id": "d127-059",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jasper Nijenhuis <jasper.nijenhuis@stedendriehoek-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Nope, not cancelling. My train gets in at 13:40, so I should even make the coffee.

            Best,
            Jasper
            """
        ),
    },
    {
        "id": "d127-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvette Roelofsen <yvette.roelofsen@gmail.com>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Fijn dat u eraan herinnert, anders was het me ontgaan: donderdag is er ineens een extra raadsvergadering
            over de herindeling. Dus geeft u mijn plek maar door aan de eerste op de wachtlijst.

            Yvette Roelofsen
            """
        ),
    },
    {
        "id": "d127-061",
        "kind": "other",
        "sender": "Matthijs Deelen <m.deelen@gr-kromme-vaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik kom, mits de bijeenkomst niet wordt opgenomen. Over ons dossier met de provincie wil ik vrijuit
            kunnen spreken. Kunt u bevestigen dat het Teams-deel alleen meeluisteren is, zonder opname?

            Matthijs Deelen
            """
        ),
    },
    {
        "id": "d127-062",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frits Koelewijn <f.koelewijn@wo-utrechtse-waarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Dit zou ik voor geen goud willen missen. We komen met zijn tweeën: ikzelf en onze concerncontroller.

            Groeten,
            Frits Koelewijn
            """
        ),
    },
    {
        "id": "d127-063",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arnoud Siebelink <a.siebelink@lochem-berkel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Klinkt allemaal heel goed maar ik moet passen, sorry. Zit tot over mijn oren in de herindelingsprocedure
            Gr Arnoud
            """
        ),
    },
    {
        "id": "d127-064",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bernadette Coumans <b.coumans@heuvellandsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Voor de oude datum had ik me afgemeld, maar de 18e komt me wél goed uit. Dus nu: ja, ik kom!

            Groet,
            Bernadette
            """
        ),
    },
    {
        "id": "d127-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rik Zandbergen <r.zandbergen@werkorganisatie-tielerwaard.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u voor de bevestiging, keurig geregeld. Toch verandert er iets: door een ingelaste
            bestuursvergadering kan ik niet meer komen. Wilt u mijn plek op de wachtlijst vrijgeven?

            Met vriendelijke groet,
            Rik Zandbergen
            """
        ),
    },
    {
        "id": "d127-066",
        "kind": "other",
        "sender": "Anja Lindqvist <a.lindqvist@amstelwijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Looks very interesting. Before I RSVP: will the session be held in Dutch only? My Dutch is decent, but
            not quite up to a fast-paced discussion. Would an English-speaking table be an option?

            Anja Lindqvist
            Director, Werkorganisatie Amstelwijde
            """
        ),
    },
    {
        "id": "d127-067",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marcel Hulshof <m.hulshof@wo-oostgelre.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen nee van mij deze keer. De vorige twee ateliers moest ik afzeggen, nu niet: ik ben er.

            Groet Marcel
            """
        ),
    },
    {
        "id": "d127-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Floor Megens <floor.megens@betuwse-kernen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Yes yes yes, wat een goed onderwerp! Jammer alleen dat ik precies die week in Oostenrijk op de latten
            sta. Dus ik haak helaas af.

            Gr Floor

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d127-069",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik-Jan Tolsma <ej.tolsma@wo-smallingerland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben niet iemand die snel ja zegt tegen netwerkbijeenkomsten, maar dit onderwerp raakt precies ons
            dossier. Ik kom.

            Erik-Jan Tolsma
            """
        ),
    },
    {
        "id": "d127-070",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Oldenkamp <k.oldenkamp@vechtdal-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Super dat ik erbij mocht zijn, maar het gaat donderdag helaas niet lukken: mijn burgemeester heeft mij
            nodig na de brand in het centrum. Vergeef me de late afmelding.

            Karin Oldenkamp
            """
        ),
    },
    {
        "id": "d127-071",
        "kind": "other",
        "sender": "Louis Spanjers <l.spanjers@kempenpoort-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            In uw bericht staat bovenaan 18 maart in het Provinciehuis, maar verderop nog 'Wanneer: 11 maart' en
            'Waar: Stadskantoor'. Wat is nu juist? Ik wil niet voor een dichte deur staan.

            Louis Spanjers
            """
        ),
    },
    {
        "id": "d127-072",
        "kind": "rsvp",
        "attending": True,
        "sender": "Natasha de Graaff-Young <n.degraaff@rijnenlek-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hard to say no to this one, so I won't. I'm in.

            Regards,
            Natasha de Graaff-Young
            """
        ),
    },
    {
        "id": "d127-073",
        "kind": "rsvp",
        "attending": False,
        "sender": "Stijn Harmsen <stijnharmsen@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Heerlijk onderwerp. Helaas geen tijd die middag. Hopelijk lukt het in het najaar wel.
            -- Stijn (Werkorganisatie Hondsrug-Zuid)
            """
        ),
    },
    {
        "id": "d127-074",
        "kind": "other",
        "sender": "Desiree Hupkes <d.hupkes@gr-zeeuwse-stromen.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart",
        "body": _(
            """
            Goedemiddag,

            Ik ben sinds kort de secretaresse van de heer Mulders. Hij heeft de uitnodiging voor het atelier niet
            ontvangen, maar wil er graag bij zijn. Kunt u hem aanmelden en de uitnodiging nog naar hem sturen?

            Met vriendelijke groet,
            Desiree Hupkes
            """
        ),
    },
    {
        "id": "d127-075",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anton Rensink <a.rensink@twentsewaarden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik dacht even dat ik zou moeten afzeggen vanwege de raadsvergadering, maar die is verzet naar de week
            erna. Ik ben er dus toch gewoon bij.

            Anton Rensink
            """
        ),
    },
    {
        "id": "d127-076",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olga Verstappen <o.verstappen@wo-drechtsteden-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Appreciate the invitation and love the theme. Regrettably my calendar says otherwise: I'll be at a
            provincial conference in Maastricht all day.

            Warm regards,
            Olga Verstappen
            """
        ),
    },
    {
        "id": "d127-077",
        "kind": "other",
        "sender": "Hidde Postma <h.postma@wo-ijsselmonde-zuid.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik zie dat u schrijft 'met 1 gast', maar ik had toch echt twee collega's opgegeven. Kan dat nog
            rechtgezet worden? Zo niet, dan hoor ik graag wie van de twee mee mag.

            Hidde Postma
            """
        ),
    },
    {
        "id": "d127-078",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Wijnbergen <ans.wijnbergen@gr-hoekschewaard-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Jazeker. Ik heb er nog nooit een gemist en deze wordt niet de eerste.

            Met hartelijke groet,
            Ans Wijnbergen
            """
        ),
    },
    {
        "id": "d127-079",
        "kind": "rsvp",
        "attending": False,
        "sender": "H.G. van Lier <HG.vanLier@ambtelijkeorganisatie-gooivecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Geachte heer Van de Laar,

            Tot mijn spijt moet ik u een positief antwoord schuldig blijven: op 11 maart ben ik elders gebonden.
            Ik wens u een geanimeerde middag.

            Hoogachtend,
            H.G. van Lier
            """
        ),
    },
    {
        "id": "d127-080",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kim Dijkstra <kim.dijkstra@wo-noordoostpolder-urk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Onmogelijk om dit te laten lopen! Ik ben er 🙌

            Groet, Kim
            """
        ),
    },
]
# fmt: on
