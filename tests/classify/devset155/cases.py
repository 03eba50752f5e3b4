"""devset155: words of leaving that may or may not mean leaving; replies to our confirmation and welcome mails.

Directors, assistants and colleagues of fusion organisations who write about leaving: real leaves in indirect words
("voor mij heeft dit geen zin meer", a farewell mail), retirements and job changes with and without a request, a job
change that keeps the membership, a sabbatical pause, dropping one kind of mailing, declining the atelier with
"afmelden", hand-overs to a successor now or later, complaints, and answers to the confirmation mail that confirm
with a doubt or a question, come from someone else, or deny the sign-up. About half are look-alikes.

Conventions this set relies on (from the brief):
- Leaving the network, also in indirect words or together with declining the atelier, is `unsubscribe`; declining
  only the atelier ("ik moet me afmelden voor 11 maart"), also with a substitute, is `rsvp` False.
- A hand-over to a named successor now (with or without the successor's address, also under our goodbye) is
  `unsubscribe`; a hand-over for a later date while staying a member until then is `other`; a colleague reporting
  that someone left is `other`.
- Under the confirmation mail: an empty reply or a signature is `confirm`, a yes with a doubt but no question is
  `confirm`, a yes with a real question or request beside it is `other`, a yes from someone else's address is
  `other`; a plain denial, also one asking who did it, is `unsubscribe`; a denial asking where we got the address is
  `other`.
- An address change, a pause, dropping only one kind of mailing and asking whether one may stay are `other`;
  "lid blijven" under our goodbye is `subscribe`; an AVG erasure is `unsubscribe` with `erase`.
- Automatic "no longer employed here" mail is `autoreply` with the thread it answers; a delivery failure is `bounce`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- under the confirmation mail -------------------------------------------------------------
    {
        "id": "d155-001",
        "kind": "confirm",
        "sender": "Rob Tammeling <r.tammeling@lingeoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. R.J. (Rob) Tammeling
            algemeen directeur
            Werkorganisatie Linge-Oost | Postbus 40 | 4000 AA Tielwaard
            T 0344 - 61 22 00
            """
        ),
    },
    {
        "id": "d155-002",
        "kind": "confirm",
        "sender": "Saskia Brouwer-Elzinga <s.brouwer@werkorganisatie-hunzedal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuus, die eerste mail was bij mij in de ongewenste post beland. Bij dezen alsnog: ja.

            Saskia
            """
        ),
    },
    {
        "id": "d155-003",
        "kind": "confirm",
        "sender": "Gerrit-Jan Wolters <gj.wolters@debommelwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Mijn managementassistent heeft mij opgegeven, dat klopt helemaal. Akkoord wat mij betreft.

            GJ Wolters
            """
        ),
    },
    {
        "id": "d155-004",
        "kind": "confirm",
        "sender": "Lotte Verhagen <l.verhagen@samenwerkingsorganisatie-vlietland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Ik heb me niet zelf aangemeld -- dat heeft ons directiesecretariaat gedaan terwijl ik op vakantie was --
            maar het is prima zo. Ik doe graag mee.

            Hartelijke groet,
            Lotte Verhagen
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d155-005",
        "kind": "confirm",
        "sender": "Henk Mulderij <h.mulderij@gr-westerkwartier-zuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Bevestigd. Of ik over een jaar nog in deze functie zit, weet ik eerlijk gezegd niet: de
            gemeenschappelijke regeling wordt opnieuw tegen het licht gehouden. Maar zolang ik er zit, doe ik mee.

            H. Mulderij
            """
        ),
    },
    {
        "id": "d155-006",
        "kind": "confirm",
        "sender": "Yvonne Kastelein <y.kastelein@werkorganisatie-maaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorig jaar heb ik mij bij u uitgeschreven toen ik naar de provincie vertrok. Inmiddels ben ik terug op
            het oude nest, nu als algemeen directeur van de werkorganisatie Maaskant. Dus ja: ik bevestig mijn
            aanmelding, fijn om er weer bij te zijn.

            Yvonne
            """
        ),
    },
    {
        "id": "d155-007",
        "kind": "confirm",
        "sender": "Marco de Haan <m.dehaan@dal-en-heuvel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik stond op het punt dit te laten verlopen (weer een netwerk erbij...), maar een collega uit de regio
            raadde het me sterk aan. Vooruit dan: ja, ik bevestig.

            m.
            """
        ),
    },
    {
        "id": "d155-008",
        "kind": "unsubscribe",
        "sender": "Carla Spijkerman <c.spijkerman@gemeentenaaltwijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Deze aanmelding komt niet van mij; ik heb bij uw netwerk nergens om gevraagd.

            Met vriendelijke groet,
            C. Spijkerman
            """
        ),
    },
    {
        "id": "d155-009",
        "kind": "unsubscribe",
        "sender": "Pieter Boekestijn <p.boekestijn@odbr-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb mij hier niet voor opgegeven. Wie heeft dat namens mij gedaan? Het secretariaatsadres dat in uw
            mail staat, zegt mij niets.

            Pieter Boekestijn
            """
        ),
    },
    {
        "id": "d155-010",
        "kind": "other",
        "sender": "Annemieke Struijk <a.struijk@hartvanbrabant-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Geacht secretariaat,

            Ik heb me nergens aangemeld. Graag verneem ik op welke manier u aan dit e-mailadres bent gekomen;
            ik heb uw organisatie nooit mijn gegevens verstrekt.

            Met vriendelijke groet,
            mr. A.C. Struijk
            """
        ),
    },
    {
        "id": "d155-011",
        "kind": "unsubscribe",
        "sender": "Jeroen Plasmeijer <j.plasmeijer@ijsselvallei.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Laat u maar vervallen. Over twee weken zit ik hier niet meer, dan is het zonde van de moeite.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d155-012",
        "kind": "unsubscribe",
        "sender": "Deborah Kwakernaak <deborah.kwakernaak@werkorganisatie-oostvlieland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I did not request this and I'm not aware of anyone here doing so on my behalf. Please don't add me;
            I have no wish to join.

            Kind regards,
            Deborah Kwakernaak
            """
        ),
    },
    {
        "id": "d155-013",
        "kind": "other",
        "sender": "Ellen Vos (directiesecretariaat) <e.vos@werkorganisatie-eemboog.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Hierbij bevestig ik de aanmelding van mevrouw Okkerse. Zij is deze week met verlof en vroeg mij dit
            voor haar te regelen.

            Met vriendelijke groet,
            Ellen Vos
            Directiesecretariaat Werkorganisatie Eemboog
            """
        ),
    },
    {
        "id": "d155-014",
        "kind": "other",
        "sender": "Frans Udink <f.udink@achterhoek-midden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, bevestigd.

            Wel een vraag vooraf: per 1 september ga ik met vervroegd pensioen. Heeft het dan nog zin dat ik lid
            word, of kan mijn opvolger straks beter zelf instromen?

            Frans Udink
            """
        ),
    },
    {
        "id": "d155-015",
        "kind": "other",
        "sender": "Wouter Ketelaar <w.ketelaar@wo-langedijkstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd, dank.

            Ter info alvast: per 1 juli neemt Anouk Verbrugge (a.verbrugge@wo-langedijkstreek.nl) mijn functie
            over. Tot die tijd blijf ik gewoon lid; daarna mag zij mijn plek innemen.

            Groet, Wouter
            """
        ),
    },
    {
        "id": "d155-016",
        "kind": "other",
        "sender": "Naima Bouzid <n.bouzid@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik begin pas op 1 maart als directeur bij de werkorganisatie Duin en Polder; tot dan heb ik alleen dit
            privé-adres. Kan ik nu al bevestigen, of doe ik dat beter straks vanaf mijn werkadres?

            Met groet,
            Naima Bouzid
            """
        ),
    },
    {
        "id": "d155-017",
        "kind": "other",
        "sender": "Bart Heemskerk <b.heemskerk@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd hoor.

            Nog iets anders: Joost Ramaker van onze organisatie is eind vorig jaar vertrokken. Die staat
            waarschijnlijk nog bij jullie in het bestand.

            Bart
            """
        ),
    },
    {
        "id": "d155-018",
        "kind": "other",
        "sender": "Sander Brinkhuis <directeur@wo-rijnwaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Goedendag,

            Deze mailbox was van mijn voorganger, Wim Hoogendijk; hij is met pensioen. Ik ben sinds januari zijn
            opvolger en word graag lid. Kunt u de aanmelding op mijn naam zetten in plaats van de zijne?

            Sander Brinkhuis
            algemeen directeur Werkorganisatie Rijnwaarden
            """
        ),
    },
    {
        "id": "d155-019",
        "kind": "unsubscribe",
        "sender": "Trudy Oostindiër <t.oostindier@bedrijfsvoering-zeeuwsekust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Nee, dank u. Ik leg binnenkort mijn functie neer en heb geen behoefte aan nog een netwerk. Vriendelijk
            bedankt voor het aanbod.

            T. Oostindiër
            """
        ),
    },
    # --- under the welcome mail -----------------------------------------------------------------
    {
        "id": "d155-020",
        "kind": "other",
        "sender": "Koen Wiersema <k.wiersema@noordoostpolder-urk-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor dit hartelijke welkom. Ik kijk uit naar de eerste bijeenkomst en naar kennismaking met de
            collega's.

            Koen Wiersema
            """
        ),
    },
    {
        "id": "d155-021",
        "kind": "unsubscribe",
        "sender": "Inge Roodbeen <i.roodbeen@werkorganisatie-heuvelrug-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Bij nader inzien is dit toch niets voor mij: mijn agenda zit al vol met regionale overleggen en ik
            kom er eerlijk gezegd niet aan toe. Wilt u mij weer uitschrijven? Sorry voor het heen-en-weer.

            Inge
            """
        ),
    },
    {
        "id": "d155-022",
        "kind": "other",
        "sender": "Jasper Lindeboom <j.lindeboom@bbv-kempenland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Leuk, dank!

            Alleen: van mei tot en met oktober ben ik met sabbatical. Kunt u mij zolang op pauze zetten? Daarna pak
            ik het graag weer op.

            Jasper Lindeboom
            """
        ),
    },
    {
        "id": "d155-023",
        "kind": "other",
        "sender": "Marjolein Tuinstra <m.tuinstra@wo-dongeradeel.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Dank u. De uitnodigingen voor de ateliers ontvang ik graag, maar de oproepen om thema's aan te dragen
            mag u bij mij overslaan; daar kom ik in de praktijk toch nooit aan toe.

            M. Tuinstra
            """
        ),
    },
    {
        "id": "d155-024",
        "kind": "other",
        "sender": "Hans Dijkgraaf <h.dijkgraaf@gemeentelijke-werkorganisatie-gooi.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank. Voor de volledigheid: per 1 oktober ga ik met pensioen. Tot dan blijf ik graag lid; mijn opvolger
            is nog niet benoemd, die geef ik door zodra het rond is.

            Hans Dijkgraaf
            """
        ),
    },
    {
        "id": "d155-025",
        "kind": "unsubscribe",
        "sender": "Erik van Bruggen <e.vanbruggen@wo-zaanoever.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Ironisch: deze welkomstmail kwam binnen op mijn laatste werkdag. Mijn taken zijn overgegaan naar Sevda
            Karaca, s.karaca@wo-zaanoever.nl. Zij neemt mijn plek in het netwerk graag over.

            Groet,
            Erik
            """
        ),
    },
    {
        "id": "d155-026",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ria Hofstede <r.hofstede@werkorganisatie-drentsaa.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Van vertrekken is bij mij voorlopig geen sprake, dus ik denk meteen mee. Een onderwerp dat bij ons
            brandt: hoe houd je goede mensen vast na een fusie, als jonge collega's massaal naar de stad trekken?

            Ria Hofstede
            """
        ),
    },
    {
        "id": "d155-027",
        "kind": "other",
        "sender": "Willem Stoffels <w.stoffels@gr-heuvelland-zuid.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Grappige timing: precies deze week hoorde ik dat ik per 1 april directeur word van de werkorganisatie
            Kromme Rijnstreek. Ik blijf dus graag lid, maar dan op w.stoffels@krommerijnstreek-wo.nl; dit adres
            verdwijnt eind maart.

            Willem
            """
        ),
    },
    {
        "id": "d155-028",
        "kind": "other",
        "sender": "Annelies Groenewegen <a.groenewegen@adviesgroenewegen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de welkomstmail! Eerlijk is eerlijk: ik ben net afgezwaaid als directeur en werk nu als
            interim-adviseur voor verschillende werkorganisaties. Mag ik in die rol wel lid blijven?

            Kind regards / met vriendelijke groet,
            Annelies Groenewegen
            """
        ),
    },
    {
        "id": "d155-029",
        "kind": "unsubscribe",
        "sender": "Rudolf Hekman <r.hekman@samenwerking-oldambt-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik heb vorige maand al telefonisch laten weten dat ik niet mee wil doen. En nu krijg ik een
            welkomstmail?! Haal mij er alstublieft nu echt af.

            R. Hekman
            """
        ),
    },
    {
        "id": "d155-030",
        "kind": "unsubscribe",
        "sender": "Gonnie Bakhuis <g.bakhuis@wo-salland-west.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Even eerlijk: ik ben op 1 januari gestopt als gemeentesecretaris-directeur en de aanmelding is blijkbaar
            pas daarna verwerkt. Voor mij heeft dit dus geen zin meer.

            Gonnie Bakhuis
            """
        ),
    },
    {
        "id": "d155-031",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Theo Kroeze <t.kroeze@werkorganisatie-aa-en-hunze-noord.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn assistent heeft mij zonder overleg opgegeven en blijkbaar ook namens mij bevestigd. Schrijf mij
            uit en verwijder al mijn gegevens uit uw administratie, conform de AVG.

            T. Kroeze
            """
        ),
    },
    {
        "id": "d155-032",
        "kind": "other",
        "sender": "Sylvia Mertens <s.mertens@wo-peelrand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank! Stel dat ik er na een tijdje toch mee wil stoppen: hoe gaat afmelden dan precies? Ik wil niet
            ergens aan vastzitten waar ik lastig weer uit kom.

            Sylvia
            """
        ),
    },
    {
        "id": "d155-033",
        "kind": "unsubscribe",
        "sender": "Niels Vroegindeweij <n.vroegindeweij@lekstroom-werkorganisatie.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the warm welcome, but I've realised this was a mistake on my part: I'm programme manager,
            not a director, and my director is already a member. Please take me off the list again.

            Niels
            """
        ),
    },
    # --- declining the atelier, or more -----------------------------------------------------------
    {
        "id": "d155-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bernadette Schouten <b.schouten@wo-kaag-en-braassem-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik moet me helaas afmelden voor 11 maart: die middag is er een extra raadsvergadering over de
            begroting van de werkorganisatie.

            Groet,
            Bernadette
            """
        ),
    },
    {
        "id": "d155-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Jongsma <p.jongsma@friese-meren-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            afmelden svp, lig met koorts op de bank. volgende keer beter

            gr Pieter

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d155-036",
        "kind": "unsubscribe",
        "sender": "Lieke Smeding <l.smeding@wo-berkelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Nee helaas. En u mag mij meteen uit het netwerk halen: vanaf februari werk ik bij een ministerie,
            dus niet meer bij een fusieorganisatie.

            Lieke Smeding
            """
        ),
    },
    {
        "id": "d155-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Mensink <g.mensink@twentse-poort-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Zelf kan ik niet; mijn collega Hanneke Doornbos (h.doornbos@twentse-poort-wo.nl) komt in mijn plaats.
            Begrijp me goed: ik blijf lid, alleen deze keer niet.

            Gijs
            """
        ),
    },
    {
        "id": "d155-038",
        "kind": "unsubscribe",
        "sender": "Hilde Zandstra <h.zandstra@wo-waddenkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom niet, en ik zal ook niet meer komen: per 1 maart vertrek ik bij de werkorganisatie. Mijn
            opvolger, Ruud Alberda (r.alberda@wo-waddenkust.nl), neemt mijn lidmaatschap over en meldt zich vast
            zelf voor het atelier.

            Hilde Zandstra
            """
        ),
    },
    {
        "id": "d155-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjan Pronk <a.pronk@wo-vijfheerenlanden-noord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haal me maar van de wachtlijst af; er is inmiddels iets anders op die datum gepland. Verder blijf ik
            graag op de hoogte van jullie activiteiten.

            Arjan
            """
        ),
    },
    {
        "id": "d155-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carolien Huisman <c.huisman@gr-bergenopzoom-woensdrecht.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            De nieuwe datum komt mij niet uit; ik meld me dus af voor dit atelier.

            C. Huisman
            """
        ),
    },
    {
        "id": "d155-041",
        "kind": "other",
        "sender": "Leo Timmerman <l.timmerman@wo-goeree-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Over een paar maanden ga ik met pensioen. Mag ik mijn beoogde opvolger, Evelien Kok, op 11 maart
            meenemen, zodat ze alvast kennis kan maken met de collega's? Dan weet ik of ik ons met twee aanmeld.

            Hartelijke groet,
            Leo Timmerman
            """
        ),
    },
    {
        "id": "d155-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ank Veldhuizen <a.veldhuizen@wo-montferland-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik ben er zeker bij! Het wordt wel mijn laatste atelier als directeur, maar daarover vertel ik op de
            middag zelf meer.

            Ank
            """
        ),
    },
    # --- under our goodbye -----------------------------------------------------------------------
    {
        "id": "d155-043",
        "kind": "unsubscribe",
        "sender": "Maarten Grijpstra <m.grijpstra@wo-stichtse-lanen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, dank voor de snelle verwerking. U vroeg naar een opvolger: dat wordt Thijs Overdijk,
            t.overdijk@wo-stichtse-lanen.nl.

            Maarten Grijpstra
            """
        ),
    },
    {
        "id": "d155-044",
        "kind": "subscribe",
        "sender": "Esther Lammers <e.lammers@wo-land-van-cuijk-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet: ik had alleen het atelier van maart afgezegd, niet mijn lidmaatschap. Ik wil graag lid
            blijven.

            Esther
            """
        ),
    },
    {
        "id": "d155-045",
        "kind": "other",
        "sender": "Jan-Willem Ter Horst <jw.terhorst@wo-dinkelland-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dank voor de mooie jaren en de inspirerende middagen. Het ga jullie en het netwerk goed!

            Jan-Willem
            """
        ),
    },
    {
        "id": "d155-046",
        "kind": "subscribe",
        "sender": "Monique Aerts <m.aerts@wo-maas-en-waal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            lid blijven

            (een collega heeft dit in mijn naam gedaan zonder het mij te vragen)
            """
        ),
    },
    {
        "id": "d155-047",
        "kind": "unsubscribe",
        "sender": "Ronald Biesheuvel <r.biesheuvel@wo-alblasserwaard-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Prima zo. Mijn taken gaan over naar Fatima El Idrissi; zodra haar mailadres bekend is, meldt zij zich
            zelf bij u aan.

            R. Biesheuvel
            """
        ),
    },
    {
        "id": "d155-048",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Diederik Wamelink <d.wamelink@wo-overbetuwe-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank u. Wilt u dan ook al mijn gegevens definitief verwijderen? Ik wil niet dat mijn naam en adres
            nog ergens in een bestand blijven staan.

            D. Wamelink
            """
        ),
    },
    # --- new mails -------------------------------------------------------------------------------
    {
        "id": "d155-049",
        "kind": "unsubscribe",
        "sender": "Gerda Hoekstra <g.hoekstra@wo-smallingerland-oost.nl>",
        "quote": "none",
        "subject": "Pensioen",
        "body": _(
            """
            Geacht secretariaat,

            Sinds vorige week geniet ik van mijn pensioen. U kunt mij dus uit het ledenbestand halen; dit adres
            wordt binnenkort opgeheven.

            Met vriendelijke groet,
            Gerda Hoekstra
            """
        ),
    },
    {
        "id": "d155-050",
        "kind": "unsubscribe",
        "sender": "Cornelis van Rijswijk <c.vanrijswijk@wo-hollandsekroon-noord.nl>",
        "quote": "none",
        "subject": "Afscheid",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Na ruim achtendertig jaar in het openbaar bestuur sluit ik deze maand mijn loopbaan af. De ateliers van
            het netwerk waren voor mij altijd een plek om even stil te staan bij wat we eigenlijk aan het doen
            waren, en dat heb ik zeer gewaardeerd.

            Hiermee neem ik dan ook afscheid van het netwerk. Dank voor alles en veel succes met de volgende
            edities.

            Hartelijke groet,
            Cor van Rijswijk
            """
        ),
    },
    {
        "id": "d155-051",
        "kind": "other",
        "sender": "Petra Versteegh <p.versteegh@wo-krimpenerwaard-west.nl>",
        "quote": "none",
        "subject": "Vertrek directeur bedrijfsvoering",
        "body": _(
            """
            Goedemiddag,

            Onze directeur bedrijfsvoering, Karel Zwartjes, is per 1 februari vertrokken. Zijn mailbox wordt
            binnenkort opgeheven; ik dacht: laat ik het even melden.

            Met vriendelijke groet,
            Petra Versteegh
            teamleider bestuursondersteuning
            """
        ),
    },
    {
        "id": "d155-052",
        "kind": "other",
        "sender": "Ahmed Yilmaz <a.yilmaz@wo-rivierenland-oost.nl>",
        "quote": "none",
        "subject": "nieuw mailadres",
        "body": _(
            """
            Hallo,

            Ik ben overgestapt van de werkorganisatie Rivierenland-Oost naar de GR Lingewaal-Betuwe, nog steeds
            als directeur. Mijn huidige adres vervalt eind deze maand; wilt u voortaan a.yilmaz@gr-lingebetuwe.nl
            gebruiken?

            Groet,
            Ahmed
            """
        ),
    },
    {
        "id": "d155-053",
        "kind": "other",
        "sender": "Femke Rozendaal <femke.rozendaal@outlook.com>",
        "quote": "none",
        "subject": "Lidmaatschap na overstap",
        "body": _(
            """
            Beste secretariaat,

            Per 1 maart begin ik aan een nieuwe baan buiten het fusieveld, bij een woningcorporatie. Ik heb het
            netwerk altijd zo waardevol gevonden dat ik me afvraag of ik als toehoorder mag blijven. Of is het
            lidmaatschap echt aan de functie gebonden?

            Met hartelijke groet,
            Femke Rozendaal
            """
        ),
    },
    {
        "id": "d155-054",
        "kind": "unsubscribe",
        "sender": "Harm Knol <h.knol@wo-westerveld-zuid.nl>",
        "quote": "none",
        "subject": "VOOR DE DERDE KEER",
        "body": _(
            """
            Ik heb mij al drie keer afgemeld en toch komen uw mails nog steeds binnen. Ik verwacht dat dit nu
            eindelijk geregeld wordt.

            H. Knol
            """
        ),
    },
    {
        "id": "d155-055",
        "kind": "unsubscribe",
        "sender": "Joyce Mulder <j.mulder@wo-zuidplas-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerpen van mij dit keer, en ook niet meer in de toekomst: per 1 maart ben ik weg bij de
            werkorganisatie. U kunt mij van de lijst schrappen.

            Joyce Mulder
            """
        ),
    },
    {
        "id": "d155-056",
        "kind": "unsubscribe",
        "sender": "Vincent Adema <v.adema@wo-tytsjerksteradiel-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de mooie middag. Het was meteen mijn laatste: ik stap over naar een functie bij de provincie.
            Mijn opvolger Bram Kuipers (b.kuipers@wo-tytsjerksteradiel-oost.nl) neemt het stokje in het netwerk van
            me over.

            Vincent
            """
        ),
    },
    # --- automatic mail --------------------------------------------------------------------------
    {
        "id": "d155-057",
        "kind": "autoreply",
        "sender": "Mirjam Bosman <m.bosman@gemeentezuidwaarde.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben niet meer werkzaam bij de gemeente Zuidwaarde. Uw bericht wordt niet doorgestuurd.
            Voor vragen kunt u terecht bij info@gemeentezuidwaarde.nl of 14 0599.
            """
        ),
    },
    {
        "id": "d155-058",
        "kind": "autoreply",
        "sender": "Olaf Reinders <o.reinders@wo-hof-van-twente-noord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Tot 1 september ben ik met sabbatical en lees ik mijn mail niet. Voor zaken die niet kunnen wachten:
            neem contact op met het directiesecretariaat, 0547 - 85 85 85.
            """
        ),
    },
    {
        "id": "d155-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.wo-eemsdelta-zuid.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.wo-eemsdelta-zuid.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <w.dekker@wo-eemsdelta-zuid.nl>: host mx2.wo-eemsdelta-zuid.nl[10.4.2.7] said:
                550 5.1.1 <w.dekker@wo-eemsdelta-zuid.nl>: Recipient address rejected:
                User unknown in virtual mailbox table
            """
        ),
    },
]
# fmt: on
