"""devset129: replies under the confirmation mails and the welcome, where `confirm` is right and where it is not.

Directors, assistants and colleagues answer `bevestiging_aanmelding`, `herinnering_aanmelding` (thread
`confirmation`) and `welkom` (thread `welcome`). Most confirm, in every register: one word, a long chatty yes, English,
phone mails, an empty reply, a signature alone, a yes from someone who did not sign up themselves but wants in. The
look-alikes say yes with a real question or on a condition, confirm for somebody else from their own address, ask
what the network is, hesitate, thank us for the welcome and ask something, deny and ask where we got the address,
want another address used, or are about the atelier rather than the sign-up. Plain denials and leaving right after
the welcome are `unsubscribe`; signing up one named colleague with an address under the welcome is `subscribe`.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under our confirmation mails an empty reply or a bare signature confirms,
  since the mail says nothing need be typed;
- a confirmation with a real question beside it, or a yes on a condition the secretariat must answer, is `other`;
- an assistant or colleague confirming from their own address for someone else is `other` (also when forwarded);
- a plain denial under the confirmation mail, also one asking who signed them up, is `unsubscribe`; a denial that
  asks where we got the address is `other`; leaving the network under the welcome is `unsubscribe`;
- signing up one named colleague with the colleague's address is `subscribe`; several people, or no address, `other`;
- thanks, questions about the ateliers, a request to see one's data or to use another address are `other`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- confirm
    {
        "id": "d129-001",
        "kind": "confirm",
        "sender": "Hester Boonstra <h.boonstra@waddenkustsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja hoor, dat was ik vanochtend via ons bestuurssecretariaat. Bevestigd.

            Hester
            """
        ),
    },
    {
        "id": "d129-002",
        "kind": "confirm",
        "sender": "Gert-Jan Hulshof <gj.hulshof@berkelstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d129-003",
        "kind": "confirm",
        "sender": "Roelof Kamphuis <r.kamphuis@achterhoekrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Met vriendelijke groet,

            drs. R.J. (Roelof) Kamphuis
            algemeen directeur
            Werkorganisatie Achterhoek-Rand
            T 0544 - 48 12 00 | M 06 - 51 87 33 02
            www.achterhoekrand.nl

            De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet
            toegestaan. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d129-004",
        "kind": "confirm",
        "sender": "Ayse Demirci <a.demirci@langstraatsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja graag, tussen twee vergaderingen door

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d129-005",
        "kind": "confirm",
        "sender": "Pieter-Jan Olthof <pj.olthof@ijsselvallei-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Confirmed - glad to be part of this. A peer group like this is exactly what I was missing
            since we merged the three town halls.

            Best,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "d129-006",
        "kind": "confirm",
        "sender": "Lidewij Sterkenburg <l.sterkenburg@vijfheerenduin.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Excuus, uw eerste bericht was bij mij in de map Ongewenste e-mail terechtgekomen en ik zie het nu pas.
            Uiteraard wil ik lid worden, dus hierbij alsnog mijn bevestiging.

            Met vriendelijke groet,
            Lidewij Sterkenburg
            Directeur Werkorganisatie Vijfheerenduin
            """
        ),
    },
    {
        "id": "d129-007",
        "kind": "confirm",
        "sender": "A.M. Rensink-Bloem <am.rensink@reestdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Akkoord, zo mag het.

            A.M. Rensink-Bloem
            gemeentesecretaris / algemeen directeur
            Ambtelijke organisatie Reestdal
            """
        ),
    },
    {
        "id": "d129-008",
        "kind": "confirm",
        "sender": "Maarten Wolthuis <m.wolthuis@fivelkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij niet zelf aangemeld - dat heeft Ilse van mijn staf geregeld nadat ik erover vertelde - maar
            het klopt helemaal: ik wil graag meedoen. Bij dezen dus bevestigd.

            Maarten Wolthuis
            directeur bedrijfsvoering | Werkorganisatie Fivelkust
            """
        ),
    },
    {
        "id": "d129-009",
        "kind": "confirm",
        "sender": "J.H. Brinkhorst <jh.brinkhorst@kopvandepolder.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "subject": "Antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding onder referentie AF-7K3Q9-XM2PA-4RTZ8.

            J.H. Brinkhorst
            GR Kop van de Polder
            """
        ),
    },
    {
        "id": "d129-010",
        "kind": "confirm",
        "sender": "Willemijn Dekker <w.dekker@zwinland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Wat goed dat dit netwerk er is. In de drie jaar dat wij nu als werkorganisatie voor Zwinland en
            Cadzand-Binnen draaien, heb ik vaak gedacht: hoe pakken ze dit elders aan? Die vraag kun je niet
            zomaar aan je eigen bestuurders of MT stellen. Dus: ja, van harte bevestigd, en ik zie uit naar de
            eerste bijeenkomst.

            Hartelijke groet,
            Willemijn Dekker
            algemeen directeur
            """
        ),
    },
    {
        "id": "d129-011",
        "kind": "confirm",
        "sender": "Ruud Stoelinga <r.stoelinga@marne-venen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            ok prima, doe maar

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d129-012",
        "kind": "confirm",
        "sender": "Nadia Bouzid <n.bouzid@dommeldalsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            👍

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d129-013",
        "kind": "confirm",
        "sender": "Sanne O'Connell-Veldhuis <s.oconnell@gooieneem.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, graag! Bevestigd / confirmed.

            Kind regards / Met vriendelijke groet,
            Dr. Sanne O'Connell-Veldhuis
            Algemeen directeur | Gooi en Eem Samen
            """
        ),
    },
    {
        "id": "d129-014",
        "kind": "confirm",
        "sender": "Jeroen Tammes <jeroen.tammes@utrechtsewaarden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, pittige week met de begroting gehad. Ja, ik wil lid worden!

            Groet,
            Jeroen

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d129-015",
        "kind": "confirm",
        "sender": "Bart Vennegoor <b.vennegoor@twentsekanten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik bevestg bij deze mijn aanmedling.
            gr Bart
            """
        ),
    },
    {
        "id": "d129-016",
        "kind": "confirm",
        "sender": "Fenna Hoekstra-Dijkman <f.hoekstra@noorderzand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, dit is mijn adres en ik ontvang uw berichten graag.

            Met groet,
            Fenna Hoekstra-Dijkman
            directeur bedrijfsvoering Werkorganisatie Noorderzand
            """
        ),
    },
    {
        "id": "d129-017",
        "kind": "confirm",
        "sender": "Koen Lammerts <k.lammerts@slingeland-gr.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "",
    },
    {
        "id": "d129-018",
        "kind": "confirm",
        "sender": "Ellen Verbeek-Schut <e.verbeek@eemkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ellen Verbeek-Schut
            Gemeentesecretaris-directeur
            Ambtelijke fusie Eemkust | Postbus 120 | 3750 GC Eemkust
            Ik werk op maandag, dinsdag en donderdag.

            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "d129-019",
        "kind": "confirm",
        "sender": "Annemiek Roozendaal <annemiek.roozendaal@lekdijkwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Natuurlijk wil ik erbij, wie laat een kosteloze kring van vakgenoten nu schieten? Bevestigd!

            Annemiek
            """
        ),
    },
    {
        "id": "d129-020",
        "kind": "confirm",
        "sender": "Jan-Willem van Oostrom <jw.vanoostrom@hofvanduivenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij bevestig ik dat ik lid wens te worden van het netwerk. Ik zie met belangstelling uit naar het
            eerste atelier.

            Hoogachtend,

            mr. J.W.M. (Jan-Willem) van Oostrom
            gemeentesecretaris-directeur
            Werkorganisatie Hof van Duivenland
            """
        ),
    },
    {
        "id": "d129-021",
        "kind": "confirm",
        "sender": "Ralph Kuipers <ralph.kuipers@wo-maasdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dat klopt wel, ik heb het formulier gisteren tijdens de MT-lunch ingevuld. Ja dus.
            Ralph
            """
        ),
    },
    {
        "id": "d129-022",
        "kind": "confirm",
        "sender": "Hannah Brouwer <h.brouwer@vechtnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Thanks for the quick mail. Yes, that was me - I registered after Thursday's session in Amersfoort,
            where a colleague from Dommeldal spoke warmly about the network. Please take this as my confirmation.

            Best regards,
            Hannah Brouwer
            Director of Operations, Werkorganisatie Vechtstreek-Noord
            """
        ),
    },
    {
        "id": "d129-023",
        "kind": "confirm",
        "sender": "Frits Oudejans <f.oudejans@gr-amstelveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja.

            --
            Frits
            """
        ),
    },
    {
        "id": "d129-024",
        "kind": "confirm",
        "sender": "Saskia Timmerman <s.timmerman@peelkracht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, bij deze bevestigd. Ben benieuwd wie ik er allemaal tegenkom!

            Verzonden vanuit Mail voor Windows
            """
        ),
    },
    {
        "id": "d129-025",
        "kind": "confirm",
        "sender": "Wouter Gerritsen <w.gerritsen@kromrijn-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het geheugensteuntje, hij was door de vakantie ondergesneeuwd geraakt. Ik word graag lid.

            Wouter Gerritsen
            """
        ),
    },
    {
        "id": "d129-026",
        "kind": "confirm",
        "sender": "Ingeborg Smulders <i.smulders@langstraatsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd. Mocht u dit twee keer krijgen: ik dacht dat mijn eerste antwoord in de outbox was blijven
            hangen, dus ik stuur het voor de zekerheid nog een keer.

            Ingeborg
            """
        ),
    },
    {
        "id": "d129-027",
        "kind": "confirm",
        "sender": "Kees Wiersma <k.wiersma@fivelkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            AF-7K3Q9-XM2PA-4RTZ8 -> akkoord, aanmelding is van mij.
            K. Wiersma
            """
        ),
    },
    {
        "id": "d129-028",
        "kind": "confirm",
        "sender": "Marloes Tjepkema <marloes.tjepkema@waddenkustsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            > Wilt u uw aanmelding bevestigen?

            Jazeker.

            Gr. Marloes
            """
        ),
    },
    {
        "id": "d129-029",
        "kind": "confirm",
        "sender": "Ruben Alblas <r.alblas@drechtoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb eerst even getwijfeld of dit geen phishing was, maar heb Melanie net aan de lijn gehad en het
            zit goed. Dus: aanmelding bevestigd.

            Met vriendelijke groet,
            Ruben Alblas
            directeur Samenwerking Drechtoever
            """
        ),
    },
    {
        "id": "d129-030",
        "kind": "confirm",
        "sender": "Tomasz Nowak-de Jong <t.nowak@berkelstroom.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I would like to join. Apologies for the slow reply, I was abroad for a few weeks.

            Tomasz Nowak-de Jong
            """
        ),
    },
    {
        "id": "d129-031",
        "kind": "confirm",
        "sender": "Yvonne Hazelhoff <y.hazelhoff@ijsselvallei-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Graag lid, dank jullie!
            Yvonne

            (gestuurd van mijn telefoon, vandaar kort)
            """
        ),
    },
    {
        "id": "d129-032",
        "kind": "confirm",
        "sender": "Daniel Okafor <d.okafor@gooieneem.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Kind regards,

            Daniel Okafor
            Directeur bedrijfsvoering | Gooi en Eem Samen
            +31 35 699 12 40
            Working hours Mon-Thu
            """
        ),
    },
    {
        "id": "d129-033",
        "kind": "confirm",
        "sender": "Hendrikje Wassink <h.wassink@reestdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geachte secretariaat,

            In antwoord op uw bericht van gisteren bevestig ik graag mijn aanmelding voor het netwerk. Ik heb
            gelezen dat het lidmaatschap kosteloos is en dat u twee keer per jaar een atelier organiseert; dat past
            goed bij wat wij als jonge werkorganisatie zoeken.

            Met vriendelijke groet,

            H.G. Wassink
            algemeen directeur
            """
        ),
    },
    {
        "id": "d129-034",
        "kind": "confirm",
        "sender": "Erik van Dalfsen <e.vandalfsen@noorderzand.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goeiemorgen, bij dezen: ja, ik doe mee. Mvg Erik

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d129-035",
        "kind": "confirm",
        "sender": "Meike Zuidema <m.zuidema@kopvandepolder.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bevestigd, met dank aan Stan voor de tip op de regiodag.

            Meike Zuidema
            """
        ),
    },
    # ---------------------------------------------------------------- other
    {
        "id": "d129-036",
        "kind": "other",
        "sender": "Thijmen Borgers <t.borgers@peelkracht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, bevestigd. Is er ergens een overzicht van de leden in te zien? Ik ben benieuwd welke collega's uit
            Brabant al meedoen.

            Thijmen
            """
        ),
    },
    {
        "id": "d129-037",
        "kind": "other",
        "sender": "Carolien Mastenbroek <c.mastenbroek@drechtoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd.

            Wel een vraag: mag mijn adjunct-directeur ook naar de ateliers, of is het netwerk strikt voor de
            directeur zelf? Wij verdelen de portefeuilles namelijk nogal.

            Carolien Mastenbroek
            """
        ),
    },
    {
        "id": "d129-038",
        "kind": "other",
        "sender": "mr. drs. O.P. Hagedoorn <op.hagedoorn@utrechtsewaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Ik ben bereid mijn aanmelding te bevestigen, op voorwaarde dat mijn gegevens niet met derden worden
            gedeeld, ook niet met adviesbureaus die zich bij het netwerk aansluiten. Kunt u mij dat schriftelijk
            toezeggen? Dan beschouw ik mijn aanmelding als definitief.

            Hoogachtend,
            O.P. Hagedoorn
            """
        ),
    },
    {
        "id": "d129-039",
        "kind": "other",
        "sender": "Geert Lubbers <g.lubbers@twentsekanten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Prima hoor, als het bij die twee ateliers per jaar blijft en ik niet bedolven word onder nieuwsbrieven.
            Klopt dat?

            Geert

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d129-040",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat.directie@hofvanduivenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Van Tilburg bevestig ik haar aanmelding voor het netwerk. Zij zit deze week op
            werkbezoek in Vlaanderen en heeft mij gevraagd dit voor haar af te handelen.

            Met vriendelijke groet,
            Patricia Koolhaas
            managementassistent directie
            """
        ),
    },
    {
        "id": "d129-041",
        "kind": "other",
        "sender": "Anja Stegeman <a.stegeman@wo-maasdal.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Beste secretariaat,

            Hieronder de bevestigingsmail die de heer Hazenberg ontving. Hij heeft mij gevraagd te laten weten dat
            hij graag lid wordt; ik beheer zijn mailbox.

            Groet,
            Anja Stegeman
            bestuursondersteuning
            """
        ),
    },
    {
        "id": "d129-042",
        "kind": "other",
        "sender": "Sjoerd Veenstra <s.veenstra@fivelkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Ik ben een collega van Robbert Dijkhuis. Hij heeft deze mail aan mij doorgezet omdat hij tijdens zijn
            ouderschapsverlof niet in zijn eigen mailbox kijkt. Hij wil graag lid worden, dus ik bevestig het
            hierbij namens hem.

            Sjoerd Veenstra
            """
        ),
    },
    {
        "id": "d129-043",
        "kind": "other",
        "sender": "Maaike Rietveld <m.rietveld@gr-amstelveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Voordat ik iets bevestig: wat is dit precies voor netwerk en wie zit erachter? Ik ken SeinstravandeLaar
            niet en zie op de site weinig over wie het betaalt.

            M. Rietveld
            """
        ),
    },
    {
        "id": "d129-044",
        "kind": "other",
        "sender": "Laurens Feenstra <l.feenstra@waddenkustsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik twijfel nog eerlijk gezegd. Ik zit al in drie andere directeurenkringen en mijn agenda zit
            propvol. Mag ik er na de zomer op terugkomen, of vervalt mijn aanmelding dan definitief?

            Laurens
            """
        ),
    },
    {
        "id": "d129-045",
        "kind": "other",
        "sender": "Birgit Hofstede <b.hofstede@vijfheerenduin.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! Weet u al ongeveer wanneer het eerstvolgende atelier is? Dan kan ik het
            alvast vrijhouden, mijn agenda loopt tot ver in het voorjaar vol.

            Birgit Hofstede
            """
        ),
    },
    {
        "id": "d129-046",
        "kind": "other",
        "sender": "Arnold Kwakernaak <a.kwakernaak@lekdijkwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres? Ik verzoek u mij dat toe te lichten.

            A. Kwakernaak
            """
        ),
    },
    {
        "id": "d129-047",
        "kind": "other",
        "sender": "Claire Vermeulen-Hart <c.vermeulen@ijsselvallei-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I did not register for anything. Could you tell me where you obtained this address? I would like to
            know the source before anything else happens with it.

            Claire Vermeulen-Hart
            """
        ),
    },
    {
        "id": "d129-048",
        "kind": "other",
        "sender": "Directie Noorderzand <directie@noorderzand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, graag. Maar wilt u de berichten sturen naar mijn persoonlijke adres, e.vanderzee@noorderzand.nl?
            Dit is de gedeelde directiebox en daar lezen drie mensen mee.

            Evert van der Zee
            """
        ),
    },
    {
        "id": "d129-049",
        "kind": "other",
        "sender": "Karin Smeets <k.smeets@langstraatsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Graag bevestig ik. Alleen: per 1 maart gaat ons domein over naar @lekdijkwerkt.nl vanwege de
            naamswijziging. Kunt u mijn adres dan aanpassen naar k.smeets@lekdijkwerkt.nl?

            Karin
            """
        ),
    },
    {
        "id": "d129-050",
        "kind": "other",
        "sender": "Henk-Jan Brugman <hj.brugman@eemkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Organiseert u ook het atelier in maart? Ik hoor van collega's dat het al vol zit en ik heb nog geen
            uitnodiging gehad. Kan ik nog op de lijst?

            H.J. Brugman
            """
        ),
    },
    {
        "id": "d129-051",
        "kind": "other",
        "sender": "Marjolein de Smet <m.desmet@zwinland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Leuk, dank! Worden de ateliers altijd in Utrecht gehouden? Vanuit Zeeuws-Vlaanderen ben ik al gauw
            twee uur onderweg, dus een keer in het zuiden zou mooi zijn.

            Marjolein
            """
        ),
    },
    {
        "id": "d129-052",
        "kind": "other",
        "sender": "Richard Meulenbelt <r.meulenbelt@berkelstroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dank u wel, fijn om erbij te horen.

            Richard Meulenbelt
            """
        ),
    },
    {
        "id": "d129-053",
        "kind": "other",
        "sender": "Natasja Koster <n.koster@dommeldalsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Vreemd, ik heb die bevestigingsmail nooit beantwoord. Hoe kan ik dan nu lid zijn? Wie heeft dat gedaan?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d129-054",
        "kind": "other",
        "sender": "Bas Heemskerk <b.heemskerk@slingeland-gr.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb vorige week dinsdag al op uw eerste mail gereageerd. Waarom krijg ik dan toch deze herinnering?
            Wilt u even nakijken of mijn bevestiging goed is aangekomen?

            Bas Heemskerk
            """
        ),
    },
    {
        "id": "d129-055",
        "kind": "other",
        "sender": "Dirk-Jan Poelstra <dj.poelstra@marne-venen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            ja doe maar. zijn er voor onze GR kosten aan de ateliers zelf verbonden, zaalhuur of catering? dan moet
            ik het even langs de controller halen
            """
        ),
    },
    {
        "id": "d129-056",
        "kind": "other",
        "sender": "Petra Ligthart <p.ligthart@vechtnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd! En mijn twee collega-directeuren willen ook heel graag lid worden. Kunt u hen ook
            aanmelden? Ze heten Jos en Mirjam, de adressen zoek ik nog even op.

            Petra
            """
        ),
    },
    {
        "id": "d129-057",
        "kind": "other",
        "sender": "Stijn Oosterveld <s.oosterveld@kromrijn-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben geen directeur maar concerncontroller van onze werkorganisatie. Mag ik dan wel lid worden? Zo
            ja, dan bevestig ik graag.

            Stijn Oosterveld
            """
        ),
    },
    {
        "id": "d129-058",
        "kind": "other",
        "sender": "Wim Brandsma <w.brandsma@kopvandepolder.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja, maar ik ga over drie maanden met pensioen. Heeft het dan nog zin? Misschien is het beter dat ik u
            de naam van mijn opvolger doorgeef zodra die benoemd is. Wat vindt u?

            W. Brandsma
            """
        ),
    },
    {
        "id": "d129-059",
        "kind": "other",
        "sender": "Femke Arendsen <f.arendsen@achterhoekrand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de welkomstmail. Ik had bij mijn aanmelding aangegeven dat ik alleen de uitnodigingen wil
            ontvangen en niet de oproepen voor thema's. Is dat ook zo ingesteld?

            Femke Arendsen
            """
        ),
    },
    {
        "id": "d129-060",
        "kind": "other",
        "sender": "Loes Brinkman <l.brinkman@eemkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Dhr. Maas is op vakantie tot 12/1, hij liet me via de app weten dat hij graag lid wordt. Groet, Loes
            (secretariaat)

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d129-061",
        "kind": "other",
        "sender": "Rik Zomerdijk <r.zomerdijk@peelkracht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank! Kunt u voortaan mijn persoonlijke werkadres gebruiken, rik.zomerdijk@peelkracht.nl? Het adres
            waarop ik nu mail ontvang wordt binnenkort opgeheven.

            Rik
            """
        ),
    },
    {
        "id": "d129-062",
        "kind": "other",
        "sender": "Siobhan de Wit <s.dewit@waddenkustsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to confirm, provided the ateliers can also be joined online - I'm based on the islands and
            can't make it to Utrecht every time. Could you let me know?

            Siobhan de Wit
            """
        ),
    },
    {
        "id": "d129-063",
        "kind": "other",
        "sender": "Arjen Kloosterman <a.kloosterman@twentsekanten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik weet het nog niet zo. Zijn er ook directeuren van kleinere werkorganisaties lid, of is het vooral
            iets voor de grote fusies met vijf gemeenten of meer? Dan beslis ik daarna.

            Arjen Kloosterman
            """
        ),
    },
    {
        "id": "d129-064",
        "kind": "other",
        "sender": "Jolanda Verhoef <j.verhoef@slingeland-gr.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Welkom, dank u. Welke gegevens heeft u nu precies van mij vastgelegd, en hoe lang bewaart u die? Ik
            ontvang graag een overzicht.

            J. Verhoef
            """
        ),
    },
    {
        "id": "d129-065",
        "kind": "other",
        "sender": "Edwin Haaksma <e.haaksma@noorderzand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Mijn collega Hans heeft mij hiervoor opgegeven zonder het te vragen. Ik wil er eerst even met hem over
            praten voordat ik iets bevestig of afzeg. Hoe lang heb ik daarvoor?

            Edwin
            """
        ),
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "d129-066",
        "kind": "unsubscribe",
        "sender": "Margot Hilhorst <m.hilhorst@utrechtsewaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me niet aangemeld voor dit netwerk en wil er ook geen berichten van ontvangen.

            M. Hilhorst
            """
        ),
    },
    {
        "id": "d129-067",
        "kind": "unsubscribe",
        "sender": "Tjeerd Bosgra <t.bosgra@fivelkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Wie heeft mij hiervoor opgegeven? Ik in elk geval niet. Dan hoeft het van mij ook niet door te gaan.

            Tjeerd
            """
        ),
    },
    {
        "id": "d129-068",
        "kind": "unsubscribe",
        "sender": "Olivia Janssens <o.janssens@gooieneem.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            This must be a mix-up - I'm a policy adviser, not a director, and I never registered. Please don't
            go ahead with it.

            Olivia Janssens
            """
        ),
    },
    {
        "id": "d129-069",
        "kind": "unsubscribe",
        "sender": "Gerard Nijhuis <g.nijhuis@berkelstroom.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, dank u. Ik wil geen lid worden; ons secretariaat heeft dit ingevuld zonder het met mij af te
            stemmen.

            G. Nijhuis
            """
        ),
    },
    {
        "id": "d129-070",
        "kind": "unsubscribe",
        "sender": "Astrid Molenkamp <a.molenkamp@reestdal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zie toch af van het lidmaatschap. Ik heb me in een opwelling aangemeld na het VNG-congres, maar ik
            heb hier eerlijk gezegd de tijd niet voor. Haalt u mij maar van de lijst.

            Astrid Molenkamp
            """
        ),
    },
    {
        "id": "d129-071",
        "kind": "unsubscribe",
        "sender": "Bram Verschuren <b.verschuren@dommeldalsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            nooit van gehoord en niet aangemeld. schrappen aub

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d129-072",
        "kind": "unsubscribe",
        "sender": "Griffie Hof van Duivenland <griffie@hofvanduivenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Dit adres is van de griffie en niet van een directeur. Niemand van ons heeft zich aangemeld; wij
            willen deze berichten niet ontvangen.

            Griffie Hof van Duivenland
            """
        ),
    },
    {
        "id": "d129-073",
        "kind": "unsubscribe",
        "sender": "Vincent Oldenhof <v.oldenhof@vijfheerenduin.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Net welkom geheten, maar ik zie dat mijn mededirecteur al lid is en eentje per organisatie is voor ons
            ruim voldoende. Zet mij er maar weer af.

            Vincent
            """
        ),
    },
    {
        "id": "d129-074",
        "kind": "unsubscribe",
        "sender": "H.A. Toonstra <ha.toonstra@kromrijn-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik ken dit netwerk niet en heb geen aanmelding gedaan. Kennelijk heeft iemand mijn adres ingevuld.
            Deze aanmelding a.u.b. niet doorzetten.

            H.A. Toonstra
            """
        ),
    },
    {
        "id": "d129-075",
        "kind": "unsubscribe",
        "sender": "Lotte Vrieling <l.vrieling@marne-venen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            No thanks / nee bedankt. Ik ben sinds vorige maand geen directeur meer bij Marne & Venen, dus lid
            worden heeft voor mij geen zin.

            Lotte Vrieling
            """
        ),
    },
    # ---------------------------------------------------------------- subscribe
    {
        "id": "d129-076",
        "kind": "subscribe",
        "sender": "Hans Kuiper <h.kuiper@drechtoever.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Mijn collega Farida El Amrani, directeur dienstverlening bij ons, wil ook graag
            lid worden. Haar adres is f.elamrani@drechtoever.nl.

            Hans Kuiper
            """
        ),
    },
    {
        "id": "d129-077",
        "kind": "subscribe",
        "sender": "Monique Bergsma <m.bergsma@twentsekanten.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Kunt u ook onze nieuwe directeur bedrijfsvoering aanmelden? Hij begint volgende maand: Thijs
            Vermeulen, t.vermeulen@twentsekanten.nl.

            Groet,
            Monique Bergsma
            """
        ),
    },
    {
        "id": "d129-078",
        "kind": "subscribe",
        "sender": "Joost Alberda <j.alberda@eemkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Could you also sign up my co-director, Marit Zandstra (m.zandstra@eemkust.nl)? She runs the business
            side of our organisation and would very much like to join as well.

            Joost Alberda
            """
        ),
    },
    {
        "id": "d129-079",
        "kind": "subscribe",
        "sender": "Gerda Plantinga <g.plantinga@waddenkustsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie, leuk dat ik er nu bij ben. Wil je Roos Bakkenes ook toevoegen? Zij is sinds kort onze
            gemeentesecretaris-directeur: r.bakkenes@waddenkustsamen.nl

            Gerda
            """
        ),
    },
    {
        "id": "d129-080",
        "kind": "subscribe",
        "sender": "Ilona Sprenger <i.sprenger@gr-amstelveld.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": "Doorst: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Beste secretariaat,

            Onze directeur ontving onderstaande welkomstmail. Zij vraagt of haar plaatsvervanger ook lid kan
            worden: ir. B. Hoogeveen, b.hoogeveen@gr-amstelveld.nl.

            Met vriendelijke groet,
            Ilona Sprenger
            secretariaat directie GR Amstelveld
            """
        ),
    },
]
# fmt: on
