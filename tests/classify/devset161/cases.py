"""devset161: yes and no to the atelier in every register, with look-alikes that are neither.

Directors, deputies and their secretaries answer the invitation, the reminder, the date change, the waiting-list
mail and the substitute's invitation, or write a new mail about the atelier. They write stiff and chatty, very short
and long, in English, in Flemish, Brabants, Limburgs, Fries and Gronings turns of phrase, with idioms ("verstek
laten gaan", "op de winkel passen", "rain check"), double negatives, a yes or a no wrapped in an explanation, and
minds that change inside a mail or between mails. Beside them stand look-alikes: a no to another meeting, a yes to
the guest question only, a question, a maybe, a tentative calendar answer, an out-of-office, a no that also leaves
the network, a yes with a topic proposed.

Conventions this set relies on (from the brief):
- The label is what the writer says now; a later mail carries the latest answer, also when it reverses an earlier
  reply or a yes at the top of the same mail.
- A decline that keeps the membership, and a decline with a named substitute and address, are `rsvp` False; a
  decline that also leaves the network is `unsubscribe`.
- An assistant or colleague answering in reply to our invitation (or the reminder) is `rsvp`; an assistant's new
  mail or forward (`doorgestuurd`) about the director's attendance is `other`.
- A yes on a condition the secretariat must answer, a yes with a real question beside it, a maybe, a question, a
  no that only concerns a guest, a no to another meeting: `other`.
- A topic proposed under the invitation is a `suggestion`, also when the writer says they come.
- Calendar accept and decline are `rsvp`; a tentative calendar answer is a maybe (`other`); an out-of-office is
  `autoreply` without a quote.
- A changed guest count told together with the writer's own yes stays an `rsvp`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_SUBJECT = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- under the invitation ---
    {
        "id": "d161-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "A.C. Terpstra-Wolters <ac.terpstra@werkorganisatie-lingehof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij bevestig ik mijn deelname aan het atelier van donderdag 11 maart aanstaande. Ik kom zonder
            introducé.

            Hoogachtend,

            mr. drs. A.C. Terpstra-Wolters
            algemeen directeur Werkorganisatie Lingehof
            """
        ),
    },
    {
        "id": "d161-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Kloosterboer <ruud.kloosterboer@vechtdalsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Hoi Stan en Melanie!

            Eindelijk weer een atelier, ik had 'm al gemist. Reken maar dat ik er ben - ik pak de trein van 12.46
            uit Zwolle, dus rond half twee sta ik bij de koffie.

            Tot dan!
            Ruud
            """
        ),
    },
    {
        "id": "d161-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fenna Zijlstra <f.zijlstra@gr-waddenwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Yes, staat in de agenda. F.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d161-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Deborah Whitfield-Kok <d.whitfield@amstelkring.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Mr Van de Laar, dear Ms Huurneman,

            Thank you for the kind invitation. I am pleased to confirm that I shall attend on 11 March, accompanied
            by one colleague, our head of HR.

            Kind regards,

            Deborah Whitfield-Kok
            Director of Operations | Werkorganisatie Amstelkring
            """
        ),
    },
    {
        "id": "d161-005",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tom Hargreaves-Bakker <tom.hargreaves@kromwaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Hi both,

            Gutted to miss this one - I'm in Lisbon for a Eurocities working group that entire week and there's no
            wriggling out of it. Do send me the write-up afterwards!

            Cheers,
            Tom
            """
        ),
    },
    {
        "id": "d161-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieve Vandenbroucke <lieve.vandenbroucke@grensparkbaarle.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik zal er zeker bij zijn. Ik kom met de wagen en breng een collega mee van onze dienst personeel, dus
            zet ons gerust met twee op de lijst.

            Met vriendelijke groeten,
            Lieve Vandenbroucke
            directeur bedrijfsvoering
            Werkorganisatie Grenspark Baarle
            """
        ),
    },
    {
        "id": "d161-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harrie van Gerwen <h.vangerwen@dommelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Da's goed geregeld, ik kom d'r aan. Ge hoeft voor mij geen plekske op de parkeerplaats vrij te
            houden, ik kom mee met den trein.

            Houdoe,
            Harrie van Gerwen
            Werkorganisatie Dommelstroom
            """
        ),
    },
    {
        "id": "d161-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jo Hermans <jo.hermans@maasdalpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ich kin d'r neet bie zien, sorry. Dae donderdig is de raodsvergadering euver de begroting en dao mót
            ich bie zitte.

            Groet,
            Jo Hermans
            """
        ),
    },
    {
        "id": "d161-009",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sytske de Boer <s.deboer@waddenkustmienskip.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goeie Stan,

            Ik kom graach nei Utrecht, dat liket my in moai ûnderwerp. Oant sjen!

            Sytske de Boer
            gemeentesecretaris-directeur Waddenkust Mienskip
            """
        ),
    },
    {
        "id": "d161-010",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Mulder <geert.mulder@hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Moi Melanie,

            Ik kin nait, dij dag mout ik noar Den Haag. Jammer, mooi onderwaarp.

            Groet'n,
            Geert Mulder
            """
        ),
    },
    {
        "id": "d161-011",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wilma Jonkers-Aydın <w.jonkers@rijnvalleisamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Helaas moet ik voor deze editie verstek laten gaan: de herinrichting van ons Klantcontactcentrum vraagt
            die week al mijn aandacht, en ik wil mijn teams daarin niet laten zitten.

            Met vriendelijke groet,
            Wilma Jonkers-Aydın
            directeur Dienstverlening, Samenwerking Rijnvallei
            """
        ),
    },
    {
        "id": "d161-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Evers <h.evers@oostmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik heb even moeten puzzelen. Op 11 maart stond 's middags oorspronkelijk ons DB-overleg, en dat is voor
            mij als secretaris niet over te slaan. Ik heb de voorzitter gevraagd of we het naar de ochtend kunnen
            halen en dat vond hij goed; de stukken moeten dan wel een dag eerder klaar zijn, maar dat lukt ons wel.
            Kortom: mijn middag is vrij en ik rij na de lunch naar Utrecht.

            Met vriendelijke groet,
            Hans Evers
            gemeentesecretaris-directeur Oostmarke
            """
        ),
    },
    {
        "id": "d161-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ineke Posthuma <ineke.posthuma@werkorganisatie-tjongerland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Jullie weten dat wij midden in de ontvlechting van onze werkorganisatie zitten: de raden van beide
            gemeenten besluiten in maart over de toekomst van de GR. De afgelopen weken zat ik vrijwel elke middag
            en avond bij fracties aan tafel, en de week van de 11e is daarop geen uitzondering. Hoe graag ik ook met
            collega's over eigenheid zou doorpraten - eerlijk gezegd is het precies mijn vraagstuk - het zit er
            deze keer gewoon niet in.

            Hartelijke groet,
            Ineke Posthuma
            """
        ),
    },
    {
        "id": "d161-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Oudshoorn <b.oudshoorn@lekstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Na de vorige keer kan ik het echt niet maken om er níet bij te zijn. Dus noteer me maar.

            Groet, Bram

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d161-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Timmer <marloes.timmer@duinenpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Het is niet zo dat ik geen zin heb, integendeel! Maar die donderdag ben ik niet in het land
            (studiereis naar Kopenhagen met het college), dus het wordt een nee van mijn kant.

            Groetjes,
            Marloes
            """
        ),
    },
    {
        "id": "d161-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Verbeek <koen.verbeek@heuvelrandoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, ik kom!

            ...

            Wacht, ik kijk nog even in mijn agenda: 11 maart is de begrotingsbehandeling bij ons. Dan dus toch niet,
            excuus voor de verwarring. Volgende keer beter.

            Groet,
            Koen Verbeek
            """
        ),
    },
    {
        "id": "d161-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Kamp <e.kamp@veluwerand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Brouwer laat ik u weten dat hij helaas niet aanwezig kan zijn bij het atelier. Op die
            datum ontvangt hij de gedeputeerde voor een werkbezoek.

            Met vriendelijke groet,

            Esther Kamp
            managementassistent directie
            Werkorganisatie Veluwerand
            """
        ),
    },
    {
        "id": "d161-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pim Loos <p.loos@bevelandensamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Dekkers komt graag; ik heb het atelier al in haar agenda gezet. Ze komt alleen, met de auto.

            Groet,
            Pim Loos
            secretariaat directie De Bevelanden Samen
            """
        ),
    },
    {
        "id": "d161-019",
        "kind": "other",
        "sender": "Marjolein Steur <m.steur@zaanoeversamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Excuus, ik reageer op de verkeerde mail. Wat ik wilde laten weten: het vooroverleg met de Adviesraad op
            2 maart kan ik niet bijwonen, dan zit ik bij de accountant. Over het atelier zelf hoor je nog van me.

            Gr,
            Marjolein Steur
            """
        ),
    },
    {
        "id": "d161-020",
        "kind": "other",
        "sender": "Sander Wijnands <s.wijnands@eemvallei-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Hallo,

            Wat de introducé betreft: ja, ik zou graag onze nieuwe concerncontroller meenemen als dat mag. Of ik er
            zelf bij kan zijn, weet ik nog niet; de raad plant mogelijk een extra vergadering in die week.

            Groet,
            Sander Wijnands
            """
        ),
    },
    {
        "id": "d161-021",
        "kind": "other",
        "sender": "Gerda Lubbers <g.lubbers@vechtstreek-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik zet het met potlood in mijn agenda. Zeker weten doe ik het pas na ons portefeuillehoudersoverleg eind
            februari; dan hoort u van mij of het een ja of een nee wordt.

            Met vriendelijke groet,
            Gerda Lubbers
            """
        ),
    },
    {
        "id": "d161-022",
        "kind": "other",
        "sender": "Paul de Ridder <pderidder@kempenzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Is het ook mogelijk om alleen online aan te sluiten, en doet u dan ook mee aan de groepsgesprekken? Ik
            hoor graag hoe dat geregeld is voordat ik me aanmeld.

            Met vriendelijke groet,
            Paul de Ridder
            """
        ),
    },
    {
        "id": "d161-023",
        "kind": "other",
        "sender": "Joyce Tahiri <j.tahiri@werkorganisatie-alblasmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom, met één gast. Wel een vraag vooraf: is de zaal in het Stadskantoor rolstoeltoegankelijk? Mijn
            collega die meegaat zit sinds kort in een rolstoel en ik wil dat graag vooraf goed geregeld hebben.

            Groet,
            Joyce Tahiri
            """
        ),
    },
    {
        "id": "d161-024",
        "kind": "other",
        "sender": "Frank Meijerink <frank.meijerink@grvalleiland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Als het geen bezwaar is dat ik om half vier weer weg moet (aansluitend heb ik een overleg in
            Amersfoort), kom ik graag. Laat u even weten of dat kan?

            Hartelijke groet,
            Frank Meijerink
            """
        ),
    },
    {
        "id": "d161-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Mol <d.mol@noorderkwartiersamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Zelf kan ik er niet bij zijn. In mijn plaats komt onze directeur Dienstverlening, Karin Oosterhuis
            (k.oosterhuis@noorderkwartiersamen.nl); zij heeft er zin in.

            Met vriendelijke groet,
            Dennis Mol
            """
        ),
    },
    {
        "id": "d161-026",
        "kind": "unsubscribe",
        "sender": "Wim Schouten <w.schouten@ijsselkringwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Nee, ik kom niet. Per 1 maart ga ik met pensioen en dan heeft het lidmaatschap voor mij ook geen zin
            meer. Haalt u mij maar uit het ledenbestand; het was me een genoegen.

            Met hartelijke groet,
            Wim Schouten
            """
        ),
    },
    {
        "id": "d161-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Niels Bouma <niels.bouma@lauwersland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Ik ben erbij! En mocht er ooit ruimte zijn voor een ander gesprek: ik zou graag eens sparren over hoe
            je de tevredenheid aan het loket meet zonder inwoners te overvoeren met enquêtes.

            Groet,
            Niels Bouma
            """
        ),
    },
    {
        "id": "d161-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anouk Verhagen <a.verhagen@delflandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Lukt niet, zit dan in Brussel. Gr Anouk

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d161-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Raghoebir <p.raghoebir@schielanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in - wouldn't miss it for the world.

            Best,
            Priya Raghoebir
            """
        ),
    },
    {
        "id": "d161-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Oliver Jansen-Reid <o.jansenreid@merwedeoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            Hi Melanie,

            I'll have to take a rain check on this one, I'm afraid: our council's budget session has landed on the
            very same afternoon. Next time for sure.

            Best wishes,
            Oliver
            """
        ),
    },
    {
        "id": "d161-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Simone Koch <simone.koch@bommelerweerdsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _SUBJECT,
        "body": _(
            """
            > Komt u?
            Ja, met z'n tweeën: mijn plaatsvervanger gaat ook mee.

            > Graag uw antwoord vóór 2 maart 2027.
            Bij deze, ruim op tijd :)

            Simone
            """
        ),
    },
    {
        "id": "d161-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Hoogendijk <bas.hoogendijk@krimpenerhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik neem niemand mee - maar ikzelf ben er natuurlijk wel bij. Tot de elfde!

            Bas Hoogendijk
            """
        ),
    },
    {
        "id": "d161-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvette Lammers <y.lammers@vierdorpen-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee maar, wat een mooi onderwerp! Dit gesprek voer ik al maanden in mijn eentje met vier
            burgemeesters. Ik kom zeker.

            Yvette
            """
        ),
    },
    {
        "id": "d161-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Reinier Altena <r.altena@gaasterlansamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas voor mijn MT, want dat moet het die donderdagmiddag zonder mij stellen: ik zit in Utrecht.

            Met vriendelijke groet,
            Reinier Altena
            """
        ),
    },
    {
        "id": "d161-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam Kuipers <mirjam.kuipers@zuidplasrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Vorige week mailde ik dat ik niet kon, maar ons stuurgroepoverleg is inmiddels verzet naar april. Zet u
            mij dus toch maar op de lijst voor de 11e.

            Groet,
            Mirjam Kuipers
            """
        ),
    },
    # --- under the reminder ---
    {
        "id": "d161-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Koster <a.koster@werkorganisatie-hoogeveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Het spijt me zeer, maar door ziekte van mijn plaatsvervanger moet ik donderdag op de winkel passen.
            Geeft u mijn plek en die van mijn gast maar aan iemand van de wachtlijst.

            Met vriendelijke groet,
            Arjen Koster
            """
        ),
    },
    {
        "id": "d161-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Vermeulen <marco.vermeulen@lingezegen-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Top, ik ben er gewoon. Tot donderdag!
            Marco
            """
        ),
    },
    {
        "id": "d161-038",
        "kind": "other",
        "sender": "Eline Sprengers <e.sprengers@westfriesesamenwerking.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Mijn gast komt helaas niet mee; zij moet die middag bij de rechtbank zijn voor een bezwaarzaak. Kunt u
            het aantal aanpassen?

            Dank, Eline
            """
        ),
    },
    {
        "id": "d161-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tjeerd Wiersma <t.wiersma@middelseesamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik had al half besloten af te zeggen vanwege de drukte rond de jaarrekening, maar ik heb het toch zo
            kunnen schuiven dat ik kom. Wel zonder gast: mijn collega is er niet bij.

            Groet,
            Tjeerd Wiersma
            """
        ),
    },
    {
        "id": "d161-040",
        "kind": "other",
        "sender": "Yvonne Bakels <y.bakels@peelrandwerkt.nl>",
        "quoted": "herinnering_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Hieronder de herinnering voor het atelier. De heer Gerritsen ligt sinds gisteren in het ziekenhuis en
            zal er donderdag dus niet zijn. Wilt u zijn plaats vrijgeven?

            Met vriendelijke groet,
            Yvonne Bakels
            office manager
            """
        ),
    },
    {
        "id": "d161-041",
        "kind": "other",
        "sender": "Rob Terlouw <rob.terlouw@hollandsdelta-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik probeer er te zijn, maar kan niets beloven: als de raadscommissie uitloopt, sluit ik misschien pas om
            vier uur aan, of alleen via Teams, of helemaal niet.

            Vriendelijke groet,
            Rob Terlouw
            """
        ),
    },
    {
        "id": "d161-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Smeets <d.smeets@geulland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste mensen,

            Ik beantwoord deze mail voor mijn directeur, mevrouw Yılmaz. Zij is met ziekteverlof en komt donderdag
            niet; haar gast ook niet.

            Met vriendelijke groet,
            Daan Smeets
            bestuursadviseur
            """
        ),
    },
    # --- under the date change ---
    {
        "id": "d161-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester Vonk <h.vonk@grootmeerlanden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            18 maart gaat mij helaas niet lukken, dan zit ik op het jaarcongres van de gemeentesecretarissen. Haal
            me dan maar van de wachtlijst af.

            Groet,
            Hester Vonk
            """
        ),
    },
    {
        "id": "d161-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Martijn Hoekstra <m.hoekstra@friesewouden-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the update. The 18th works just as well for me, so please keep me on the list.

            Kind regards,
            Martijn Hoekstra
            """
        ),
    },
    {
        "id": "d161-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anton Lagerwey <anton.lagerwey@kustzoom.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Eerder liet ik weten dat de 11e voor mij niet ging. Met de nieuwe datum ligt dat anders: 18 maart kan ik
            wél. Graag alsnog aanmelden.

            Met vriendelijke groet,
            Anton Lagerwey
            """
        ),
    },
    {
        "id": "d161-046",
        "kind": "other",
        "sender": "Lisette Brandsma <lisette.brandsma@eemlandsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Klopt het dat het nu in het Provinciehuis is en niet meer in het Stadskantoor? En kun je daar parkeren
            of kan ik beter de trein nemen?

            Groet, Lisette
            """
        ),
    },
    {
        "id": "d161-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karel Overduin <k.overduin@waterlandsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Niet dat ik op 18 maart niks anders te doen heb, maar dit wil ik niet laten schieten. Ik schuif aan.

            Karel Overduin
            """
        ),
    },
    # --- under the waiting-list mail ---
    {
        "id": "d161-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Huisman <c.huisman@berkellandsamen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Inmiddels heb ik op 11 maart een andere verplichting; u hoeft mij dus niet meer te
            laten weten als er een plaats vrijkomt.

            Met vriendelijke groet,
            Carla Huisman
            """
        ),
    },
    {
        "id": "d161-049",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs Roelofs <thijs.roelofs@sallandwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Prima, ik blijf graag op die wachtlijst staan en kom zodra er ruimte is - ook als dat op het laatste
            moment is, dat krijg ik wel vrijgemaakt.

            Gr, Thijs
            """
        ),
    },
    {
        "id": "d161-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Robbert Valk <r.valk@werkorganisatie-nieuwlandt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Laat die wachtlijst maar zitten, ik meld me bij het volgende atelier wat eerder aan. Op de mailinglijst
            blijf ik wel graag staan, hoor.

            Groet,
            Robbert Valk
            """
        ),
    },
    # --- under the substitute's invitation ---
    {
        "id": "d161-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Brink <n.brink@smitsamenwerking.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Dirk graag over; een gast neem ik niet mee, ik kom
            alleen.

            Met vriendelijke groet,
            Nadia Brink
            """
        ),
    },
    {
        "id": "d161-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erwin Stam <erwin.stam@smitsamenwerking.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dirk heeft mij wat voorbarig opgegeven: ik zit die middag zelf in een aanbestedingsgesprek dat niet te
            verzetten is. In zijn plaats komen zit er dus helaas niet in.

            Groet,
            Erwin Stam
            """
        ),
    },
    # --- new mails, calendar answers and an out-of-office ---
    {
        "id": "d161-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sietske Hofman <s.hofman@zeeverlaan.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart",
        "body": _(
            """
            Goedemorgen,

            Ik had nog niet gereageerd op de uitnodiging voor het atelier van 11 maart in Utrecht, maar ik kom
            graag.

            Met vriendelijke groet,
            Sietske Hofman
            directeur bedrijfsvoering Werkorganisatie Zeeverlaan
            """
        ),
    },
    {
        "id": "d161-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Plas <w.plas@texelstroom.nl>",
        "quote": "none",
        "subject": "Afmelding atelier maart",
        "body": _(
            """
            Beste secretariaat,

            Ik meld me af voor het atelier in maart; lid blijf ik uiteraard. De 11e zit ik met het MT op de hei op
            Ameland.

            Groet,
            Wouter Plas
            """
        ),
    },
    {
        "id": "d161-055",
        "kind": "other",
        "sender": "Sandra Ophof <s.ophof@gooiseweide.nl>",
        "quote": "none",
        "subject": "Aanwezigheid mevrouw Veldhuis 11 maart",
        "body": _(
            """
            Geachte heer Van de Laar,

            Graag laat ik u weten dat mevrouw Veldhuis op 11 maart aanwezig zal zijn bij het atelier. Zij neemt
            haar beleidsadviseur mee.

            Met vriendelijke groet,
            Sandra Ophof
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d161-056",
        "kind": "other",
        "sender": "Pieter-Jan Knol <pj.knol@dijkgraafsamen.nl>",
        "quote": "none",
        "subject": "Adviesraad 20 januari",
        "body": _(
            """
            Beste Melanie,

            Ik kan er helaas niet bij zijn op de vergadering van de Adviesraad op 20 januari; mijn weging van de
            suggesties stuur ik vooraf per mail. Sorry!

            Hartelijke groet,
            Pieter-Jan Knol
            """
        ),
    },
    {
        "id": "d161-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hendriksen <g.hendriksen@liemerswerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _SUBJECT,
        "body": _(
            """
            Graag tot dan, ik neem de trein vanuit Zevenaar.
            """
        ),
    },
    {
        "id": "d161-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Monique Aarts <m.aarts@brabantsewal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: " + _SUBJECT,
        "body": _(
            """
            Overlapt met ons bestuurlijk overleg, helaas.
            """
        ),
    },
    {
        "id": "d161-059",
        "kind": "other",
        "sender": "Laurens Drost <l.drost@vijfheerenstreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Voorlopig: " + _SUBJECT,
        "body": _(
            """
            Onder voorbehoud - hangt af van de raadsagenda, die nog niet vastligt.
            """
        ),
    },
    {
        "id": "d161-060",
        "kind": "autoreply",
        "sender": "Marieke Sloots <m.sloots@veenkoloniesamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben tot en met 6 maart afwezig en lees mijn mail niet. Voor dringende zaken kunt u contact opnemen
            met het directiesecretariaat, 0598 - 55 41 20.
            """
        ),
    },
]
# fmt: on
