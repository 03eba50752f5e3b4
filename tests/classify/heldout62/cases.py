"""heldout62: a year of mail from directors and staff of shared civil-service organisations in Friesland.

The writers run (or support the directors of) invented werkorganisaties in Zuidwest-Friesland and the Friese Wouden:
Sudermar, Wâldwurk, Kust en Klaai, De Trije Marren, Haskerwâlden, Swettehoeke, Gearwurking Westergoa, Bosk en Fean
and Noardlike Wâlden. The year runs from the autumn sign-ups and the call for themes, through the invitation,
the reminder and the change of date of the spring atelier, to the follow-up and the departures and hand-overs of the
summer. Writers range from stiff to chatty; some write from a phone, a few in Frisian or English, and the
secretaries of directors write on their behalf. Several people turn up more than once.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a decline taken back is a yes);
- leaving the network and declining the atelier in one mail is an unsubscribe; a decline with a substitute, or a
  decline that keeps the membership, is an rsvp False; the substitute's own yes is an rsvp True;
- a successor with address, or a successor named without an address yet, is an unsubscribe; a hand-over at a later
  date with "tot die tijd blijf ik lid" is other; a colleague reporting that someone left is other;
- an AVG erasure is an unsubscribe with erase, also when a question stands beside it; a request to see one's data
  is other;
- a plain denial under the confirmation mail (also asking who did it) is an unsubscribe; a denial that asks where
  the address came from is other; an empty reply or a signature alone under the confirmation is a confirm, a
  confirmation with a real question beside it is other;
- "lid blijven" under our goodbye is a subscribe; signing up one named colleague with the address is a subscribe;
- a topic proposed under any of our mails is a suggestion (also with a yes beside it), its themes those of the
  proposal and not of the situation told before it; backing another member's topic, or a wish about the form of
  the ateliers, is other; a reply under the call that only says the writer comes is an rsvp;
- an assistant's reply to the invitation is an rsvp, an assistant's new or forwarded mail about the director's
  attendance is other; a yes on a condition is other; a "nee" that only answers the guest question is other;
- calendar accept/decline is an rsvp; out-of-office, "no longer in use" and ticket systems are autoreply, delivery
  failures are bounce; replies to the follow-up carry the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------
    {
        "id": "h62-001",
        "kind": "subscribe",
        "sender": "Folkert Wiersma <f.wiersma@sudermar.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Geachte heer, mevrouw,

            Sinds 1 september ben ik algemeen directeur van Werkorganisatie Sudermar, de ambtelijke organisatie
            van de gemeenten Gaasterkust en Tsjûkemar. Mijn voorganger sprak met veel waardering over uw netwerk
            en de ateliers. Ik meld mij hierbij dan ook graag aan als lid.

            Met vriendelijke groet,

            drs. F.J. (Folkert) Wiersma
            Algemeen directeur
            Werkorganisatie Sudermar
            Postbus 112, 8530 AC Lemmerhoek
            T 0514 - 36 22 10
            """
        ),
    },
    {
        "id": "h62-002",
        "kind": "subscribe",
        "sender": "Hylkje Bosma <hylkjebosma@gmail.com>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, wil me graag inschrijven voor het directeurennetwerk. Ben per 1 feb gemeentesecretaris-directeur
            bij Wâldwurk (Achterwâld/Feanhuzen). Werkmail heb ik nog niet, voorlopig dit adres aub.
            Hylkje

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h62-003",
        "kind": "subscribe",
        "sender": "Marrit Jongsma <m.jongsma@kustenklaai.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur bedrijfsvoering",
        "body": _(
            """
            Goedemorgen,

            Per 1 november is Harmen Tjeerdsma bij ons begonnen als directeur bedrijfsvoering. Hij vroeg mij
            hem aan te melden voor het netwerk van directeuren; zijn adres is h.tjeerdsma@kustenklaai.nl.
            Zijn collega-directeur Rintje Hoogland is al jaren lid en was er altijd erg over te spreken.

            Alvast dank!

            Met vriendelijke groet,
            Marrit Jongsma
            Managementassistent directie
            Werkorganisatie Kust en Klaai
            """
        ),
    },
    {
        "id": "h62-004",
        "kind": "subscribe",
        "sender": "Sytse van der Wal <s.vanderwal@detrijemarren.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Hier is iets misgelopen: mijn secretaresse heeft mij afgemeld voor het atelier in maart, niet voor
            het netwerk zelf. Dat laatste was nooit de bedoeling. Lid blijven dus, graag!

            Groet,
            Sytse van der Wal
            Directeur De Trije Marren
            """
        ),
    },
    {
        "id": "h62-005",
        "kind": "subscribe",
        "sender": "Niamh Gallagher <n.gallagher@boskenfean.nl>",
        "quote": "none",
        "subject": "Membership - network of directors",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim managing director of GR Bosk en Fean, the joint organisation of
            Feanhuzen and Heechwâld. My Dutch is coming along but is not yet up to long emails, so please
            forgive the English. A colleague in Tsjûkemar recommended your network warmly and I would very much
            like to join.

            Kind regards,
            Niamh Gallagher
            Interim Managing Director | GR Bosk en Fean
            """
        ),
    },
    {
        "id": "h62-006",
        "kind": "subscribe",
        "sender": "Douwe Hiemstra <d.hiemstra@noardlikewalden.nl>",
        "quote": "none",
        "subject": "Oanmelding netwurk",
        "body": _(
            """
            Bêste minsken,

            Mei yngong fan dizze moanne bin ik direkteur fan de Útfieringsorganisaasje Noardlike Wâlden.
            Ik soe my graach oanmelde wolle as lid fan jimme netwurk.

            Mei freonlike groetnis,
            Douwe Hiemstra
            """
        ),
    },
    # --- confirmations -------------------------------------------------------------------------------------
    {
        "id": "h62-007",
        "kind": "confirm",
        "sender": "Jouke Kingma <j.kingma@haskerwalden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h62-008",
        "kind": "confirm",
        "sender": "Tjitske de Jong <t.dejong@swettehoeke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Met vriendelijke groet,

            Tjitske de Jong
            Gemeentesecretaris-directeur
            Werkorganisatie Swettehoeke
            Telefoon 0513 - 48 91 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. Aan dit bericht
            kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h62-009",
        "kind": "confirm",
        "sender": "Wiebe Zijlstra <wiebe.zijlstra@gearwurking-westergoa.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Klopt, die aanmelding kwam van mij (onze bestuurssecretaris heeft hem voor me ingeschoten).
            Bij dezen bevestigd.

            Wiebe
            """
        ),
    },
    {
        "id": "h62-010",
        "kind": "confirm",
        "sender": "Geartsje Feenstra <g.feenstra@waldwurk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Excuus, uw eerste mail is in de drukte rond de begrotingsbehandeling ondergesneeuwd. Alsnog dus:
            ja, ik word graag lid.

            Geartsje Feenstra
            Directeur Wâldwurk
            """
        ),
    },
    {
        "id": "h62-011",
        "kind": "confirm",
        "sender": "Auke Postmus <auke.postmus@sudermar.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Jawis, dat wie ik. Hjirby befêstige.

            Auke

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h62-012",
        "kind": "confirm",
        "sender": "Niamh Gallagher <n.gallagher@boskenfean.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, with thanks - that was indeed me signing up yesterday. Looking forward to my first atelier.

            Niamh
            """
        ),
    },
    # --- leaving -------------------------------------------------------------------------------------------
    {
        "id": "h62-013",
        "kind": "unsubscribe",
        "sender": "Anne-Marie Rypma <am.rypma@kustenklaai.nl>",
        "quote": "none",
        "subject": "Afmelden i.v.m. pensioen",
        "body": _(
            """
            Beste secretariaat,

            Na ruim veertig jaar openbaar bestuur, waarvan de laatste zeven als directeur van Kust en Klaai,
            heb ik vorige week afscheid genomen en geniet ik inmiddels van mijn pensioen. Wilt u mij uit het
            ledenbestand halen? Ik heb de ateliers altijd als een verrijking ervaren.

            Hartelijke groet,
            Anne-Marie Rypma
            """
        ),
    },
    {
        "id": "h62-014",
        "kind": "unsubscribe",
        "sender": "Rintje Hoogland <r.hoogland@kustenklaai.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voor 11 maart moet ik passen, en eigenlijk ook voor alles wat daarna komt: eind februari vertrek ik
            naar een functie bij het waterschap. Zet mij dus maar van de ledenlijst van het netwerk.
            Dank voor de goede jaren!

            Rintje
            """
        ),
    },
    {
        "id": "h62-015",
        "kind": "unsubscribe",
        "sender": "Liesbeth Koopmans <l.koopmans@haskerwalden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Sjoukje Bergsma, per 1 juni directeur
            bedrijfsvoering bij Haskerwâlden. Haar adres is s.bergsma@haskerwalden.nl. Ze weet ervan en kijkt
            al uit naar het eerstvolgende atelier.

            Groeten, Liesbeth
            """
        ),
    },
    {
        "id": "h62-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H. Bouma <h.bouma@gearwurking-westergoa.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij beëindig ik mijn lidmaatschap van het netwerk. Tevens verzoek ik u, met een beroep op
            artikel 17 van de Algemene verordening gegevensbescherming, alle persoonsgegevens die u van mij
            verwerkt te wissen, met inbegrip van deelnemerslijsten en eerdere correspondentie.

            Graag ontvang ik een bevestiging zodra dit is uitgevoerd.

            Met vriendelijke groet,

            H. Bouma
            """
        ),
    },
    {
        "id": "h62-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Froukje Nauta <froukje.nauta@boskenfean.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen "
            "op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hallo,

            Ik zie mijn naam en functie in het verslag staan, en dat staat gewoon openbaar op jullie site.
            Daar ben ik niet blij mee. Haal mij alsjeblieft uit het netwerk en wis alles wat jullie over mij
            hebben vastgelegd. En: hoe lang blijft dat verslag nog online staan?

            Froukje Nauta
            """
        ),
    },
    {
        "id": "h62-018",
        "kind": "unsubscribe",
        "sender": "J.W. Ferwerda <jw.ferwerda@swettehoeke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven. Wie heeft dit namens mij gedaan?

            J.W. Ferwerda
            """
        ),
    },
    {
        "id": "h62-019",
        "kind": "unsubscribe",
        "sender": "Marten Dijkstra <m.dijkstra@detrijemarren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mag ik van de lijst af? Ben per 1/12 naar de provincie overgestapt, dus geen fusiedirecteur meer.
            Succes met het atelier!

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h62-020",
        "kind": "unsubscribe",
        "sender": "Klaas Wijnstra <k.wijnstra@noardlikewalden.nl>",
        "quote": "none",
        "subject": "Lidmaatschap netwerk",
        "body": _(
            """
            Beste Melanie,

            Na zes jaar neem ik afscheid van Noardlike Wâlden. Mijn opvolger wordt Douwe Hiemstra; zijn
            mailadres hier wordt pas volgende week aangemaakt. Wil je mij alvast afmelden? Douwe meldt zich
            dan zelf bij jullie zodra hij een account heeft.

            Hartelijke groet,
            Klaas Wijnstra
            """
        ),
    },
    # --- RSVPs ---------------------------------------------------------------------------------------------
    {
        "id": "h62-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jouke Kingma <j.kingma@haskerwalden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ja, ik kom. Couleur locale is bij ons met vier dorpsraden en twee gemeenteraden precies het
            onderwerp van de dag, dus dat wil ik niet missen.

            Jouke
            """
        ),
    },
    {
        "id": "h62-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tjitske de Jong <t.dejong@swettehoeke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie, zie mijn antwoorden hieronder.

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            Met z'n tweeën: onze concerncontroller Baukje Terpstra gaat met mij mee.

            Tjitske
            """
        ),
    },
    {
        "id": "h62-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wiebe Zijlstra <wiebe.zijlstra@gearwurking-westergoa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Er is op dezelfde middag een extra raadsvergadering over de jaarrekening
            uitgeschreven en daar moet ik bij zijn. Geef mijn plek gerust aan iemand van de wachtlijst.

            Met vriendelijke groet,
            Wiebe Zijlstra
            """
        ),
    },
    {
        "id": "h62-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geartsje Feenstra <g.feenstra@waldwurk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Zelf zit ik die week met het college op werkbezoek in Brussel. Onze directeur sociaal domein, Anke
            Postma, gaat in mijn plaats: a.postma@waldwurk.nl. Zij heeft er veel zin in.

            Groet,
            Geartsje
            """
        ),
    },
    {
        "id": "h62-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Reitsma <s.reitsma@sudermar.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 "
            "maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda. Tot in Utrecht!
            """
        ),
    },
    {
        "id": "h62-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Niamh Gallagher <n.gallagher@boskenfean.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart "
            "2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Unfortunately this clashes with our algemeen bestuur meeting. I hope to make the autumn session.
            """
        ),
    },
    {
        "id": "h62-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Folkert Wiersma <f.wiersma@sudermar.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Laat die wachtlijstplek maar schieten, mijn 11 maart is inmiddels helemaal volgelopen. Volgende keer beter.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h62-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ynskje van Dijk <y.vandijk@gearwurking-westergoa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Dijkstra-Hoekstra laat ik u weten dat zij op 11 maart graag aanwezig is. Zij reist
            met de trein en loopt daardoor mogelijk een kwartiertje later binnen.

            Met vriendelijke groet,

            Ynskje van Dijk
            Directiesecretaresse
            Gearwurking Westergoa
            """
        ),
    },
    {
        "id": "h62-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anke Postma <a.postma@waldwurk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat fijn dat Geartsje aan mij dacht. Ik kom graag en heb de afspraak al in mijn agenda gezet.

            Hartelijke groet,
            Anke Postma
            Directeur sociaal domein Wâldwurk
            """
        ),
    },
    {
        "id": "h62-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wiebe Zijlstra <wiebe.zijlstra@gearwurking-westergoa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Even een correctie op mijn afzegging van vorige week: die extra raadsvergadering is naar april
            geschoven, dus ik kan er toch bij zijn. Als er nog een stoel vrij is, schuif ik graag aan.

            Wiebe
            """
        ),
    },
    {
        "id": "h62-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jouke Kingma <j.kingma@haskerwalden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, op 18 maart zit ik met het gezin in Oostenrijk. Voor deze keer moet ik dus afhaken,
            maar ik blijf uiteraard gewoon lid. Hopelijk tot het najaar.

            Jouke Kingma
            """
        ),
    },
    {
        "id": "h62-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Reitsma <s.reitsma@sudermar.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Een eigen onderwerp heb ik op dit moment niet; ik laat me graag verrassen door wat de anderen
            inbrengen. Maar op 11 maart ben ik er zeker bij.

            Sjoerd
            """
        ),
    },
    # --- topic suggestions ---------------------------------------------------------------------------------
    {
        "id": "h62-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pieter Sikkema <p.sikkema@detrijemarren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp voor maart: één planning-en-controlcyclus voor de hele werkorganisatie. Wij leveren
            nu drie varianten van elke tussenrapportage aan drie raden, en dat vreet capaciteit van ons
            financiële team. Ik ben benieuwd hoe anderen hun P&C-producten hebben gestroomlijnd en
            gedigitaliseerd.

            Met vriendelijke groet,
            Pieter Sikkema
            Directeur bedrijfsvoering De Trije Marren
            """
        ),
    },
    {
        "id": "h62-034",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Hylkje Bosma <h.bosma@waldwurk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            - AI-assistenten in het klantcontactcentrum: wat doen we er wel en niet mee richting inwoners
            - een stip op de horizon: waar staat onze werkorganisatie in 2035?

            Groet, Hylkje
            """
        ),
    },
    {
        "id": "h62-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Tjitske de Jong <t.dejong@swettehoeke.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de fijne middag en het heldere verslag. Aan mijn tafel ging het vooral over
            sturingsconcepten en de vraag of je met domeinen of met clusters moet werken; boeiend, maar voor
            ons ligt die discussie gelukkig achter ons.

            Voor de volgende keer zou ik graag stilstaan bij onze rol in de regio: de werkorganisatie wordt
            steeds vaker aan tafel gevraagd bij de Regiodeal Súdwest, terwijl het mandaat bij de colleges ligt.
            Hoe gaan anderen om met die positie tussen de gemeenten en de regio?

            Tjitske
            """
        ),
    },
    {
        "id": "h62-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harmen Tjeerdsma <h.tjeerdsma@kustenklaai.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Vacatures voor
            vergunningverleners en ICT'ers krijgen wij hier aan de kust nauwelijks nog gevuld. Ik zou graag met
            collega's bespreken hoe zij jonge professionals werven en vasthouden, bijvoorbeeld met
            traineeships of een gedeelde flexpool.

            Hartelijke groet,
            Harmen Tjeerdsma
            """
        ),
    },
    {
        "id": "h62-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Janke Holtrop <j.holtrop@swettehoeke.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            In maart ben ik er sowieso bij. Mijn onderwerp: hoe houd je de dienstverlening in de kleine dorpen
            op peil nu het laatste fysieke loket buiten de hoofdkern dicht is? Denk aan een mobiel loket, de
            bibliotheekbus of een medewerker die aan huis komt.

            Groet,
            Janke Holtrop
            """
        ),
    },
    {
        "id": "h62-038",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Lolkje Brouwer <l.brouwer@noardlikewalden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! En alvast iets voor een volgend atelier, mocht daar ruimte voor zijn: hoe houd je een
            langetermijnvisie voor de werkorganisatie overeind als er na de verkiezingen twee nieuwe colleges
            aantreden, elk met een eigen coalitieakkoord en eigen prioriteiten?

            Groet, Lolkje
            """
        ),
    },
    {
        "id": "h62-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pieter Sikkema <p.sikkema@detrijemarren.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog eentje erbij: informatiebeveiliging nu drie gemeenten op één netwerk draaien. Wie doet de
            ENSIA-verantwoording, wie tekent, en hoe regel je dat in het mandaatbesluit?

            Verzonden vanuit Outlook voor iOS
            """
        ),
    },
    {
        "id": "h62-040",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Niamh Gallagher <n.gallagher@boskenfean.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic I would love to discuss: how to measure how well we serve residents across two
            municipalities. We are building a shared dashboard (response times, first-time-right, resident
            satisfaction) and I'd like to hear which indicators others actually use, and which they dropped.

            Best,
            Niamh
            """
        ),
    },
    {
        "id": "h62-041",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Geartsje Feenstra <g.feenstra@waldwurk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan en Melanie,

            Bij ons staat de kostenverdeling van digitalisering hoog op de agenda. Achterwâld wil vol inzetten
            op digitale dienstverlening aan de voorkant, Feanhuzen wil eerst de basis op orde. Hoe verdelen
            andere werkorganisaties de kosten van ICT-investeringen als de deelnemende gemeenten zulke
            verschillende ambities hebben? Dat zou ik graag agenderen.

            Met vriendelijke groet,
            Geartsje Feenstra
            """
        ),
    },
    {
        "id": "h62-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Douwe Hiemstra <d.hiemstra@noardlikewalden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goeie,

            Myn foarstel foar it atelier: it Frysk yn de tsjinstferliening. Hoe soargje wy derfoar dat
            ynwenners dy't leaver Frysk prate, dat ek by it klantkontaktsintrum en yn brieven en formulieren
            dwaan kinne, sûnder dat it in soad ekstra wurk kostet?

            Groetnis,
            Douwe
            """
        ),
    },
    # --- automatic mail ------------------------------------------------------------------------------------
    {
        "id": "h62-043",
        "kind": "autoreply",
        "sender": "Lolkje Brouwer <l.brouwer@noardlikewalden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en "
            "inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met vrijdag 12 februari afwezig en lees mijn mail beperkt.
            Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0511 - 45 60 00 of
            directie@noardlikewalden.nl.

            Lolkje Brouwer
            """
        ),
    },
    {
        "id": "h62-044",
        "kind": "autoreply",
        "sender": "Tseard Visser <t.visser@boskenfean.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik ben met verlof tot maandag 4 januari. Uw e-mail wordt niet doorgestuurd.
            I am on leave until Monday 4 January. Your e-mail will not be forwarded.

            Tseard Visser
            """
        ),
    },
    {
        "id": "h62-045",
        "kind": "autoreply",
        "sender": "Evert Schaafsma <e.schaafsma@detrijemarren.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en "
            "inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Evert Schaafsma is niet langer werkzaam bij De Trije
            Marren. Uw bericht wordt niet doorgestuurd; voor algemene vragen kunt u terecht bij
            info@detrijemarren.nl.
            """
        ),
    },
    {
        "id": "h62-046",
        "kind": "autoreply",
        "sender": "Directie Swettehoeke <directie@swettehoeke.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[Zaak #SW-270318-044] Dank voor uw komst: Leer- en "
            "inspireer-atelier \"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder zaaknummer SW-270318-044. U ontvangt binnen vijf
            werkdagen een inhoudelijke reactie. Laat bij verdere correspondentie over deze zaak het zaaknummer
            in de onderwerpregel staan.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

            Werkorganisatie Swettehoeke - Team Directieondersteuning
            """
        ),
    },
    {
        "id": "h62-047",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mx2.gearwurking-westergoa.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.gearwurking-westergoa.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <a.vanderveen@gearwurking-westergoa.nl>: host mail.gearwurking-westergoa.nl[10.20.4.11]
                said: 550 5.1.1 <a.vanderveen@gearwurking-westergoa.nl>: Recipient address
                rejected: User unknown in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h62-048",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@haskerwalden.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij de volgende geadresseerde:

            l.koopmans@haskerwalden.nl
            Het e-mailadres bestaat niet of wordt niet meer gebruikt. Controleer het adres en probeer het
            opnieuw, of neem contact op met de geadresseerde op een andere manier.

            Diagnostische informatie voor beheerders:

            Genererende server: EX02.haskerwalden.local

            l.koopmans@haskerwalden.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # --- for the secretariat -------------------------------------------------------------------------------
    {
        "id": "h62-049",
        "kind": "other",
        "sender": "Sjoerd Reitsma <s.reitsma@sudermar.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Goedemiddag,

            Met de overstap naar een nieuwe mailomgeving verandert mijn adres per 1 mei van s.reitsma@sudermar.nl
            in sjoerd.reitsma@sudermar.nl. Willen jullie dat in het ledenbestand aanpassen, zodat de
            uitnodigingen goed aankomen?

            Dank en groet,
            Sjoerd Reitsma
            """
        ),
    },
    {
        "id": "h62-050",
        "kind": "other",
        "sender": "Janke Holtrop <j.holtrop@swettehoeke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik onze nieuwe concerncontroller mag meenemen. Zij is geen
            directeur, dus ik weet niet of dat de bedoeling is. Kunt u dat even laten weten? Dan geef ik ons
            daarna allebei definitief op.

            Janke
            """
        ),
    },
    {
        "id": "h62-051",
        "kind": "other",
        "sender": "Ynskje van Dijk <y.vandijk@gearwurking-westergoa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemorgen,

            Deze herinnering kwam binnen in de gedeelde mailbox van de heer Van der Veen. Ter informatie: hij
            is sinds 1 februari niet meer bij Gearwurking Westergoa werkzaam.

            Met vriendelijke groet,
            Ynskje van Dijk, directiesecretaresse
            """
        ),
    },
    {
        "id": "h62-052",
        "kind": "other",
        "sender": "mr. B. Hettinga <b.hettinga@swettehoeke.nl>",
        "quote": "none",
        "subject": "Verzoek inzage persoonsgegevens (art. 15 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Met een beroep op artikel 15 AVG verzoek ik om een overzicht van de persoonsgegevens die u in het
            kader van het netwerk van mij verwerkt, het doel daarvan, de ontvangers en de bewaartermijnen.
            Ik wil vooralsnog gewoon lid blijven; het gaat mij om inzicht.

            Met vriendelijke groet,

            mr. B. Hettinga
            Directeur bedrijfsvoering Werkorganisatie Swettehoeke
            """
        ),
    },
    {
        "id": "h62-053",
        "kind": "other",
        "sender": "Sytse van der Wal <s.vanderwal@detrijemarren.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Beste Stan,

            Per 1 september draag ik de directie van De Trije Marren over aan Wietske Dam
            (w.dam@detrijemarren.nl). Wil je haar vanaf die datum de uitnodigingen sturen? Tot die tijd blijf
            ik gewoon lid en lees ik mee.

            Groet,
            Sytse
            """
        ),
    },
    {
        "id": "h62-054",
        "kind": "other",
        "sender": "Auke Postmus <auke.postmus@sudermar.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen inhoudelijk onderwerp deze keer, wel een wens over de vorm: kan het atelier eens in het
            noorden worden gehouden, bijvoorbeeld in het gemeentehuis in Lemmerhoek? Voor ons is Utrecht heen
            en terug al gauw vier uur in de auto. Een ochtendprogramma met lunch zou ook schelen.

            Groeten,
            Auke Postmus
            """
        ),
    },
    {
        "id": "h62-055",
        "kind": "other",
        "sender": "Marrit Jongsma <m.jongsma@kustenklaai.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            De heer Tjeerdsma vroeg mij door te geven dat hij op 11 maart helaas verhinderd is; hij heeft die
            middag bestuurlijk overleg met de provincie.

            Met vriendelijke groet,
            Marrit Jongsma
            """
        ),
    },
    {
        "id": "h62-056",
        "kind": "other",
        "sender": "Lolkje Brouwer <l.brouwer@noardlikewalden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Nee hoor, geen gast. In de herinnering staat "met 1 gast", maar ik heb niemand opgegeven. Volgens
            mij is er in jullie lijst iets verschoven.

            Lolkje
            """
        ),
    },
    {
        "id": "h62-057",
        "kind": "other",
        "sender": "G. Sijbesma <g.sijbesma@boskenfean.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Ik heb mij niet bij uw netwerk aangemeld en het adres secretariaat.directie@werkorganisatie-bbr.nl
            zegt mij niets. Hoe komt u aan mijn e-mailadres?

            G. Sijbesma
            """
        ),
    },
    {
        "id": "h62-058",
        "kind": "other",
        "sender": "Evert Schaafsma <e.schaafsma@detrijemarren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik las op LinkedIn dat Pieter Sikkema de P&C-cyclus wil agenderen. Daar sluit ik me volmondig bij
            aan; zelf heb ik niets toe te voegen. Tel mijn stem maar bij de zijne.

            Evert
            """
        ),
    },
    {
        "id": "h62-059",
        "kind": "other",
        "sender": "Wietske Dam <w.dam@detrijemarren.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            > Wilt u uw aanmelding bevestigen?
            Ja, bij dezen.

            Wel een vraag: ik begin pas per 1 september als directeur. Mag ik in de tussentijd al naar een
            atelier komen, of kan ik beter wachten tot mijn aanstelling ingaat?

            Wietske Dam
            """
        ),
    },
]
# fmt: on
