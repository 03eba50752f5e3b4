"""devset170: writers whose Dutch is not the textbook kind, across every kind of mail.

Flemish and Belgian directors working in Dutch werkorganisaties ("gelieve", "inschrijven", "verwittigen", "doorgaan"),
German and English-speaking interim managers who write in their own language, in halting Dutch or in a mix of both,
directors for whom Dutch is a second language (wrong articles, word order), Frisian, Limburgs, Brabants and Gronings
touches, Dutch and English mixed within one sentence, and mail that is plainly machine-translated. The situations
cover sign-ups, confirmations, leaving and hand-overs, answers to the invitation, topics, questions and automatic
mail, so that the unusual language lands on every label.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. Flemish "inschrijven" for the network is a sign-up; "uitschrijven voor de
  sessie" while staying a member is a decline of the atelier (rsvp False), not leaving.
- Leaving the network and declining in one mail is an unsubscribe; a named successor with or without an address is an
  unsubscribe (a hand-over); a hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague
  reporting that the director left is other.
- A topic under any of our mails is a suggestion, also when the writer says they come; a proposal about place or form
  of the ateliers, backing another member's topic and "I'll let you know" are other.
- An AVG/GDPR erasure is an unsubscribe with erase, also with a question beside it; a request to see one's data is
  other. A plain denial under the confirmation is an unsubscribe, one that asks where the address came from is other.
- A confirmation with a real question beside it, a yes on a condition, an assistant's forwarded or new mail about the
  director's attendance and an address change are other; an assistant replying to the invitation is an rsvp.
- "Lid blijven" under our goodbye is a subscribe; a substitute named in a decline keeps it an rsvp False; calendar
  accepts and declines are rsvps. Out-of-office and "no longer in use" are autoreplies, delivery failures bounces.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe -------------------------------------------------------------------------------------------------
    {
        "id": "d170-001",
        "kind": "subscribe",
        "sender": "Graham Whitfield <g.whitfield@werkorganisatie-vechtstroom.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Good morning,

            Last Monday I started as interim general director at Werkorganisatie Vechtstroom, the shared
            organisation of three councils along the river. One of my fellow interim managers spoke highly of your
            ateliers and suggested I join.

            Could you please add me as a member, using this address? My Dutch is coming along but reading is still
            much quicker than writing, hence the English - apologies for that.

            Kind regards,
            Graham Whitfield
            Interim General Director | Werkorganisatie Vechtstroom
            """
        ),
    },
    {
        "id": "d170-002",
        "kind": "subscribe",
        "sender": "Pieter-Jan Vandeputte <pj.vandeputte@scheldepolder.nl>",
        "quote": "none",
        "subject": "Inschrijving netwerk directeuren",
        "body": _(
            """
            Goeiemiddag,

            Graag had ik mij ingeschreven op jullie netwerk. Sinds februari ben ik algemeen directeur van de
            werkorganisatie Schelde-Polder, waarin twee Zeeuws-Vlaamse gemeenten samenwerken. Voordien was ik
            twaalf jaar algemeen directeur van een Oost-Vlaamse stad, dus het Nederlandse fusielandschap is voor mij
            nog wat nieuw; een netwerk van collega's komt dan ook zeer gelegen.

            Jullie mogen dit adres gebruiken.

            Met vriendelijke groeten,
            Pieter-Jan Vandeputte
            GSM +32 476 21 08 93
            """
        ),
    },
    {
        "id": "d170-003",
        "kind": "subscribe",
        "sender": "Bartosz Nowicki <b.nowicki@gr-dommeldal.nl>",
        "quote": "none",
        "subject": "aanmelding collega",
        "body": _(
            """
            Beste secretariaat,

            Ik wil graag mijn collega aanmelden voor de netwerk. Zij heet Agnieszka Wróbel en is sinds deze maand
            de nieuwe directeur bedrijfsvoering bij ons in de GR Dommeldal. Haar mail adres is
            a.wrobel@gr-dommeldal.nl. Zij was in vakantie toen ik het over jullie vertelde, daarom doe ik het voor
            haar.

            Dank u wel en groet,
            Bartosz Nowicki
            algemeen directeur GR Dommeldal
            """
        ),
    },
    {
        "id": "d170-004",
        "kind": "subscribe",
        "sender": "Katharina Brenneisen <k.brenneisen@werkorganisatie-grensland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Guten Tag,

            dit is een misverständnis. Mijn Sekretariat heeft bij het opruimen van mijn Postfach de verkeerde
            knop gebruikt. Ik wil graag lid blijven - bitte machen Sie die Afmeldung rückgängig.

            Mit freundlichen Grüßen / met vriendelijke groet
            Katharina Brenneisen
            """
        ),
    },
    {
        "id": "d170-005",
        "kind": "subscribe",
        "sender": "Sjoerd Hoekstra <s.hoekstra@waadkust.frl>",
        "quote": "none",
        "subject": "Oanmelding netwurk",
        "body": _(
            """
            Goeie,

            Ik wol my graach oanmelde foar jimme netwurk fan direkteuren. Sûnt 1 maaie bin ik algemien direkteur
            fan de wurkorganisaasje Waadkust, dêr't twa gemeenten oan 'e kust yn gearwurkje. In kollega út
            Drachten wiisde my op jimme ateliers.

            Dit adres mei brûkt wurde.

            Mei freonlike groetnis,
            Sjoerd Hoekstra
            """
        ),
    },
    {
        "id": "d170-006",
        "kind": "subscribe",
        "sender": "Aurelio Benedetti <a.benedetti@samenwerking-kromrijn.nl>",
        "quote": "none",
        "subject": "Registratie als lid",
        "body": _(
            """
            Geachte heer/mevrouw,

            Ik schrijf u om mijzelf te registreren als lid van uw netwerk. Ik ben de nieuwe directeur operaties van
            de gedeelde dienstverleningsorganisatie Kromme Rijn, die de administratieve ondersteuning levert aan
            drie gemeenten. Ik zou het op prijs stellen als u mij wilt toevoegen aan uw verzendlijst voor de
            toekomstige bijeenkomsten.

            Ik dank u bij voorbaat voor uw vriendelijke aandacht.

            Met vriendelijke groeten,
            Aurelio Benedetti

            [Dit bericht werd automatisch vertaald uit het Italiaans]
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------------
    {
        "id": "d170-007",
        "kind": "confirm",
        "sender": "Joris Van den Broeck <j.vandenbroeck@kempenland-noord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            --
            Joris Van den Broeck
            algemeen directeur
            Werkorganisatie Kempenland-Noord
            T +31 497 58 21 00 | M +32 495 33 71 20
            """
        ),
    },
    {
        "id": "d170-008",
        "kind": "confirm",
        "sender": "Fiona McAllister <f.mcallister@zeekant-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that is my address and I'd like to receive your mailings. Happy to confirm.

            Best wishes,
            Fiona
            """
        ),
    },
    {
        "id": "d170-009",
        "kind": "confirm",
        "sender": "Anke Dijkstra <a.dijkstra@wurkferban-mar.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Befêstige! Sorry foar it lette antwurd, jimme earste mail wie yn de map mei net-winske post telâne
            kommen.

            Groetnis,
            Anke
            """
        ),
    },
    {
        "id": "d170-010",
        "kind": "confirm",
        "sender": "Oleksandr Hrytsenko <o.hrytsenko@drechtoevers.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste heer/mevrouw,

            Hierbij bevestig ik dat dit elektronische postadres aan mij toebehoort en dat ik uw communicatie
            wens te ontvangen.

            Met de beste wensen,
            O. Hrytsenko
            (vertaald met DeepL)
            """
        ),
    },
    {
        "id": "d170-011",
        "kind": "confirm",
        "sender": "Katrin Oberhauser <k.oberhauser@amstelgouw.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, das bin ich - ik bevestig dus graag. Entschuldigung voor mijn Nederlands, ik werk pas drie
            maanden in Nederland.

            Gruß,
            Katrin Oberhauser
            """
        ),
    },
    {
        "id": "d170-012",
        "kind": "confirm",
        "sender": "Geert Bolhuis <geert.bolhuis@ommelandenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Moi! Bevestigd hoor. Zat in mien spam, vandoar dat het eem duurde.

            Geert
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------------
    {
        "id": "d170-013",
        "kind": "unsubscribe",
        "sender": "Sofie Verhaegen <s.verhaegen@werkorganisatie-axelhulst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Gelieve mij uit te schrijven uit jullie mailinglijst. Ik keer eind augustus terug naar België, waar ik
            als algemeen directeur bij een OCMW-vereniging begin. Wie mij hier opvolgt, is nog niet gekend.

            Bedankt voor de fijne contacten de afgelopen jaren.

            Met vriendelijke groeten,
            Sofie Verhaegen
            """
        ),
    },
    {
        "id": "d170-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Richard Ashworth <richard.ashworth@lindeveld.nl>",
        "quote": "none",
        "subject": "GDPR - erasure request",
        "body": _(
            """
            Dear secretariat,

            My assignment at Lindeveld has come to an end. Please remove me from the network and, under Article 17
            GDPR, erase all personal data you hold about me - name, address, attendance records, the lot.

            Out of curiosity: how long do you normally keep the details of people who have left? I'd like to know
            for our own retention policy.

            Regards,
            Richard Ashworth
            """
        ),
    },
    {
        "id": "d170-015",
        "kind": "unsubscribe",
        "sender": "Jens Wolterink <j.wolterink@achterhoekwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb mij niet aangemeld. Wer hat das gemacht? Stuur mij alstublieft niets meer.

            J. Wolterink
            """
        ),
    },
    {
        "id": "d170-016",
        "kind": "unsubscribe",
        "sender": "Claire Hendry <c.hendry@werkorganisatie-lekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Bad timing: my interim assignment ends this Friday, so I won't be around for the March atelier. From
            next week Marloes Dijkhuizen takes over as general director; her address is
            m.dijkhuizen@werkorganisatie-lekdal.nl. Could you take me off the list and put her on instead? She
            knows it's coming.

            Thanks for having me, it was a good network to be part of.

            Claire
            """
        ),
    },
    {
        "id": "d170-017",
        "kind": "unsubscribe",
        "sender": "Nadia El Khattabi <n.elkhattabi@hollandsmidden-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Ik kan niet komen op 11 maart, en ik wil ook geen mail meer krijgen van het netwerk want ik heb nu
            andere functie bij de provincie, niet meer directeur bij werkorganisatie. Wilt u mij uit de lijst
            halen?

            Vriendelijk groet,
            Nadia El Khattabi
            """
        ),
    },
    {
        "id": "d170-018",
        "kind": "unsubscribe",
        "sender": "Tomasz Zielinski <t.zielinski@gr-veenstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte,

            Ik zou mij willen uitschrijven van deze distributielijst. Ik ben niet langer in de positie van
            directeur en het is daarom niet meer relevant voor mij om deze berichten te ontvangen. Dank u voor uw
            begrip en voor de waardevolle bijeenkomsten.

            Hoogachtend,
            T. Zielinski
            """
        ),
    },
    {
        "id": "d170-019",
        "kind": "unsubscribe",
        "sender": "Harrie van den Akker <h.vandenakker@peelkempen-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Goeiendag,

            Geen thema van mijn kant dit keer: per 1 juni ga ik met pensioen, dus haal me maar van de lijst. Mijn
            opvolger wordt Ties van Gerwen, zijn mailadres krijg ik pas als hij in dienst is. Dan laat ik hem zelf
            aanmelden.

            Houdoe en bedankt,
            Harrie
            """
        ),
    },
    {
        "id": "d170-020",
        "kind": "unsubscribe",
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-berkelland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Thanks, all clear. Wat betreft the successor: mijn seat gaat naar Ruben Achterberg, he starts 1 April,
            r.achterberg@werkorganisatie-berkelland.nl. Would be great als jullie hem meteen meenemen.

            Cheers,
            Ingeborg
            """
        ),
    },
    # --- rsvp: coming ----------------------------------------------------------------------------------------------
    {
        "id": "d170-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Griet Vermeulen <g.vermeulen@maaskempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Ik zal er zijn! Schrijf mij maar alvast in voor 11 maart, ik heb de namiddag vrijgehouden.

            Tot dan,
            Griet
            """
        ),
    },
    {
        "id": "d170-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Owen Pritchard <o.pritchard@tweestromenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in - and I'll bring one colleague along, our head of finance, who's keen to hear how others
            handle the local flavour of each council.

            Owen
            """
        ),
    },
    {
        "id": "d170-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hindrik Postma <h.postma@sudwestkust.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Moai tema. Ik kom graach; ik nim de trein fan Ljouwert, dus ik bin der op tiid.

            Oant sjen,
            Hindrik Postma

            Stjoerd fan myn iPhone
            """
        ),
    },
    {
        "id": "d170-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Matthias Kröger <m.kroeger@werkorganisatie-oostgrens.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sehr geehrte Damen und Herren,

            ja, ik kom, ich freue mich darauf. Ik neem twee personen mee: mijn plaatsvervanger en onze
            controller. Wir sind also mit drei Personen.

            Mit freundlichen Grüßen
            Matthias Kröger
            Direktor / algemeen directeur
            """
        ),
    },
    {
        "id": "d170-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hannah Wexley <h.wexley@gr-rivierenhof.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Looking forward to it - first atelier for me.
            """
        ),
    },
    {
        "id": "d170-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatma Yildiz <f.yildiz@werkorganisatie-amstelland-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik ben de secretaresse van meneer Van Dongen. Hij komt naar de atelier op 11 maart, alleen, zonder
            gast. Ik heb het in zijn agenda gezet.

            Met vriendelijk groet,
            Fatma Yildiz
            secretariaat directie
            """
        ),
    },
    {
        "id": "d170-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Samuel Okafor <s.okafor@deltadorpen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thanks - I'm happy to stand in for Dirk and will be there on the 11th, with the guest he mentioned. I
            follow Dutch well enough in a conversation, so no need to adapt anything for me.

            Kind regards,
            Samuel Okafor
            """
        ),
    },
    {
        "id": "d170-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yusuf Demirci <y.demirci@werkorganisatie-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hoi, die nieuwe datum 18 maart works for me, actually beter dan de 11e. Dus nog steeds: ja, ik kom.
            I'll keep the afternoon free voor als er een plek vrijkomt.

            Yusuf
            """
        ),
    },
    # --- rsvp: not coming ------------------------------------------------------------------------------------------
    {
        "id": "d170-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Declercq <b.declercq@werkorganisatie-zwinstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Op 11 maart ben ik helaas verhinderd wegens een gemeenteraad die verplaatst werd. Ik laat mij
            vervangen door mijn adjunct-directeur, Lies De Smedt (lies.desmedt@werkorganisatie-zwinstreek.nl);
            zij zal er zijn in mijn plaats.

            Met vriendelijke groeten,
            Bart Declercq
            """
        ),
    },
    {
        "id": "d170-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Elena Popescu <e.popescu@gr-heuvelrug-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste organisatoren,

            Helaas zal ik niet in staat zijn om de werkplaats bij te wonen vanwege een onvoorziene verplichting
            die zich heeft voorgedaan. Gelieve mijn plaats te geven aan een persoon op de wachtlijst.

            Met hartelijke groeten,
            Elena Popescu
            """
        ),
    },
    {
        "id": "d170-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Goossens <w.goossens@baarlebrabant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goeiedag,

            Gelieve mij uit te schrijven voor de sessie van 11 maart; er is bij ons die dag een bezoek van de
            provinciegouverneur voorzien. Ik blijf uiteraard graag lid van het netwerk en hoop er in het najaar
            terug bij te zijn.

            Mvg,
            Wim Goossens
            """
        ),
    },
    {
        "id": "d170-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ulrike Hasenkamp <u.hasenkamp@werkorganisatie-twentewest.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Abgelehnt: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Leider bin ich an diesem Tag im Urlaub. Nächstes Mal gerne wieder.
            """
        ),
    },
    {
        "id": "d170-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Ramdin <d.ramdin@werkorganisatie-westkaag.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas, clash met een extra council meeting over de begroting, so I'll have to pass this time. De
            volgende ben ik er zeker bij!

            Dennis
            """
        ),
    },
    {
        "id": "d170-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jo Hermans <jo.hermans@heuvelland-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Haol mich mer vaan de wachlies aof, ich kin op 11 miert toch neet. Dank uch en tot de volgende kieër!

            Groetjes,
            Jo
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------------
    {
        "id": "d170-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kristof Van Acker <k.vanacker@werkorganisatie-reigersbos.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Een onderwerp dat mij na aan het hart ligt: hoe ga je om met een deelnemende gemeente die uit de
            samenwerking wil stappen? Bij ons overweegt een van de drie partners de GR op te zeggen, en ik zou
            graag horen hoe collega's zo'n uittreding hebben begeleid of net hebben kunnen vermijden.

            Met vriendelijke groeten,
            Kristof Van Acker
            """
        ),
    },
    {
        "id": "d170-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Philip Hargreaves <p.hargreaves@werkorganisatie-duinkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion:
            - one ERP and case-management platform for three councils that each want their own workflows: how
              have others kept the IT landscape from splintering?

            Happy to share our own (mixed) experience on the day.

            Philip Hargreaves
            interim directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d170-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Trijntje Bosma <t.bosma@gr-lauwersmar.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hjir myn ûnderwerp foar it atelier: hoe soargje wy derfoar dat ynwenners harren saken yn it Frysk
            regelje kinne oan it lokket, no't ús wurkorganisaasje trije gemeenten betsjinnet en in soad
            meiwurkers fan bûten de provinsje komme?

            Mei freonlike groetnis,
            Trijntje Bosma
            """
        ),
    },
    {
        "id": "d170-038",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Frank Biermann <f.biermann@werkorganisatie-ijsselvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Guten Tag,

            meine Vorschläge, een per regel:
            1. Langfristige Vision: waar staat onze werkorganisatie in 2035, en wie bepaalt dat eigentlich?
            2. Fachkräftemangel: hoe houden wij vakmensen vast als de markt ze overal weghaalt?

            Gruß
            Frank Biermann
            """
        ),
    },
    {
        "id": "d170-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mihai Ionescu <m.ionescu@werkorganisatie-langstraat-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte organisatoren,

            Dank u voor de leerzame middag. Voor de volgende editie zou ik het onderwerp willen voorstellen van het
            beheer van de hybride werkomgeving en de impact daarvan op de organisatiecultuur, in het bijzonder
            wanneer medewerkers van verschillende voormalige gemeenten elkaar zelden fysiek ontmoeten.

            Met de meeste hoogachting,
            Mihai Ionescu
            """
        ),
    },
    {
        "id": "d170-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Laura Brinkhorst <l.brinkhorst@viergemeentenwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Thanks for the warm welcome! Eén topic dat ik graag een keer zou bespreken: hoe zorg je dat four
            councils zich allemaal eigenaar blijven voelen van één werkorganisatie, zonder dat de grootste
            gemeente de agenda bepaalt? Curious how others manage that balance.

            Laura
            """
        ),
    },
    {
        "id": "d170-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rachid Bouazza <r.bouazza@werkorganisatie-gooiwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kom graag. En ik heb idee voor onderwerp: hoe meten wij de tevredenheid van inwoners in alle
            gemeenten op de zelfde manier? Bij ons elke gemeente doet het anders, dus wij kunnen de cijfers niet
            vergelijken.

            Groet,
            Rachid Bouazza
            """
        ),
    },
    {
        "id": "d170-042",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annelies Peeters <a.peeters@werkorganisatie-kanaalzone.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag,

            Nog een bijkomend voorstel, indien het nog kan: hoe hertekenen we onze meerjarenstrategie wanneer na de
            verkiezingen drie nieuwe colleges elk andere bestuurlijke prioriteiten leggen?

            Alvast bedankt,
            Annelies
            """
        ),
    },
    {
        "id": "d170-043",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Daniel Forsythe <d.forsythe@gr-vlietlanden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon. For next time: AI in the front office. We're piloting a chatbot that
            answers residents' questions for all three councils, and it turns out to be as much about redesigning
            our internal processes and roles as about the service residents get. I'd love to compare notes on
            both sides of that.

            Daniel Forsythe
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------------
    {
        "id": "d170-044",
        "kind": "other",
        "sender": "Megan O'Rourke <m.orourke@werkorganisatie-waterland-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I'd love to come, but could you tell me first whether the session is in Dutch only? If someone can
            help out in English now and then I'll happily sign up; if not, I'll probably send my deputy instead.

            Best,
            Megan
            """
        ),
    },
    {
        "id": "d170-045",
        "kind": "other",
        "sender": "Luc Vanhoutte <l.vanhoutte@grensgemeenten-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste,

            Mijn agenda voor maart is nog niet rond: er staat mogelijk een bijzondere raad gepland. Ik verwittig u
            van zodra ik meer weet of ik erbij kan zijn.

            Met vriendelijke groeten,
            Luc Vanhoutte
            """
        ),
    },
    {
        "id": "d170-046",
        "kind": "other",
        "sender": "Stefan Hollenbach <s.hollenbach@buitenveld-werkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Schade, ik had er zin in. Übrigens: vanaf 1 april heet onze organisatie anders en ben ik bereikbaar
            op s.hollenbach@werkorganisatie-rijnbuiten.nl. Het oude adres werkt dan niet meer.

            Gruß, Stefan
            """
        ),
    },
    {
        "id": "d170-047",
        "kind": "other",
        "sender": "Alistair Drummond <a.drummond@werkorganisatie-bollenkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Confirmed. One question though: I'm here on an interim basis until October. Can I still be a member,
            or is the network meant for permanent directors only? Don't want to take a seat that isn't mine.

            Alistair
            """
        ),
    },
    {
        "id": "d170-048",
        "kind": "other",
        "sender": "Veerle Maes <v.maes@werkorganisatie-markdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Geen inhoudelijk thema, wel een vraag: zou het mogelijk zijn om een atelier eens in het zuiden te laten
            doorgaan, bijvoorbeeld in Breda of Eindhoven? Voor ons betekent Utrecht telkens een halve dag onderweg.
            Een afwisselende locatie zou de drempel voor de zuidelijke leden wat verlagen.

            Vriendelijke groeten,
            Veerle Maes
            """
        ),
    },
    {
        "id": "d170-049",
        "kind": "other",
        "sender": "Svetlana Morozova <s.morozova@werkorganisatie-eemvallei.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Mevrouw Bakker heeft mij gevraagd om door te sturen: zij komt naar dit atelier en zij neemt een gast
            mee, de heer Terpstra van financiën. Ik heb het in haar agenda gezet.

            Met vriendelijke groet,
            Svetlana Morozova
            managementassistent
            """
        ),
    },
    {
        "id": "d170-050",
        "kind": "other",
        "sender": "Baukje Wijnstra <b.wijnstra@wurkorganisaasje-greidhoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goeie,

            Ik lit jimme efkes witte dat ús direkteur, Jelle van der Meer, mei yngong fan 1 maart by ús fuort is.
            De mails komme noch yn syn postfak, mar hy lêst se net mear. Wa't him opfolget is noch net bekend.

            Groetnis,
            Baukje Wijnstra
            sekretariaat
            """
        ),
    },
    {
        "id": "d170-051",
        "kind": "other",
        "sender": "Kenji Watanabe-de Groot <k.watanabe@gr-lingeoever.nl>",
        "quote": "none",
        "subject": "Verzoek om inzage persoonsgegevens",
        "body": _(
            """
            Geachte heer/mevrouw,

            Op grond van de Algemene Verordening Gegevensbescherming zou ik graag een overzicht willen ontvangen
            van de persoonsgegevens die uw organisatie over mij heeft opgeslagen, alsmede het doel waarvoor deze
            worden verwerkt. Ik wens mijn lidmaatschap voort te zetten.

            Met vriendelijke groet,
            K. Watanabe-de Groot
            """
        ),
    },
    {
        "id": "d170-052",
        "kind": "other",
        "sender": "Noor Hakimi <n.hakimi@werkorganisatie-diemerkade.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            +1 voor het topic van Annelies over the labour market, daar worstelen wij precies mee. Geen nieuw
            onderwerp van mijn kant, I just wanted to add my vote.

            Noor
            """
        ),
    },
    {
        "id": "d170-053",
        "kind": "other",
        "sender": "Jonathan Pryce <jonpryce.home@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I haven't signed up for anything of the sort. Could you tell me how you came by this address? It's a
            private mailbox that I don't use for work at all.

            J. Pryce
            """
        ),
    },
    {
        "id": "d170-054",
        "kind": "other",
        "sender": "Koen Desmet <k.desmet@werkorganisatie-hoogeland-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Ter info: per 1 september neemt Hanne Claes mijn functie over
            (h.claes@werkorganisatie-hoogeland-zuid.nl). Tot die tijd blijf ik lid; gelieve haar nadien in mijn
            plaats op te nemen. Een thema heb ik dit keer niet.

            Mvg,
            Koen Desmet
            """
        ),
    },
    # --- autoreply -------------------------------------------------------------------------------------------------
    {
        "id": "d170-055",
        "kind": "autoreply",
        "sender": "Ellen Wouters <e.wouters@werkorganisatie-nete-maas.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Goeiedag,

            Ik ben afwezig tot en met 24 februari. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kan u
            terecht bij het secretariaat via 013 455 20 00.

            Met vriendelijke groeten,
            Ellen Wouters
            """
        ),
    },
    {
        "id": "d170-056",
        "kind": "autoreply",
        "sender": "Dr. Andreas Lindqvist <a.lindqvist@gr-eilandenrijk.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Abwesenheitsnotiz: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Ich bin bis einschließlich 3. März nicht im Büro und habe keinen Zugriff auf meine E-Mails.
            I am out of the office until 3 March inclusive, with no access to e-mail.
            Ik ben tot en met 3 maart afwezig.

            In dringenden Fällen / urgent matters / dringende zaken: bestuurssecretariaat@gr-eilandenrijk.nl
            """
        ),
    },
    {
        "id": "d170-057",
        "kind": "autoreply",
        "sender": "Werkorganisatie Polderpoort <directie@polderpoort-werkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit mailadres is niet meer in gebruik / this mailbox is no longer monitored.
            Voor de directie van Werkorganisatie Polderpoort: directiesecretariaat@polderpoort-werkt.nl
            For all other questions please use info@polderpoort-werkt.nl.
            """
        ),
    },
    {
        "id": "d170-058",
        "kind": "autoreply",
        "sender": "Wytze Terpstra <w.terpstra@wurkferban-noardwest.frl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Automatysk antwurd: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tank foar jo berjocht. Ik bin mei fakânsje oant en mei 10 maart en lês myn mail net. Foar driuwende
            saken kinne jo terjochte by myn kollega Geartsje Holwerda, g.holwerda@wurkferban-noardwest.frl.

            Mei freonlike groetnis,
            Wytze Terpstra
            """
        ),
    },
    # --- bounce ----------------------------------------------------------------------------------------------------
    {
        "id": "d170-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@werkorganisatie-vechtstroom.nl>",
        "quote": "none",
        "subject": (
            "Undeliverable: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Your message to r.dekker@werkorganisatie-vechtstroom.nl couldn't be delivered.

            r.dekker wasn't found at werkorganisatie-vechtstroom.nl.

            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d170-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx.werkorganisatie-oostgrens.nl>",
        "quote": "none",
        "subject": "Unzustellbar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Die Nachricht konnte nicht zugestellt werden an:

                j.schreurs@werkorganisatie-oostgrens.nl

            Grund: 550 5.1.1 <j.schreurs@werkorganisatie-oostgrens.nl>: Recipient address rejected: User unknown
            in virtual mailbox table
            """
        ),
    },
]
# fmt: on
