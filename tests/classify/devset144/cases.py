"""devset144: replies under our confirmation, reminder-to-confirm and welcome mails.

Directors, their assistants and a few colleagues answer the double opt-in (`bevestiging_aanmelding`), the one
reminder to confirm (`herinnering_aanmelding`) and the welcome (`welkom`). Under the confirmation mails: bare
confirmations (empty, a signature alone, one word, English, from a phone), confirmations that carry a real question
or a condition, denials and refusals, an assistant or colleague confirming for the director, the director confirming
from another address of their own, out-of-office replies and a bounce. Under the welcome: topics, an RSVP for the
next atelier, leaving straight away (once with a successor, once with an erasure), thanks, questions, a proposal
about the form of the ateliers and an address change. Look-alikes sit on both sides: "niet aangemeld" in a plain
yes, "afmelden" in a topic, "bevestiging" in a thank-you.

Conventions this set relies on (from the brief):
- Under a confirmation mail an empty reply, a signature alone or any plain yes is `confirm`; a yes with a real
  question beside it, or a yes on a condition the secretariat must answer first, is `other`.
- A plain denial or refusal under a confirmation mail withdraws the sign-up: `unsubscribe`, also when it asks who
  did it; a denial that asks where we got the address is `other`; a denial with "remove all my data" carries `erase`.
- Someone confirming from their own address for someone else (assistant, colleague, a forward) is `other`. This set
  also reads a director confirming from a different address of their own as `other`: the reply does not come from
  the address the sign-up is for, so the secretariat must check it (an address change beside it is `other` anyway).
- A topic under the welcome is a `suggestion` (also with an RSVP beside it), with the themes of the topic only; a
  reply about coming to the next atelier is an `rsvp`; a proposal about the form or place of the ateliers, asking
  whether one may present, thanks, questions, an address change and a request to see one's data are `other`.
- Leaving right after the welcome is `unsubscribe`, also with a successor and address; signing up one colleague
  with an address is `subscribe`. Automatic replies carry the thread of our mail and no quote; a bounce carries none.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- confirmations, plain -------------------------------------------------------------------------------
    {
        "id": "d144-001",
        "kind": "confirm",
        "sender": "Gerda Lamsvelt <g.lamsvelt@werkorganisatie-bommelwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d144-002",
        "kind": "confirm",
        "sender": "Henk Oosterbeek <h.oosterbeek@heuvelrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Met vriendelijke groet,

            drs. H.J. (Henk) Oosterbeek
            algemeen directeur
            Werkorganisatie Heuvelrand-Oost
            T 0318 - 55 21 90 | M 06 - 41 88 30 12
            Bezoekadres: Kerkewijk 14, Lindenoord
            """
        ),
    },
    {
        "id": "d144-003",
        "kind": "confirm",
        "sender": "Yvonne Ramdin <y.ramdin@gr-klaverland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Y. Ramdin MPM
            Gemeentesecretaris / directeur
            GR Klaverland - voor Oudewaal, Knolleveen en Sterrebeek

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, dan
            verzoeken wij u de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen
            rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d144-004",
        "kind": "confirm",
        "sender": "Geert Huzink <geert.huzink@dommeldal-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Akkoord hoor!
            Geert
            """
        ),
    },
    {
        "id": "d144-005",
        "kind": "confirm",
        "sender": "Marloes Egberts <m.egberts@zeeveldwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja graag

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d144-006",
        "kind": "confirm",
        "sender": "Tjeerd Wiersma <t.wiersma@marrewoldewerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            👍👍

            Outlook voor Android downloaden
            """
        ),
    },
    {
        "id": "d144-007",
        "kind": "confirm",
        "sender": "Saskia Verbrugge <saskia.verbrugge@lingedelta.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks for setting this up so quickly.

            Best,
            Saskia
            """
        ),
    },
    {
        "id": "d144-008",
        "kind": "confirm",
        "sender": "Robert Asante <r.asante@werkorganisatie-zeeveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Apologies for the late reply, your first mail got buried. Hereby confirmed.

            Kind regards / Met vriendelijke groet,
            Robert Asante
            Directeur bedrijfsvoering | Werkorganisatie Zeeveld
            """
        ),
    },
    {
        "id": "d144-009",
        "kind": "confirm",
        "sender": "Anton Brouwershaven <a.brouwershaven@ambtelijk-oosterpolder.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Excuus, in de weken van de voorjaarsnota is uw eerste bericht volledig langs mij heen gegaan.
            Bij dezen alsnog: ja, ik word graag lid.

            A. Brouwershaven
            """
        ),
    },
    {
        "id": "d144-010",
        "kind": "confirm",
        "sender": "Ineke van Oijen <i.vanoijen@bergmaasland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik heb me niet zelf aangemeld, dat heeft ons directiesecretariaat voor mij gedaan, maar het klopt
            helemaal: ik wil graag deelnemen. Bij deze dus bevestigd.

            Ineke van Oijen
            """
        ),
    },
    {
        "id": "d144-011",
        "kind": "confirm",
        "sender": "Wim Stroeve <wimstroeve@peelgrens-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, waarom ook niet? Groet, Wim
            """
        ),
    },
    {
        "id": "d144-012",
        "kind": "confirm",
        "sender": "Carla Hooijmeijer <c.hooijmeijer@werkorganisatie-vlietstede.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd. Ik ga ervan uit dat de uitnodiging voor het eerstvolgende atelier dan vanzelf in mijn
            mailbox verschijnt.

            Carla Hooijmeijer
            """
        ),
    },
    {
        "id": "d144-013",
        "kind": "confirm",
        "sender": "Pieter-Jan Sloot <pj.sloot@drielandenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Graag! Fijn dat zo'n netwerk bestaat. Wij zijn pas sinds januari een werkorganisatie en zitten nog
            volop in de opbouw, dus ik kan de ervaringen van collega's goed gebruiken.

            PJ
            """
        ),
    },
    {
        "id": "d144-014",
        "kind": "confirm",
        "sender": "Hanneke Vos-Abbink <h.vos@twentevelden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd hoor. En nee, ik wil me níet afmelden, ook al staat dat er onderaan zo groot bij ;-)

            Hanneke
            """
        ),
    },
    # --- confirmations with a question, a condition, or from another address --------------------------------
    {
        "id": "d144-015",
        "kind": "other",
        "sender": "Jeroen Kalkman <j.kalkman@werkorganisatie-bommelwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, bevestigd.

            Wel een vraag: is het lidmaatschap persoonlijk, of mag mijn plaatsvervangend directeur een atelier
            bezoeken als ik zelf verhinderd ben?

            Met vriendelijke groet,
            Jeroen Kalkman
            """
        ),
    },
    {
        "id": "d144-016",
        "kind": "other",
        "sender": "Aylin Kaya <a.kaya@rivierenzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed. One question though: are the ateliers held in Dutch only? I read Dutch without trouble
            but I am much more at ease discussing in English.

            Aylin Kaya
            Director Operations, Rivierenzoom
            """
        ),
    },
    {
        "id": "d144-017",
        "kind": "other",
        "sender": "Bart Lenferink <bart.lenferink@gr-achterwolde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Akkoord, op voorwaarde dat mijn naam en gegevens niet worden doorgegeven aan adviesbureaus of
            andere commerciële partijen. Kunt u mij dat eerst even bevestigen? Dan is mijn aanmelding rond.
            """
        ),
    },
    {
        "id": "d144-018",
        "kind": "other",
        "sender": "Nicole Derksen <n.derksen@kustwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan en Melanie,

            Ik wil best lid worden, mits de ateliers ook online te volgen zijn. Wij zitten in het uiterste
            zuidwesten en een middag Utrecht kost me al snel een hele dag. Als dat kan, beschouw dit dan als
            mijn bevestiging.

            Nicole Derksen
            """
        ),
    },
    {
        "id": "d144-019",
        "kind": "other",
        "sender": "Frits Mulderij <f.mulderij@ambtelijkedienst-heerenveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik dacht dat ik vorige week al op jullie eerste mail had geantwoord? Is daar iets misgegaan?

            Frits
            """
        ),
    },
    {
        "id": "d144-020",
        "kind": "other",
        "sender": "Petra Lenting <secretariaat.directie@koggenland-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw Koolhoven bevestig ik haar aanmelding voor het netwerk. Zij is deze week op een
            congres en heeft mij gevraagd dit voor haar af te handelen.

            Met vriendelijke groet,
            Petra Lenting
            Directiesecretaresse Koggenland Werkt
            """
        ),
    },
    {
        "id": "d144-021",
        "kind": "other",
        "sender": "Lotte Baarsma <l.baarsma@werkorganisatie-friesewold.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, dit klopt. Bevestigd.

            Met vriendelijke groet,
            Lotte Baarsma
            managementassistent van F. (Frank) Oudeman, algemeen directeur
            """
        ),
    },
    {
        "id": "d144-022",
        "kind": "other",
        "sender": "Ilse Boerhave <i.boerhave@veenstreek-gr.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hierbij stuur ik uw bericht terug namens drs. Meijerink; hij heeft aangegeven graag lid te worden.
            Zijn eigen mailbox beheer ik tijdens zijn ziekteverlof.

            Ilse Boerhave, bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d144-023",
        "kind": "other",
        "sender": "Marco Tuinstra <marcotuinstra71@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik antwoord even vanaf mijn privémail, de werkmail doet het op mijn telefoon al dagen niet.
            Ja, ik wil lid worden.

            Marco Tuinstra
            directeur Werkorganisatie Dommeldal
            """
        ),
    },
    {
        "id": "d144-024",
        "kind": "other",
        "sender": "Sandra Wijnbergen <sandra.wijnbergen@samenwerkingsorganisatie-dijkzicht.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik reageer vanaf mijn nieuwe adres; de oude alias s.wijnbergen@dijkzicht.nl wordt na de zomer
            opgeheven. Bevestigd dus, maar wilt u al uw berichten voortaan naar dit adres sturen?

            Sandra Wijnbergen
            """
        ),
    },
    {
        "id": "d144-025",
        "kind": "other",
        "sender": "Richard Obbink <r.obbink@hofvanmaasland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb me nergens voor opgegeven. Hoe komt u aan dit adres, en wie is dat secretariaat dat mij
            zou hebben aangemeld? Dat wil ik graag eerst weten.

            R. Obbink
            """
        ),
    },
    {
        "id": "d144-026",
        "kind": "other",
        "sender": "Algemeen secretariaat <secretariaat@werkorganisatie-lagewaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Dit adres is van het algemene secretariaat en wordt door vier collega's gelezen, dus dit is
            waarschijnlijk niet het adres dat u zoekt. Onze directeur heeft een eigen mailadres; zal ik dat
            aan u doorgeven, of meldt hij zich beter zelf opnieuw aan?

            Team Secretariaat
            """
        ),
    },
    # --- denials and refusals under the confirmation mails --------------------------------------------------
    {
        "id": "d144-027",
        "kind": "unsubscribe",
        "sender": "Erik Dolleman <e.dolleman@westervenen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Niet door mij aangevraagd en ik heb er ook geen belangstelling voor.

            E. Dolleman
            """
        ),
    },
    {
        "id": "d144-028",
        "kind": "unsubscribe",
        "sender": "Marijke Haverkamp <marijke.haverkamp@grensmaaswerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me hier niet voor aangemeld. Wie heeft dat dan wel gedaan? Raar hoor.
            """
        ),
    },
    {
        "id": "d144-029",
        "kind": "unsubscribe",
        "sender": "Daniel Okafor <d.okafor@gr-hollandsbroek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I never signed up for this network and would rather you did not keep my address on file.

            Daniel
            """
        ),
    },
    {
        "id": "d144-030",
        "kind": "unsubscribe",
        "sender": "Johan Pelgrim <j.pelgrim@ambtelijkefusie-eemhoek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, dank u. Ik zit al in meer netwerken en intervisiegroepen dan ik kan bijhouden.

            Johan Pelgrim
            """
        ),
    },
    {
        "id": "d144-031",
        "kind": "unsubscribe",
        "sender": "Renate Kuipers <r.kuipers@weidewerk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Nee

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d144-032",
        "kind": "unsubscribe",
        "sender": "Thomas Eelderink <t.eelderink@berkeldal-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Volgens mij is dit een vergissing van onze afdeling communicatie: ik ben strategisch beleidsadviseur,
            geen directeur. Mij hoeft u dus niet in te schrijven.

            Thomas Eelderink
            """
        ),
    },
    {
        "id": "d144-033",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Hilde Scheepmaker <h.scheepmaker@werkorganisatie-noordhaven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb hier niet om gevraagd. Verwijdert u alstublieft al mijn gegevens uit uw bestanden, zoals de
            AVG mij toestaat te verlangen.

            H. Scheepmaker
            """
        ),
    },
    {
        "id": "d144-034",
        "kind": "unsubscribe",
        "sender": "Gerrit Bosschaart <g.bosschaart@maasenwaalwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Sympathiek initiatief, maar ik ga per 1 april met pensioen. Laat u de aanmelding dus maar vervallen;
            mijn opvolger is nog niet bekend.

            Gerrit Bosschaart
            """
        ),
    },
    # --- automatic mail under the confirmation mails --------------------------------------------------------
    {
        "id": "d144-035",
        "kind": "autoreply",
        "sender": "Karin Weustink <k.weustink@gr-ijsselkant.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met maandag 14 juni ben ik afwezig met beperkte toegang tot mijn mail. Voor dringende zaken
            kunt u contact opnemen met het directiesecretariaat via 0573 - 29 44 00.

            Karin Weustink
            """
        ),
    },
    {
        "id": "d144-036",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mx1.kempenaar-gr.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.kempenaar-gr.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more
            recipients.

            <l.vandervelde@kempenaar-gr.nl>: host mail.kempenaar-gr.nl[10.4.2.17] said: 550 5.1.1
                <l.vandervelde@kempenaar-gr.nl>: Recipient address rejected: User unknown in virtual mailbox
                table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d144-037",
        "kind": "autoreply",
        "sender": "Gemeentesecretaris <gemeentesecretaris@oud-hoogland.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Dit e-mailadres is sinds de ambtelijke fusie niet meer in gebruik en wordt niet gelezen. Berichten
            voor de directie van Werkorganisatie Hoogland-Vecht kunt u sturen naar directie@hoogland-vecht.nl.
            """
        ),
    },
    # --- topics under the welcome ---------------------------------------------------------------------------
    {
        "id": "d144-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Kampstra <r.kampstra@werkorganisatie-bommelwaard.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Wat bij ons nu speelt: drie gemeenten, drie verschillende zaaksystemen
            en één I-afdeling die alles moet draaiende houden. Hoe breng je de informatievoorziening op één lijn
            zonder een big-bang migratie? Dat zou ik graag eens met collega's bespreken.

            Ruud Kampstra
            """
        ),
    },
    {
        "id": "d144-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Esther Nauta <esther.nauta@lauwerszoom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Hallo,

            U vraagt of ik nu al een onderwerp heb: jazeker. Waar staat onze organisatie over tien jaar, en wie
            schrijft die langetermijnvisie eigenlijk: de directie, de besturen of samen? Wij stoeien daar nu mee.

            Esther
            """
        ),
    },
    {
        "id": "d144-040",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mohamed El Idrissi <m.elidrissi@stroomlandwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Meteen een idee: hoe meten jullie hoe tevreden inwoners zijn over het klantcontactcentrum? Wij willen
            een dashboard met prestaties per gemeente maar weten niet goed waar te beginnen.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d144-041",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wilma Dekkers <w.dekkers@gr-tweestromen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Een onderwerp dat mij bezighoudt: wat doe je als de deelnemende gemeenten uit elkaar groeien? Bij ons
            wil de ene gemeente op termijn herindelen en de andere juist nadrukkelijk niet, en de werkorganisatie
            zit daar middenin.

            W. Dekkers
            """
        ),
    },
    {
        "id": "d144-042",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Sjoerd Plantinga <s.plantinga@werkorganisatie-wadkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee dingen die ik graag eens aan tafel zou hebben:
            - ons sturingsconcept: blijven we bij opdrachtgever-opdrachtnemer of gaan we naar meer regie?
            - hoe ga je om met een gemeenteraad die de gemeenschappelijke regeling wil openbreken?

            Groet, Sjoerd
            """
        ),
    },
    {
        "id": "d144-043",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anouk Terpstra <a.terpstra@middenbeemster-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u. Op het atelier van 11 maart ben ik er zeker bij, en ik heb meteen een onderwerp voor een
            volgende keer: één digitaal loket voor ondernemers uit alle drie onze gemeenten, in plaats van drie
            websites met elk hun eigen vergunningenroute.

            Anouk Terpstra
            """
        ),
    },
    {
        "id": "d144-044",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Veldhuis <k.veldhuis@achterhoekse-poort.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Afmelden ga ik voorlopig niet doen, want ik heb direct een vraagstuk: hoe houd je goede mensen vast
            als de buurgemeenten en de provincie met hogere schalen lokken? Onze formatie loopt leeg en dat gaat
            vroeg of laat ten koste van de dienstverlening.

            Koen Veldhuis
            """
        ),
    },
    # --- RSVPs and leaving under the welcome ----------------------------------------------------------------
    {
        "id": "d144-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Groeneveld <j.groeneveld@werkorganisatie-zeeveld.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor uw bericht. Een collega vertelde mij dat het eerstvolgende atelier op 11 maart in Utrecht
            is; daar ben ik graag bij. Zet u mij maar op de lijst.

            Jolanda Groeneveld
            """
        ),
    },
    {
        "id": "d144-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hendrik Jan Mellema <hj.mellema@oldambtwerkt-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Fijn om erbij te horen. Het atelier van maart moet ik helaas al laten schieten, dan zit ik op
            werkbezoek in Vlaanderen, maar de keer daarna hoop ik er te zijn.

            HJ
            """
        ),
    },
    {
        "id": "d144-047",
        "kind": "unsubscribe",
        "sender": "Corine Smeulders <c.smeulders@baronieland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bij nader inzien toch niet voor mij: ik had begrepen dat dit een netwerk voor griffiers was. Haalt u
            mij maar weer van de lijst, excuus voor de moeite.

            Corine Smeulders
            """
        ),
    },
    {
        "id": "d144-048",
        "kind": "unsubscribe",
        "sender": "Paul Hendriksen <p.hendriksen@gr-veluwerand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you, but on second thought please take me off the list. I'm switching to a role at the
            province and the network won't be relevant for me any more.

            Paul
            """
        ),
    },
    {
        "id": "d144-049",
        "kind": "unsubscribe",
        "sender": "Maarten de Graaf <m.degraaf@kromme-rijnwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Welkom en meteen weer weg, sorry. Mijn aanmelding was eigenlijk bedoeld voor mijn opvolger: Judith
            Akkerman is sinds deze week algemeen directeur, ik vertrek naar een andere functie. Haar adres is
            j.akkerman@kromme-rijnwerkt.nl; wilt u haar in plaats van mij opnemen?

            Maarten de Graaf
            """
        ),
    },
    {
        "id": "d144-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Linda Overbeek <linda.overbeek@hunzedal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me vorige week aangemeld, maar ik ben van gedachten veranderd. Graag mijn lidmaatschap
            beëindigen en al mijn persoonsgegevens bij u wissen.

            Linda Overbeek
            """
        ),
    },
    # --- other mail under the welcome -----------------------------------------------------------------------
    {
        "id": "d144-051",
        "kind": "other",
        "sender": "Bas Wolterink <b.wolterink@twentevelden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Top, dank voor de bevestiging! Ik zie de oproep voor onderwerpen met belangstelling tegemoet.

            Bas
            """
        ),
    },
    {
        "id": "d144-052",
        "kind": "other",
        "sender": "Femke Dijkhuizen <f.dijkhuizen@gr-klaverland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Een vraag meteen maar. Kunnen ook onze concerncontroller en de directeur sociaal domein lid worden, of
            is het netwerk echt alleen voor de algemeen directeur?

            F. Dijkhuizen
            """
        ),
    },
    {
        "id": "d144-053",
        "kind": "other",
        "sender": "Arjen Nijboer <a.nijboer@eemsmondwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Een suggestie over de vorm, niet over de inhoud: organiseer de ateliers eens buiten de Randstad,
            bijvoorbeeld beurtelings in het noorden en het zuiden. Voor ons is Utrecht al gauw ruim twee uur
            rijden, heen en terug een halve werkdag.

            Arjen Nijboer
            """
        ),
    },
    {
        "id": "d144-054",
        "kind": "other",
        "sender": "Sevda Yilmaz <s.yilmaz@werkorganisatie-lingeborgh.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Mogen leden op een atelier zelf ook iets presenteren? Wij hebben net een cultuurtraject na de fusie
            afgerond en ik wil onze ervaringen, ook de mislukte, best een keer delen.

            Sevda Yilmaz
            """
        ),
    },
    {
        "id": "d144-055",
        "kind": "subscribe",
        "sender": "Rob Timmerman <r.timmerman@waterlandse-poort.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Fijn dat het gelukt is. Mijn collega-directeur bedrijfsvoering, Evert Nijenhuis, wil ook graag lid
            worden: e.nijenhuis@waterlandse-poort.nl. Wilt u hem aanmelden?

            Rob Timmerman
            """
        ),
    },
    {
        "id": "d144-056",
        "kind": "other",
        "sender": "Mirjam Stegeman <mirjam.stegeman@vechtdal-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goed om lid te zijn. Een praktische mededeling: in verband met onze nieuwe huisstijl verandert mijn
            adres per 1 maart in m.stegeman@vechtdalwerkt.nl. Wilt u dat in uw lijst aanpassen?

            Mirjam
            """
        ),
    },
    {
        "id": "d144-057",
        "kind": "autoreply",
        "sender": "Lucas Verhoef <l.verhoef@gr-bovenlinge.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Out of Office: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Thank you for your message. I am on leave until 3 March and will not be reading e-mail. For urgent
            matters please contact my office manager, Noor Hamdi, at 0345 - 61 20 88.
            """
        ),
    },
    {
        "id": "d144-058",
        "kind": "other",
        "sender": "Jacqueline Ruiter <j.ruiter@polderkwartier.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor uw welkomstbericht. Uit nieuwsgierigheid, en omdat onze FG ernaar vraagt: welke gegevens van mij
            legt u precies vast, en hoe lang? Ik ontvang graag een overzicht.

            Jacqueline Ruiter
            """
        ),
    },
]
# fmt: on
