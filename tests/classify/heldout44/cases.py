"""heldout44: a year of the mailbox around the big cities of the Randstad.

Directors, assistants and a few stray writers from invented werkorganisaties and GR's of the smaller municipalities
around Amsterdam, Rotterdam, Den Haag and Utrecht write to the mailbox over one year: sign-ups and confirmations,
answers to the welcome, topics under all four themes in reply to the call for themes and the follow-up, yes and no
to the invitation, the reminder, the waiting list, the change and the cancellation, substitutes, leaving and
hand-overs, AVG requests, address changes, automatic mail and bounces, and mail the secretariat must read. Registers
run from stiff to chatty; there are English writers, assistants, phone mails and typos, in every quote style. About a
third are hard: look-alikes and mixed intents.

Conventions this set relies on (from the brief):
- the label is what the writer asks now, not what our mail was about;
- a topic proposed under any of our mails is a suggestion, also when the writer says whether they come; the themes
  are those of the proposal, not of the situation told before it; a proposal about the form of the atelier, backing
  another member's topic and asking whether one may present are other;
- leaving and declining in one mail is unsubscribe; "afmelden voor het atelier" and a decline with a substitute are
  rsvp False; a later mail carries the latest answer; calendar answers are rsvp;
- a hand-over with a successor (with or without address) is unsubscribe, a hand-over for a later date while staying
  a member is other, a colleague reporting someone left is other;
- an AVG erasure is unsubscribe with erase, a request to see one's data is other; an address change is other;
- one colleague signed up with address is subscribe, without address or several people is other; "lid blijven"
  under the goodbye is subscribe;
- a plain denial under the confirmation mail (also asking who did it) is unsubscribe, asking where we got the address
  is other; an empty reply or a signature is confirm, an assistant confirming for someone else is other;
- a yes on a condition, a confirmation with a real question, an assistant's new mail about attendance, and a "nee"
  that only answers our side questions are other; an assistant answering under the invitation is rsvp;
- out-of-office, read receipts, ticket systems and "no longer in use" are autoreply with their thread; delivery
  failures are bounce without thread; replies to the follow-up use the followup thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- subscribe
    {
        "id": "h44-001",
        "kind": "subscribe",
        "sender": "Hanneke Oudshoorn <h.oudshoorn@vlietrand.nl>",
        "subject": "Aanmelding Netwerk directeuren ambtelijke fusieorganisaties",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 februari jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Vlietrand, de ambtelijke
            organisatie van de gemeenten Leidsevliet, Voorweide en Stompwijkerveen. Mijn voorganger wees mij op uw
            netwerk. Hierbij meld ik mij graag aan als lid, op dit e-mailadres.

            Hoogachtend,

            mr. H.J. Oudshoorn
            Algemeen directeur / gemeentesecretaris
            Werkorganisatie Vlietrand
            """
        ),
    },
    {
        "id": "h44-002",
        "kind": "subscribe",
        "sender": "Daniel Whitfield <d.whitfield@werkorganisatie-amstelgeest.nl>",
        "subject": "Joining the network",
        "quote": "none",
        "body": _(
            """
            Hello,

            I started in January as director of operations (directeur bedrijfsvoering) at Amstelgeest, the shared
            service organisation for three municipalities just south of Amsterdam. A colleague forwarded me one of
            your invitations and it sounds exactly like the peer group I've been missing.

            Could you add me as a member? This address is fine. My Dutch is getting there, so Dutch mails are no
            problem - I just write faster in English.

            Best regards,
            Daniel Whitfield
            """
        ),
    },
    {
        "id": "h44-003",
        "kind": "subscribe",
        "sender": "Gerda Kamsteeg <g.kamsteeg@gr-lekvallei.nl>",
        "subject": "Nieuw lid voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Hoi Stan en Melanie,

            Sinds deze maand hebben we bij de GR Lekvallei een nieuwe directeur bedrijfsvoering: Ruud Klaassen. Ik
            heb hem over het netwerk verteld en hij wil graag meedoen. Zijn adres is r.klaassen@gr-lekvallei.nl.
            Willen jullie hem aanmelden? Hij verwacht jullie mail.

            Groetjes,
            Gerda
            """
        ),
    },
    {
        "id": "h44-004",
        "kind": "subscribe",
        "sender": "Pieter-Jan Roodenburg <pj.roodenburg@rottemerenzuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Het secretariaat heeft bij het opschonen van mijn nieuwsbrieven per ongeluk ook jullie
            netwerk afgemeld. Dat was zeker niet de bedoeling.

            Met vriendelijke groet,
            Pieter-Jan Roodenburg
            Directeur Ambtelijke organisatie Rottemeren-Zuid
            """
        ),
    },
    {
        "id": "h44-005",
        "kind": "subscribe",
        "sender": "Marco Heijstek <m.heijstek@waterlandpoort.nl>",
        "subject": "aanmelden",
        "quote": "none",
        "body": _(
            """
            Goedemiddag, wil me aanmelden voor het directeurennetwerk. Vanaf 1/3 gemsecr/directeur Waterlandpoort.
            Gr Marco

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h44-006",
        "kind": "subscribe",
        "sender": "Yvonne Scheltema <y.scheltema@schieweide.nl>",
        "subject": "Opnieuw aanmelden",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Een paar jaar terug heb ik me afgemeld toen ik de overstap naar de provincie maakte. Inmiddels ben ik
            terug op het lokale nest, als directeur van Werkorganisatie Schieweide. Zetten jullie mij weer op de
            ledenlijst? Ik heb de ateliers destijds altijd als heel waardevol ervaren.

            Hartelijke groet,
            Yvonne Scheltema
            """
        ),
    },
    # ---------------------------------------------------------------- confirm
    {
        "id": "h44-007",
        "kind": "confirm",
        "sender": "Joost Verweij <j.verweij@krommerijnhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd, dank voor de snelle reactie.
            Joost
            """
        ),
    },
    {
        "id": "h44-008",
        "kind": "confirm",
        "sender": "Annemieke Brouwer-Tjon <a.brouwer@maasoeverssamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Annemieke Brouwer-Tjon
            Algemeen Directeur | Maasoevers Samen
            T 010 - 555 18 40 | M 06 - 41 88 20 17
            Bezoekadres: Havenkade 12, Ridderveen

            Maasoevers Samen werkt voor de gemeenten Ridderveen, Oud-Maasdijk en Heerjansland.
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht ten onrechte ontvangen,
            verwijder het dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "h44-009",
        "kind": "confirm",
        "sender": "Frank Ossewaarde <f.ossewaarde@gooivaart.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuus, deze was tussen de begrotingsstukken ondergesneeuwd. Ja, ik wil lid worden.

            Frank
            """
        ),
    },
    {
        "id": "h44-010",
        "kind": "confirm",
        "sender": "Leonie Bakx <leonie.bakx@zaanmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Yes, klopt 👍

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h44-011",
        "kind": "confirm",
        "sender": "Drs. W.F. Termeulen <w.termeulen@hollandseweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij bevestig ik mijn aanmelding voor het netwerk.

            Met vriendelijke groet,
            drs. W.F. Termeulen
            Directeur Werkorganisatie Hollandse Weide
            """
        ),
    },
    {
        "id": "h44-012",
        "kind": "confirm",
        "sender": "Ronald Vergunst <r.vergunst@eilandenland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Klopt, dat was ik zelf via het formulier. Akkoord.

            R. Vergunst
            GR Eilandenland
            """
        ),
    },
    # ---------------------------------------------------------------- other under the confirmation
    {
        "id": "h44-013",
        "kind": "other",
        "sender": "Sanne Kuipers <s.kuipers@duinrand-ambtelijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Van Rijckevorsel bevestig ik hierbij haar aanmelding; zij vroeg mij dit te regelen omdat
            zij deze week op werkbezoek is. Zouden jullie mij voortaan in de cc willen zetten bij de uitnodigingen?
            Dan kan ik het in haar agenda zetten.

            Met vriendelijke groet,
            Sanne Kuipers
            Managementondersteuning directie Duinrand Ambtelijk
            """
        ),
    },
    {
        "id": "h44-014",
        "kind": "other",
        "sender": "Bram Hulshof <b.hulshof@rijnvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik bevestig. Wel een vraag: is het netwerk uitsluitend voor de algemeen directeur, of mag mijn
            plaatsvervanger (zij is directeur Sociaal Domein) ook lid worden? Bij ons wisselen we de externe
            netwerken af.

            Groet, Bram Hulshof
            """
        ),
    },
    {
        "id": "h44-015",
        "kind": "other",
        "sender": "Kees Mastenbroek <k.mastenbroek@bollenkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Van wie heeft u mijn e-mailadres gekregen? Ik wil graag weten via
            welke weg mijn gegevens bij u terecht zijn gekomen.

            K. Mastenbroek
            """
        ),
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "h44-016",
        "kind": "unsubscribe",
        "sender": "Ilse de Koning <i.dekoning@vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet, ik heb me niet aangemeld. Ik ben beleidsadviseur, geen directeur. Wie heeft mij
            opgegeven?

            Ilse de Koning
            """
        ),
    },
    {
        "id": "h44-017",
        "kind": "unsubscribe",
        "sender": "Henk van Leeuwaarden <h.vanleeuwaarden@werkorganisatie-veenhorst.nl>",
        "subject": "Uitschrijven",
        "quote": "none",
        "body": _(
            """
            Beste mensen,

            Na eenenveertig jaar in het openbaar bestuur, waarvan de laatste zes als directeur van Veenhorst, ga ik
            per 1 juli met pensioen. Willen jullie mij van de lijst halen? Een opvolger is nog niet benoemd; die
            meldt zich vast zelf wel bij jullie.

            Het ga jullie goed, en dank voor de mooie ateliers.
            Henk
            """
        ),
    },
    {
        "id": "h44-018",
        "kind": "unsubscribe",
        "sender": "Wendela Sijbrandij <w.sijbrandij@kaagenmeer-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: mijn opvolger is Femke Dijkhuis, zij begint op 1 april als
            directeur. Haar adres: f.dijkhuis@kaagenmeer-werkt.nl.

            Groet,
            Wendela
            """
        ),
    },
    {
        "id": "h44-019",
        "kind": "unsubscribe",
        "sender": "Theo Boshuizen <t.boshuizen@waardenland-werkt.nl>",
        "subject": "Wisseling directeur Waardenland",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Ik vertrek bij Waardenland en neem afscheid van uw netwerk. Mijn functie wordt per de zomer overgenomen
            door Latifa Amrani. Haar nieuwe e-mailadres is nog niet aangemaakt; zodra dat zo is, laat zij het u
            zelf weten.

            Met vriendelijke groet,
            Theo Boshuizen
            """
        ),
    },
    {
        "id": "h44-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M.C. Doornbos <m.doornbos@hollandseweide.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt, waaronder naam, functie en e-mailadres, te wissen en mij
            geen berichten meer te zenden. Ik verzoek u de verwijdering schriftelijk te bevestigen.

            Hoogachtend,
            M.C. Doornbos
            """
        ),
    },
    {
        "id": "h44-021",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sarah Lindqvist <s.lindqvist@werkorganisatie-amstelgeest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi, I'm leaving the public sector at the end of this month. Please take me off your list and delete
            any personal data you keep on me, in line with the GDPR. No need for a successor contact, the post is
            being abolished.

            Thanks,
            Sarah
            """
        ),
    },
    {
        "id": "h44-022",
        "kind": "unsubscribe",
        "sender": "Ruben Ketelaar <r.ketelaar@gr-eilandenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom niet op 11 maart, en eerlijk gezegd kunt u mij ook van de lijst schrappen: met de ontvlechting
            van onze GR is mijn functie per 1 april opgeheven. Er komt dus geen opvolger.

            Vriendelijke groet,
            Ruben Ketelaar
            """
        ),
    },
    {
        "id": "h44-023",
        "kind": "unsubscribe",
        "sender": "Nicole Aarsman <n.aarsman@rijnvliet.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Graag uitschrijven voor al jullie berichten, ik werk sinds kort bij het hoogheemraadschap en zit dus
            niet meer in een fusieorganisatie. Mijn plek op de 11e mag naar de wachtlijst.

            Nicole
            """
        ),
    },
    {
        "id": "h44-024",
        "kind": "unsubscribe",
        "sender": "Erik Jan Sterrenburg <ej.sterrenburg@duinrand-ambtelijk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ontvang dit welkom maar heb hier nooit om gevraagd. Stoppen a.u.b., ik wil hier geen lid van zijn.
            """
        ),
    },
    {
        "id": "h44-025",
        "kind": "unsubscribe",
        "sender": "Chantal Moerman <c.moerman@schieweide.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik heb er nog eens over nagedacht maar zie toch af van het lidmaatschap, mijn agenda is te vol. Trek de
            aanmelding maar in.

            Chantal Moerman
            """
        ),
    },
    # ---------------------------------------------------------------- rsvp
    {
        "id": "h44-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Vreugdenhil <j.vreugdenhil@vlietrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk, ik ben erbij! Vanuit Zoetermeer is Utrecht goed te doen met de trein.

            Jolanda
            """
        ),
    },
    {
        "id": "h44-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Noordermeer <g.noordermeer@gooivaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem mijn plaatsvervangend directeur mee: wij zijn dus met z'n tweeën.

            Met vriendelijke groet,
            Gijs Noordermeer
            Directeur Gooivaart
            """
        ),
    },
    {
        "id": "h44-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Astrid Nijenhuis <a.nijenhuis@krommerijnhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee helaas, op 11 maart vergaderen twee van onze drie raden over de voorjaarsnota. Volgende keer beter!

            Astrid
            """
        ),
    },
    {
        "id": "h44-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Hoekstra <w.hoekstra@maasoeverssamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Zelf kan ik niet, ik zit die middag bij de provincie. Mijn collega Bas Hoogendijk, directeur
            Ruimte, gaat in mijn plaats: b.hoogendijk@maasoeverssamen.nl.

            Groet,
            Wouter
            """
        ),
    },
    {
        "id": "h44-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Dekker <m.dekker@zaanmeer.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij meld ik mij af voor het atelier van donderdag. Lid blijf ik uiteraard graag, maar er is een
            crisisoverleg met de burgemeesters ingepland dat voorgaat.

            Met vriendelijke groet,
            Marjolein Dekker
            """
        ),
    },
    {
        "id": "h44-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Groeneveld <h.groeneveld@bollenkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas, ik kan niet. Lig met griep op de bank. Geef mijn plek maar aan iemand anders.

            Hans

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h44-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Zwanenburg <p.zwanenburg@waterlandpoort.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Jullie hoeven mij niet op de wachtlijst te houden: inmiddels is er een
            ander overleg op die datum gezet, dus ik kan toch niet.

            Petra
            """
        ),
    },
    {
        "id": "h44-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dennis Rijsdijk <d.rijsdijk@rottemerenzuid.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            18 maart past ook, dus ik blijf aangemeld. Provinciehuis weet ik te vinden.

            Dennis
            """
        ),
    },
    {
        "id": "h44-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Witteveen <c.witteveen@vechtplassen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, de nieuwe datum valt precies in de voorjaarsvakantie van Noord en dan zit ik in Oostenrijk. Ik
            moet dus afhaken. Haal me maar van de deelnemerslijst.

            Carla
            """
        ),
    },
    {
        "id": "h44-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Noor Elzinga <n.elzinga@werkorganisatie-veenhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel. Ik neem de plaats van Dirk graag in en heb de afspraak in mijn agenda gezet. Tot de 11e!

            Noor Elzinga
            """
        ),
    },
    {
        "id": "h44-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Mooij <a.mooij@gr-lekvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Goedemiddag,

            Ik zou namens onze directeur gaan, maar ik blijk die middag zelf de ondernemingsraad voor te zitten.
            Ik kan dus helaas niet, excuses voor de late melding.

            Arjen Mooij
            """
        ),
    },
    {
        "id": "h44-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bianca Stolk <b.stolk@kaagenmeer-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda. Tot dan.
            """
        ),
    },
    {
        "id": "h44-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Oliver Brandsma <o.brandsma@schieweide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Sorry, audit committee that afternoon.
            """
        ),
    },
    {
        "id": "h44-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Plomp <s.plomp@eilandenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Verbeek laat ik u weten dat hij op 11 maart aanwezig zal zijn. Ik heb de middag in zijn
            agenda geblokkeerd.

            Met vriendelijke groet,
            Saskia Plomp
            Managementassistent directie GR Eilandenland
            """
        ),
    },
    {
        "id": "h44-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leendert van Vliet <l.vanvliet@hollandseweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Vorige week heb ik afgezegd, maar de begrotingsbehandeling is naar april geschoven. Ik kan op de 11e
            dus toch. Als er nog een stoel vrij is, schuif ik heel graag aan.

            Leendert van Vliet
            """
        ),
    },
    {
        "id": "h44-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Dorrestijn <wim.dorrestijn@gooivaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            ja ik kom,, groet wim (sorry voor tikfouten, vanaf telefoon in de trein)
            """
        ),
    },
    {
        "id": "h44-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Vermeulen <e.vermeulen@duinrand-ambtelijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Fijn, ik ben er, alleen iets later: mijn overleg in Den Haag loopt tot half twee, dus ik verwacht rond
            kwart over drie binnen te lopen.

            Ellen
            """
        ),
    },
    {
        "id": "h44-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Catherine Doyle <c.doyle@maasoeverssamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear both,

            Unfortunately I won't be able to make it on 11 March: I'll be in Brussels that week for the
            cross-border cooperation programme. I hope to join the autumn session.

            Kind regards,
            Catherine Doyle
            Director Maasoevers Samen
            """
        ),
    },
    {
        "id": "h44-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ahmed El Khatib <a.elkhatib@rijnvliet.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Ik kom toch! Mijn collega zei dat er plekken vrij zijn gekomen, dus graag van de wachtlijst af en op de
            deelnemerslijst.

            Ahmed
            """
        ),
    },
    # ---------------------------------------------------------------- suggestion
    {
        "id": "h44-045",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Roel Wijnands <r.wijnands@krommerijnhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp: waar staat onze werkorganisatie in 2035? Wij willen met scenarioplanning een lange
            termijn visie maken, maar lopen vast op de vraag hoe ver je vooruit kunt kijken als ambtelijke
            organisatie zonder de besturen voor de voeten te lopen. Benieuwd hoe anderen dat aanpakken.

            Roel Wijnands
            """
        ),
    },
    {
        "id": "h44-046",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingeborg Lammers <i.lammers@waterlandpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Wat mij bezighoudt: de positie van de kleine randgemeenten tegenover de grote stad in de
            metropoolregio. Aan de tafels van de regio wordt het tempo bepaald door Amsterdam en wij hobbelen
            erachteraan. Hoe zorg je dat je als drie kleine gemeenten met één stem spreekt en toch gehoord wordt?

            Ingeborg
            """
        ),
    },
    {
        "id": "h44-047",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Michiel Brugman <m.brugman@vlietrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag agenderen: de krapte op de arbeidsmarkt. Vacatures voor vergunningverleners en
            jeugdconsulenten staan bij ons maanden open, de inhuur loopt op en de formatie klopt niet meer met
            de werkelijkheid. Hoe doen anderen aan strategische personeelsplanning?

            Michiel Brugman
            Directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "h44-048",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima Bouzid <f.bouzid@zaanmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een onderwerp voor maart: hoe meten jullie hoe tevreden inwoners zijn over het klantcontactcentrum?
            Wij hebben sinds de fusie één KCC voor twee gemeenten en de klachten over wachttijden aan de telefoon
            stapelen zich op, maar we hebben geen goed beeld van de prestaties. Wie heeft een bruikbaar dashboard?

            Groet,
            Fatima
            """
        ),
    },
    {
        "id": "h44-049",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Sjoerd Hiemstra <s.hiemstra@gooivaart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Twee onderwerpen:
            - de overstap van vier zaaksystemen naar één, en wat dat doet met de werkprocessen
            - een digitaal ondernemersloket voor de bedrijventerreinen van al onze gemeenten

            S. Hiemstra
            """
        ),
    },
    {
        "id": "h44-050",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Tineke Boersma <t.boersma@rottemerenzuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een mooie middag en het heldere verslag.

            Voor de volgende keer: de verhouding tussen de werkorganisatie en de drie gemeenteraden. Onze
            raadsleden hebben het gevoel dat de GR een eigen koninkrijk is geworden, en de gemeenten onderling
            verschillen steeds meer in wat ze van ons verwachten. Ik hoor graag hoe collega's die relatie goed
            houden.

            Tineke
            """
        ),
    },
    {
        "id": "h44-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jeroen Dijkstra <j.dijkstra@bollenkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Ik heb meteen een onderwerp: hoe bouw je aan één cultuur in een organisatie die
            is samengevoegd uit twee ambtelijke apparaten die elkaar na vijf jaar nog steeds 'die van hiernaast'
            noemen? Als nieuwe directeur zoek ik naar wat werkt.

            Jeroen Dijkstra
            """
        ),
    },
    {
        "id": "h44-052",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Monique Verhagen <m.verhagen@vechtplassen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag op 11 maart.

            En alvast een idee voor een volgende keer: de energietransitie als gezamenlijke opgave van onze
            gemeenten. De ene wil windmolens, de andere absoluut niet, en de werkorganisatie moet beide
            bedienen. Hoe verdeel je belangen en ambities zonder dat een van de partners zich tekortgedaan voelt?

            Monique
            """
        ),
    },
    {
        "id": "h44-053",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Liam O'Connell <l.oconnell@werkorganisatie-amstelgeest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic I'd love to put on the table: generative AI in our back office. Finance and HR are already
            experimenting on their own and I'd rather have a policy than a patchwork. What have others allowed,
            what have they banned, and how did they organise the governance?

            Liam
            """
        ),
    },
    {
        "id": "h44-054",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Karin Smulders <k.smulders@kaagenmeer-werkt.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Onze directeur, mevrouw Brinkman, vroeg mij haar onderwerp aan u door te sturen:

            "Hoe houden we de dienstverlening dichtbij in de kleine kernen nu het gemeentehuis in Oude Wetering
            dichtgaat? Denk aan een mobiel loket, spreekuren in de bibliotheek of bij de huisarts."

            Met vriendelijke groet,
            Karin Smulders
            Secretariaat directie Kaag en Meer
            """
        ),
    },
    {
        "id": "h44-055",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Bert Heemskerk <b.heemskerk@eilandenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn voorstel: een meerjarige visie op informatievoorziening. Wij springen van het ene losse
            ICT-project naar het andere en missen een koers voor I&A op de lange termijn, gekoppeld aan waar de
            organisatie over tien jaar wil staan.

            B. Heemskerk
            """
        ),
    },
    {
        "id": "h44-056",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rianne Schoonhoven <r.schoonhoven@maasoeverssamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje erbij, als het mag: de prestaties van onze dienstverlening zichtbaar maken voor inwoners.
            Welke kengetallen over vergunningen en klachtafhandeling publiceren anderen, en hoe vaak?

            Rianne
            """
        ),
    },
    {
        "id": "h44-057",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gert-Jan Vos <gj.vos@werkorganisatie-veenhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            De samenwerking tussen onze gemeenten loopt eigenlijk prima, daar hoeven we het wat mij betreft niet
            over te hebben. Wat mij wel bezighoudt is de inhoudelijke agenda voor de komende tien jaar:
            woningbouw, vergrijzing, de opgave in het buitengebied. Hoe vertaal je zulke grote opgaven naar een
            lange termijn visie en heldere prioriteiten voor de organisatie?

            Met vriendelijke groet,
            Gert-Jan Vos
            """
        ),
    },
    {
        "id": "h44-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lotte Brinkhorst <l.brinkhorst@schieweide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            11 mrt ben ik er hleaas niet bij maar wil wel iets meegeven: hybride werken en huisvesting na de
            samenvoeging. Twee stadskantoren aanhouden of naar 1? Wat doen anderen

            Lotte
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # ---------------------------------------------------------------- other
    {
        "id": "h44-059",
        "kind": "other",
        "sender": "Vincent Koopmans <v.koopmans@rottemerenzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen inhoudelijk thema van mij, wel een wens over de opzet: kunnen we het atelier eens op een ochtend
            houden, en afwisselend bij een van de werkorganisaties in de regio, bijvoorbeeld rond Rotterdam? Voor
            de collega's uit het zuiden is Utrecht op donderdagmiddag een hele onderneming.

            Vincent Koopmans
            """
        ),
    },
    {
        "id": "h44-060",
        "kind": "other",
        "sender": "Diederik Hartman <d.hartman@hollandseweide.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Het onderwerp dat collega Boersma tijdens de afsluiting noemde, over de gemeenteraden die zich ver van
            de werkorganisatie voelen, steun ik van harte. Zet er maar een extra streepje bij.

            Diederik
            """
        ),
    },
    {
        "id": "h44-061",
        "kind": "other",
        "sender": "Mirjam Soeters <m.soeters@krommerijnhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wij hebben afgelopen jaar de couleur locale geborgd met een 'gemeentetafel' per kern, met
            wisselende ambtelijke aanspreekpunten. Zou ik daar op 11 maart tien minuten over mogen vertellen als
            opstapje voor het gesprek?

            Groet,
            Mirjam Soeters
            """
        ),
    },
    {
        "id": "h44-062",
        "kind": "other",
        "sender": "Arie Klop <a.klop@gr-lekvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, mits het atelier echt om half zes klaar is: anders mis ik de laatste goede verbinding
            naar huis en heb ik om acht uur raadsvergadering. Kunt u bevestigen dat de eindtijd vaststaat?

            A. Klop
            """
        ),
    },
    {
        "id": "h44-063",
        "kind": "other",
        "sender": "Esther van Dam <e.vandam@zaanmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee hoor, geen introducé. En dieetwensen heb ik ook niet.

            Esther
            """
        ),
    },
    {
        "id": "h44-064",
        "kind": "other",
        "sender": "Hilde Ramakers <h.ramakers@waardenland-werkt.nl>",
        "subject": "Aanwezigheid mevrouw Ramdin atelier 11 maart",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Ramdin, directeur van Waardenland, heeft mij gevraagd door te geven dat zij op 11 maart bij het
            atelier aanwezig zal zijn. Zij komt met de auto; is er parkeergelegenheid bij het stadskantoor?

            Met vriendelijke groet,
            Hilde Ramakers
            Bestuurssecretariaat Waardenland
            """
        ),
    },
    {
        "id": "h44-065",
        "kind": "other",
        "sender": "Laura Timmermans <l.timmermans@vlietrand.nl>",
        "subject": "Aanmelding clusterdirecteuren",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Bij Vlietrand werken we sinds dit jaar met een directieteam van drie. Graag meld ik daarom ook mijn
            beide collega's aan:
            - Koen Dirkse, k.dirkse@vlietrand.nl
            - Marloes van Bergen, m.vanbergen@vlietrand.nl
            - en ikzelf stond er al op.

            Alvast dank!
            Laura Timmermans
            """
        ),
    },
    {
        "id": "h44-066",
        "kind": "other",
        "sender": "Sander Kwakernaak <s.kwakernaak@eilandenland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het warme welkom! Mijn collega-directeur Tom Barendrecht wil ook graag lid worden, kunnen
            jullie hem toevoegen? Hij stuurt misschien zelf nog een mailtje.

            Sander
            """
        ),
    },
    {
        "id": "h44-067",
        "kind": "other",
        "sender": "Ria Molenaar <r.molenaar@duinrand-ambtelijk.nl>",
        "subject": "Vertrek dhr. Bakels",
        "quote": "none",
        "body": _(
            """
            Ter informatie: de heer Jeroen Bakels is per 1 januari vertrokken bij Duinrand Ambtelijk. Zijn
            mailbox wordt eind deze maand opgeheven, dus mails aan hem komen straks niet meer aan.

            Met vriendelijke groet,
            Ria Molenaar
            Secretariaat
            """
        ),
    },
    {
        "id": "h44-068",
        "kind": "other",
        "sender": "Paul Aalbersberg <p.aalbersberg@gooivaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Goed om te weten voor jullie administratie: per 1 september neemt Anouk van Wijngaarden
            (a.vanwijngaarden@gooivaart.nl) mijn functie over. Tot die tijd blijf ik lid, en op 11 maart ben ik
            er gewoon bij.

            Groet,
            Paul
            """
        ),
    },
    {
        "id": "h44-069",
        "kind": "other",
        "sender": "Judith Oosterhof <j.oosterhof@rijnvliet.nl>",
        "subject": "Inzageverzoek AVG",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik wil graag weten welke persoonsgegevens u van mij bewaart, met welk doel en hoe lang. Wilt u mij een
            overzicht sturen? Lid blijven wil ik overigens wel.

            Met vriendelijke groet,
            Judith Oosterhof
            """
        ),
    },
    {
        "id": "h44-070",
        "kind": "other",
        "sender": "Mark Veldhuizen <m.veldhuizen@bollenkust.nl>",
        "subject": "Nieuw e-mailadres per 1 juni",
        "quote": "none",
        "body": _(
            """
            Beste Melanie en Stan,

            Onze werkorganisatie krijgt een nieuwe naam en daarmee een nieuw domein. Vanaf 1 juni ben ik bereikbaar
            op m.veldhuizen@duinenbollenstreek-werkt.nl; het oude adres blijft nog een half jaar doorsturen. Willen
            jullie dat in de ledenlijst aanpassen?

            Groet,
            Mark
            """
        ),
    },
    {
        "id": "h44-071",
        "kind": "other",
        "sender": "Ans Jongeneel <a.jongeneel@werkorganisatie-veenhorst.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer! Is er al een idee wanneer de nieuwe datum ongeveer wordt? Dan blokkeer ik vast iets in
            mijn agenda, want mijn voorjaar loopt snel vol.

            Ans
            """
        ),
    },
    {
        "id": "h44-072",
        "kind": "other",
        "sender": "Thomas Rietveld <t.rietveld@waterlandpoort.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor het verslag, mooi opgeschreven. Mag ik het met de slides van de inleider ook delen met mijn
            MT, of is het alleen voor leden bedoeld?

            Thomas
            """
        ),
    },
    {
        "id": "h44-073",
        "kind": "other",
        "sender": "Evelien Koster <e.koster@schieweide.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Is er een ledenlijst beschikbaar? Ik ben benieuwd welke collega's uit de regio
            Haaglanden en Rijnmond meedoen, dan kan ik vast eens koffie gaan drinken.

            Evelien Koster
            """
        ),
    },
    # ---------------------------------------------------------------- autoreply
    {
        "id": "h44-074",
        "kind": "autoreply",
        "sender": "Frank Ossewaarde <f.ossewaarde@gooivaart.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking"
            " & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 februari en lees mijn mail niet. Voor
            dringende zaken kunt u contact opnemen met het directiesecretariaat via 035 - 555 40 00.
            """
        ),
    },
    {
        "id": "h44-075",
        "kind": "autoreply",
        "sender": "Catherine Doyle <c.doyle@maasoeverssamen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your email. I am on leave until 8 January with limited access to email. For urgent
            matters please contact my office manager, Joyce Beekman (j.beekman@maasoeverssamen.nl).
            """
        ),
    },
    {
        "id": "h44-076",
        "kind": "autoreply",
        "sender": "Servicedesk Rijnvliet <servicedesk@rijnvliet.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "[Melding #2027-004518] Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Uw bericht is ontvangen en geregistreerd onder meldingnummer 2027-004518. Een medewerker van de
            servicedesk neemt de melding zo snel mogelijk in behandeling. Reageer op deze e-mail zonder het
            onderwerp te wijzigen als u iets wilt toevoegen.

            Servicedesk Werkorganisatie Rijnvliet
            """
        ),
    },
    {
        "id": "h44-077",
        "kind": "autoreply",
        "sender": "Astrid Nijenhuis <a.nijenhuis@krommerijnhof.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

                Aan: Astrid Nijenhuis
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            is gelezen op dinsdag 9 februari 2027 10:42:17 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h44-078",
        "kind": "autoreply",
        "sender": "Jeroen Bakels <j.bakels@duinrand-ambtelijk.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Bakels is niet langer werkzaam bij Duinrand
            Ambtelijk. Uw bericht wordt niet doorgestuurd. Voor algemene vragen: info@duinrand-ambtelijk.nl.
            """
        ),
    },
    # ---------------------------------------------------------------- bounce
    {
        "id": "h44-079",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.gr-lekvallei.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.gr-lekvallei.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <h.vandermeer@gr-lekvallei.nl>: host mailstore.gr-lekvallei.nl[10.4.2.17] said:
                550 5.1.1 <h.vandermeer@gr-lekvallei.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h44-080",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@waardenland-werkt.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht is niet bezorgd bij t.boshuizen@waardenland-werkt.nl omdat het adres niet is gevonden
            of geen e-mail kan ontvangen.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM6PR04MB5521.eurprd04.prod.outlook.com
            t.boshuizen@waardenland-werkt.nl
            Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h44-081",
        "kind": "bounce",
        "sender": "postmaster@zaanmeer.nl",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            Delivery to the following recipient failed permanently:

                 l.bakx@zaanmeer.nl

            Technical details of permanent failure:
            The recipient's mailbox is full and can't accept messages now (552 5.2.2 Mailbox quota exceeded).

            Reporting-MTA: dns; smtp2.zaanmeer.nl
            Final-Recipient: rfc822; l.bakx@zaanmeer.nl
            Action: failed
            Status: 5.2.2
            """
        ),
    },
]
# fmt: on
