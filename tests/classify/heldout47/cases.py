"""heldout47: a year of mail from directors of werkorganisaties in West-Friesland and the Kop van Noord-Holland.

The writers run (invented) shared civil-service organisations in the north of the province: Kogwoud-Oostdijk,
Streekwaard, Westomring, Wadkust with its island, Schagerbroek, Zuiderzeekust and others. The set follows one year
of the mailbox: sign-ups and confirmations in winter, topic suggestions under the call for themes, answers to the
March invitation, the change of date and the reminder, the follow-up, and people leaving, handing over their seat or
changing address after yet another merger. Travel to Utrecht, the ferry, council meetings and the regional labour
market colour the mails. Out-of-offices, read receipts, a ticket system and bounces come in between, and some
people write in again later in the year.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a "no" turned into a "yes");
- leaving the network and declining the atelier in one mail is `unsubscribe`; declining the atelier while keeping
  the membership, or with a substitute, is `rsvp` False; a substitute who cannot come either answers `rsvp` False;
- a hand-over with the successor's address, or a successor named without an address yet, is `unsubscribe`; a
  hand-over announced for later with "tot die tijd blijf ik lid" is `other`; a colleague reporting that someone
  left is `other`; an address change is `other`;
- an AVG erasure is `unsubscribe` with `erase`; a request to see one's data is `other`;
- a plain denial under the confirmation mail, also asking who did it, is `unsubscribe`; asking where we got the
  address is `other`; an assistant confirming from their own address is `other`; an empty reply or a signature
  alone under a confirmation mail is `confirm`;
- "lid blijven" under the goodbye is `subscribe`; one colleague signed up with an address is `subscribe`;
- under the call, the follow-up, the thank-you and the welcome a proposed topic is a `suggestion` (also with a yes
  beside it); a reply under the call that only says the writer comes is `rsvp`; a wish about the form (place,
  travel) is `other`; backing another member's topic and asking to present are `other`;
- a yes on a condition the secretariat must answer, a "nee" that only answers the guest question and an
  assistant's forwarded mail about the director's attendance are `other`; an assistant answering under our
  invitation is `rsvp`;
- themes are those of the proposed topic, not of the situation told before it;
- out-of-office, read receipts, ticket systems and "address no longer in use" are `autoreply`; delivery failures
  are `bounce` without thread; replies to the follow-up use thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- januari: aanmeldingen, bevestigingen, oproep thema's ---
    {
        "id": "h47-001",
        "kind": "subscribe",
        "sender": "Jolanda Koomen <j.koomen@kogwoud-oostdijk.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Kogwoud-Oostdijk, de ambtelijke
            organisatie van Kogwoud, Oostdijk en Wervershorn. Mijn voorganger Harm Stam was lid van uw netwerk
            en sprak er bij de overdracht lovend over. Ik meld mij daarom graag aan, met dit e-mailadres.

            Met vriendelijke groet,
            Jolanda Koomen
            algemeen directeur | Werkorganisatie Kogwoud-Oostdijk
            Postbus 12, 1687 ZG Wervershorn
            """
        ),
    },
    {
        "id": "h47-002",
        "kind": "confirm",
        "sender": "Rick Beers <r.beers@wieringerkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h47-003",
        "kind": "confirm",
        "sender": "Esther Bregman <e.bregman@dijkmeer-polderend.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            --
            Esther Bregman
            Directeur Dienstverlening & Bedrijfsvoering
            Werkorganisatie Dijkmeer-Polderend
            T 0224 - 71 20 40 | M 06 - 41 88 20 13
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Werkorganisatie Dijkmeer-Polderend
            aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit elektronische verzending.
            """
        ),
    },
    {
        "id": "h47-004",
        "kind": "confirm",
        "sender": "Tjeerd Laan <tjeerd.laan@kaagland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, was tussen kerst en oud en nieuw blijven liggen. Hierbij alsnog bevestigd!
            Tjeerd
            """
        ),
    },
    {
        "id": "h47-005",
        "kind": "unsubscribe",
        "sender": "Yvonne Kos <y.kos@omringwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb me nergens voor aangemeld en dat secretariaatsadres ken ik ook niet. Wie heeft dit gedaan?
            Deze mails hoef ik niet.
            Y. Kos
            """
        ),
    },
    {
        "id": "h47-006",
        "kind": "other",
        "sender": "Hans Zijp <hans.zijp@zandhorn-medewaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Ik heb mij niet aangemeld. Hoe komt u aan mijn e-mailadres, en hoe is dat secretariaatsadres aan mij
            gekoppeld geraakt? Dat verneem ik graag eerst, voordat ik ergens op reageer.

            Met vriendelijke groet,
            H.J. Zijp
            """
        ),
    },
    {
        "id": "h47-007",
        "kind": "confirm",
        "sender": "Marjolein Sinnige <m.sinnige@zandhorn-medewaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Klopt, ik had ons directiesecretariaat gevraagd mij op te geven. Bij deze bevestigd.

            Met vriendelijke groet,
            Marjolein Sinnige
            gemeentesecretaris-directeur Zandhorn en Medewaard
            """
        ),
    },
    {
        "id": "h47-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jan Bleeker <jan.bleeker@westfrieshaven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Mijn onderwerp: de arbeidsmarkt hier boven het Noordzeekanaal. Vacatures voor vergunningverleners,
            juristen en ICT'ers krijgen we nauwelijks gevuld, en wie we opleiden vertrekt na twee jaar naar
            Amsterdam. Hoe pakken anderen werving, traineeships en strategische personeelsplanning aan?

            Groet,
            Jan Bleeker
            algemeen directeur Werkorganisatie Westfrieshaven
            """
        ),
    },
    {
        "id": "h47-009",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rick Beers <r.beers@wieringerkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Eén onderwerp van mijn kant: dienstverlening in de kleine kernen. Sinds we de balies in drie dorpen
            hebben gesloten, komen oudere inwoners niet meer langs en bellen ze ook niet. Wie heeft ervaring met
            een rijdend gemeenteloket of spreekuren in de bieb of het dorpshuis?

            Rick Beers
            """
        ),
    },
    {
        "id": "h47-010",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Esther Bregman <e.bregman@dijkmeer-polderend.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd per regel:
            - zaakgericht werken en digitalisering van de vergunningverlening: waar lopen jullie op vast?
            - de plek van de werkorganisatie in de regionale samenwerking van de West-Friese gemeenten: wie zit
              namens wie aan welke tafel?

            Esther
            """
        ),
    },
    {
        "id": "h47-011",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gert-Jan Keesman <gj.keesman@ddw-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            In maart ben ik er sowieso bij. Wat mij bezighoudt: hoe schrijf je een langetermijnvisie voor de
            organisatie, met een inhoudelijke agenda die twee raadsperiodes overleeft? We werken nu aan
            'DDW 2035' en het voelt als bouwen op drijfzand zodra er verkiezingen aankomen.

            GJ
            """
        ),
    },
    {
        "id": "h47-012",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Pieter Commandeur <p.commandeur@westomring.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Wij hebben een roerig jaar achter de rug: de nieuwe kostenverdeelsleutel tussen onze gemeenten heeft
            veel energie gekost en de raden stonden soms lijnrecht tegenover elkaar. Dat is inmiddels geland.
            Waar ik nu met collega's over wil praten is iets anders: hoe meet je of inwoners en ondernemers onze
            dienstverlening sinds de fusie beter zijn gaan vinden? Doorlooptijden hebben we, de beleving niet.

            Pieter Commandeur
            directeur GR Westomring
            """
        ),
    },
    {
        "id": "h47-013",
        "kind": "other",
        "sender": "Henk Schouten <h.schouten@streekwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Een inhoudelijk thema heb ik niet, wel een wens over de vorm. Zou het atelier een keer in het noorden
            van de provincie kunnen, in Hoorn of Schagen? Vanuit ons is Utrecht heen en terug bijna vier uur
            onderweg. Een hybride opzet met een regionale hub zou ook al helpen.

            Hartelijke groet,
            Henk Schouten
            """
        ),
    },
    {
        "id": "h47-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Groot <w.groot@omringwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen nieuw onderwerp van mij, de vier thema's in jullie lijstje dekken het wel. Maar zet me alvast
            op de lijst voor 11 maart: daar ben ik bij.

            Wouter Groot
            """
        ),
    },
    {
        "id": "h47-015",
        "kind": "other",
        "sender": "Corrie Dol <c.dol@zzkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jan Bleeker vertelde me dat hij de krappe arbeidsmarkt in onze regio heeft aangedragen. Daar sluit ik
            me van harte bij aan, tel mijn stem maar mee: het speelt bij Zuiderzeekust precies hetzelfde.

            Corrie
            """
        ),
    },
    {
        "id": "h47-016",
        "kind": "autoreply",
        "sender": "Fiona McAllister <f.mcallister@noorderbreek.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL,
        "body": _(
            """
            Thank you for your message. I am out of the office until 10 January with limited access to email.
            For urgent matters please contact bureaudirectie@noorderbreek.nl.

            Ik ben tot 10 januari afwezig. Voor dringende zaken: bureaudirectie@noorderbreek.nl.
            """
        ),
    },
    {
        "id": "h47-017",
        "kind": "subscribe",
        "sender": "Nienke Vlaming <directiesecretariaat@wadkust.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe gemeentesecretaris",
        "body": _(
            """
            Beste mensen van het secretariaat,

            Per 1 februari is Arjen Tesselaar bij ons begonnen als gemeentesecretaris/algemeen directeur van de
            Ambtelijke Organisatie Wadkust. Hij vroeg mij hem aan te melden voor jullie netwerk. Zijn adres is
            a.tesselaar@wadkust.nl.

            Hartelijke groet,
            Nienke Vlaming
            directiesecretaresse
            Ambtelijke Organisatie Wadkust - voor Westerhaven en 't Oude Gat
            """
        ),
    },
    {
        "id": "h47-018",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolanda Koomen <j.koomen@kogwoud-oostdijk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Een onderwerp heb ik meteen: als nieuwe directeur merk ik dat Kogwoud,
            Oostdijk en Wervershorn heel verschillend denken over wat ze van de werkorganisatie mogen verwachten.
            Hoe ga je om met de uiteenlopende belangen en ambities van de deelnemende gemeenten?

            Jolanda Koomen
            """
        ),
    },
    {
        "id": "h47-019",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@noorderbreek.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim director of Werkorganisatie Noorderbreek, the joint civil service of
            Breewijk-Noord and Annahoeve. My Dutch is still a work in progress, so apologies for writing in
            English. A colleague forwarded me some information about your network and I would very much like to
            join. Please register me with this address.

            Kind regards,
            Fiona McAllister
            """
        ),
    },
    {
        "id": "h47-020",
        "kind": "other",
        "sender": "Ans de Boer <bureaudirectie@noorderbreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Hierbij bevestig ik namens mevrouw McAllister haar aanmelding; zij is deze week bij familie in
            Schotland en leest haar mail niet.

            Met vriendelijke groet,
            Ans de Boer
            directieondersteuning Werkorganisatie Noorderbreek
            """
        ),
    },
    {
        "id": "h47-021",
        "kind": "confirm",
        "sender": "Gert-Jan Keesman <gj.keesman@ddw-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja, dit adres is van mij en jullie berichten zijn welkom. Mooi dat het kosteloos is, dan hoef ik er
            ook geen inkoopnotitie voor te schrijven ;-)

            GJ Keesman
            De Drie Dorpen Werkorganisatie
            """
        ),
    },
    # --- februari / maart: uitnodiging, wijziging, herinnering ---
    {
        "id": "h47-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Koomen <j.koomen@kogwoud-oostdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. Mijn eerste atelier, ik ben benieuwd! Ik reis met de trein vanuit Hoorn; valt de
            sprinter weer eens uit, dan schuif ik een kwartiertje later aan.
            Groet, Jolanda
            """
        ),
    },
    {
        "id": "h47-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Sinnige <m.sinnige@zandhorn-medewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee helaas. Op 11 maart behandelt de raad van Medewaard de kadernota en daar moet ik bij zijn.
            Succes met de middag, ik lees het verslag graag.

            Marjolein
            """
        ),
    },
    {
        "id": "h47-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Laan <tjeerd.laan@kaagland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Die week ben ik met de colleges op werkbezoek in Brussel, dus ik kan er zelf niet bij zijn. In mijn
            plaats komt onze directeur Ruimte, Ilse Appelman (i.appelman@kaagland.nl). Zij zit bovenop dit
            onderwerp, dus dat komt goed uit.

            Met vriendelijke groet,
            T. Laan
            directeur Werkorganisatie Kaagland
            """
        ),
    },
    {
        "id": "h47-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert-Jan Keesman <gj.keesman@ddw-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": "Staat in de agenda, tot de elfde.",
    },
    {
        "id": "h47-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fiona McAllister <f.mcallister@noorderbreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": "Sorry, I'm on leave that week. Hope to make the autumn session.",
    },
    {
        "id": "h47-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Babette Rood <secretariaat.gs@zzkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Dol laat ik u weten dat zij op 11 maart aanwezig is. Ik heb het atelier in haar
            agenda gezet.

            Met vriendelijke groet,
            Babette Rood
            managementondersteuning Werkorganisatie Zuiderzeekust
            """
        ),
    },
    {
        "id": "h47-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rick Beers <r.beers@wieringerkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Melanie,

            Wat een herkenbare vraag, die van de couleur locale. Wij hebben vier kernen die elk hun eigen
            wethouder op de kermis willen zien, om het zo maar te zeggen. Ik meld me aan, zonder gast. Hopelijk
            staat de A7 die dag niet vast.

            Rick
            """
        ),
    },
    {
        "id": "h47-029",
        "kind": "other",
        "sender": "Dennis Hoogland <d.hoogland@helderkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Ik kom graag, mits ik om 16.00 uur weg kan: anders mis ik de laatste trein met aansluiting op de bus
            naar huis. Is het een bezwaar als ik het laatste deel mis? Zo niet, noteer me dan maar.

            D. Hoogland
            Werkorganisatie Helderkust
            """
        ),
    },
    {
        "id": "h47-030",
        "kind": "other",
        "sender": "Wouter Groot <w.groot@omringwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, ik neem niemand mee hoor, onze concerncontroller zit die week op Gran Canaria.

            Wouter
            """
        ),
    },
    {
        "id": "h47-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Tesselaar <a.tesselaar@wadkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik meld me af voor deze middag: de laatste boot terug naar 't Oude Gat gaat om 17.00 uur en een
            overnachting in Utrecht zit er die week niet in. Lid blijf ik uiteraard wel, volgende keer beter.

            Arjen Tesselaar
            """
        ),
    },
    {
        "id": "h47-032",
        "kind": "other",
        "sender": "Astrid Kuijper <secretariaat@westfrieshaven.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "body": _(
            """
            Goedemorgen,

            Onderstaande uitnodiging stuur ik even door. De heer Bleeker wil graag komen, maar twijfelt of hij de
            hele middag kan blijven. Kunnen jullie hem voorlopig noteren? Hij belt zelf nog met Melanie.

            Groet,
            Astrid Kuijper
            secretariaat directie Westfrieshaven
            """
        ),
    },
    {
        "id": "h47-033",
        "kind": "autoreply",
        "sender": "Tjeerd Laan <tjeerd.laan@kaagland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Van 15 tot en met 26 februari ben ik met voorjaarsvakantie en lees ik mijn mail
            niet. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, 0227 - 58 30 00 of
            directie@kaagland.nl.

            Tjeerd Laan
            """
        ),
    },
    {
        "id": "h47-034",
        "kind": "autoreply",
        "sender": "Esther Bregman <e.bregman@dijkmeer-polderend.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + INVITATION,
        "body": _(
            """
            Uw bericht

                Aan: Bregman, Esther
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
                Verzonden: maandag 1 februari 2027 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op maandag 1 februari 2027 11:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h47-035",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@westfrieshaven.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht heeft de volgende ontvangers niet bereikt:

            k.bakker@westfrieshaven.nl

            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres en probeer het opnieuw.

            Diagnostische informatie voor beheerders:
            Genererende server: AM9PR02MB7761.eurprd02.prod.outlook.com
            k.bakker@westfrieshaven.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h47-036",
        "kind": "autoreply",
        "sender": "KCC Gemeente Westerhaven <info@westerhaven.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[Zaak 2027-004812] Wij hebben uw bericht ontvangen",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Bedankt voor uw e-mail aan Gemeente Westerhaven. Wij hebben uw bericht geregistreerd onder
            zaaknummer 2027-004812. U ontvangt binnen vijf werkdagen een inhoudelijke reactie. Vermeld bij
            verdere correspondentie altijd dit zaaknummer.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.
            """
        ),
    },
    {
        "id": "h47-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Sinnige <m.sinnige@zandhorn-medewaard.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Door de verschuiving naar de 18e kan ik nu wel: de kadernota is dan achter de rug. Dus graag
            alsnog een plek voor mij, en anders de wachtlijst.

            Marjolein Sinnige
            """
        ),
    },
    {
        "id": "h47-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Appelman <i.appelman@kaagland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Dank voor de uitnodiging namens mijn directeur, maar ik kan die middag zelf ook niet: dan staat de
            inloopavond over de dijkversterking gepland en die is al drie keer verzet. Ik heb Tjeerd gevraagd of
            iemand anders kan; hij laat het jullie weten.

            Ilse Appelman
            directeur Ruimte
            """
        ),
    },
    {
        "id": "h47-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Bregman <e.bregman@dijkmeer-polderend.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten: die week komt de accountant voor de interim-controle en dat gaat
            voor. Dank jullie!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h47-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Commandeur <p.commandeur@westomring.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Sinds vanochtend ligt bij ons de halve organisatie plat door een storing in het
            rekencentrum en ik moet hier blijven. Geef mijn plek maar aan iemand van de wachtlijst.

            Pieter
            """
        ),
    },
    {
        "id": "h47-041",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dennis Hoogland <d.hoogland@helderkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kan toch niet komen, en eerlijk gezegd wil ik van de hele lijst af. Ik zit al in drie andere
            netwerken en dit is er een te veel. Graag ook al mijn gegevens bij jullie wissen, niet archiveren,
            niets bewaren.
            D. Hoogland
            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h47-042",
        "kind": "unsubscribe",
        "sender": "Henk Schouten <h.schouten@streekwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging, maar ik moet jullie teleurstellen. Op 1 april ga ik na ruim veertig jaar
            bij de gemeente, de laatste acht als directeur van Streekwaard, met pensioen. Het atelier laat ik dus
            aan me voorbijgaan en jullie mogen mij ook van de ledenlijst halen. Over mijn opvolging is nog niets
            besloten.

            Het ga jullie goed. Het was altijd een feest om collega's uit het hele land te spreken.

            Henk Schouten
            """
        ),
    },
    {
        "id": "h47-043",
        "kind": "other",
        "sender": "Wouter Groot <w.groot@omringwerk.nl>",
        "quote": "none",
        "subject": "Gerrit Pronk uit dienst",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: Gerrit Pronk, tot voor kort onze directeur bedrijfsvoering, is sinds 1 maart niet
            meer bij ons in dienst. Volgens mij staat hij nog op jullie ledenlijst.

            Groet,
            Wouter Groot
            """
        ),
    },
    {
        "id": "h47-044",
        "kind": "autoreply",
        "sender": "Gerrit Pronk <g.pronk@omringwerk.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REMINDER,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Gerrit Pronk werkt niet meer bij Omringwerk. Uw bericht
            wordt niet doorgestuurd. Voor de directie kunt u mailen naar directie@omringwerk.nl.
            """
        ),
    },
    # --- na het atelier: vervolg, vertrek, overdracht ---
    {
        "id": "h47-045",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marjolein Sinnige <m.sinnige@zandhorn-medewaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor een mooie middag. Voor de volgende keer: informatieveiligheid en digitale weerbaarheid van
            de werkorganisatie. Sinds de ransomware-aanval bij een buurorganisatie zijn onze raden terecht
            kritisch. Hoe richten jullie dat in: een eigen CISO, budget, crisisoefeningen?

            M. Sinnige
            """
        ),
    },
    {
        "id": "h47-046",
        "kind": "other",
        "sender": "Jolanda Koomen <j.koomen@kogwoud-oostdijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Het verslag gelezen, mooi gedaan. Wij hebben in Kogwoud net een pilot met een wijkconcierge
            afgerond. Mag ik daar bij het volgende atelier een korte pitch over houden? Dan weet ik of ik iets
            moet voorbereiden.

            Jolanda
            """
        ),
    },
    {
        "id": "h47-047",
        "kind": "other",
        "sender": "Pieter Commandeur <p.commandeur@westomring.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik was er door die storing niet bij, maar lees graag na. De link naar het verslag geeft bij mij een
            foutmelding (404). Kunnen jullie het als pdf sturen?

            Pieter Commandeur
            """
        ),
    },
    {
        "id": "h47-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jan Bleeker <jan.bleeker@westfrieshaven.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog een aanvulling die ik vergat: de positie van onze werkorganisatie richting de regio Noord-Holland
            Noord en de provincie, bijvoorbeeld bij de woningbouwopgave. Wij schuiven vaak pas aan als alles al
            is dichtgetimmerd.

            Jan
            """
        ),
    },
    {
        "id": "h47-049",
        "kind": "subscribe",
        "sender": "Pieter Commandeur <p.commandeur@westomring.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Huh, dit klopt niet. Mijn managementassistent heeft vorige week mijn inbox opgeschoond en heeft
            volgens mij per ongeluk 'afmelden' teruggestuurd. Dat was zeker niet de bedoeling: ik wil graag lid
            blijven en de uitnodigingen blijven ontvangen.

            Pieter Commandeur
            directeur GR Westomring
            """
        ),
    },
    {
        "id": "h47-050",
        "kind": "unsubscribe",
        "sender": "Corrie Dol <c.dol@zzkust.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 juni vertrek ik als algemeen directeur van Werkorganisatie Zuiderzeekust; ik ga aan de slag bij
            de provincie. Mijn opvolger is Wendy Sijm, nu nog onze concerncontroller. Wilt u mij uitschrijven en
            haar in mijn plaats opnemen? Haar adres is w.sijm@zzkust.nl.

            Met vriendelijke groet,
            Corrie Dol
            """
        ),
    },
    {
        "id": "h47-051",
        "kind": "unsubscribe",
        "sender": "Jan Bleeker <jan.bleeker@westfrieshaven.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen, nog even ter aanvulling op mijn afmelding: de functie wordt overgenomen door Linda
            Karsten, l.karsten@westfrieshaven.nl. Zij wil graag aansluiten.

            Groet, Jan
            """
        ),
    },
    {
        "id": "h47-052",
        "kind": "other",
        "sender": "Esther Bregman <e.bregman@dijkmeer-polderend.nl>",
        "quote": "none",
        "subject": "Vooraankondiging vertrek",
        "body": _(
            """
            Beste Stan, Melanie,

            Alvast een vooraankondiging: ik heb een nieuwe baan bij het hoogheemraadschap en vertrek per
            1 september. Mijn taken neemt Koen Stam over (k.stam@dijkmeer-polderend.nl). Tot die tijd blijf ik
            gewoon lid; in augustus geef ik jullie een seintje om de overdracht rond te maken.

            Hartelijke groet,
            Esther
            """
        ),
    },
    {
        "id": "h47-053",
        "kind": "other",
        "sender": "Rick Beers <r.beers@wieringerkant.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 juli",
        "body": _(
            """
            Hallo,

            Per 1 juli gaan wij formeel verder als Werkorganisatie Kopwaard en wordt het domein wieringerkant.nl
            opgeheven. Mijn nieuwe adres wordt r.beers@kopwaard.nl. Willen jullie dat in de ledenlijst aanpassen?

            Met vriendelijke groet,
            Rick Beers
            """
        ),
    },
    {
        "id": "h47-054",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.mailprovider-noord.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.mailprovider-noord.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <secretaris@gemeente-lutjewaard.nl>: Host or domain name not found. Name service error
                for name=gemeente-lutjewaard.nl type=MX: Host not found, try again
            """
        ),
    },
    {
        "id": "h47-055",
        "kind": "unsubscribe",
        "sender": "Bert Ooijevaar <b.ooijevaar@schagerbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo allemaal,

            Thema's heb ik deze keer niet, want ik ben er straks niet meer bij: eind september stop ik bij
            Schagerbroek en daarna ga ik een jaar op Texel zeilen en klussen. Graag mij afmelden als lid. De
            raad benoemt binnenkort Priscilla de Wit als mijn opvolger; haar mailadres krijgt ze pas bij
            indiensttreding, dan meldt ze zich zelf aan.

            Bert
            """
        ),
    },
    {
        "id": "h47-056",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@hebe-werkt.nl>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Delivery incomplete **

            There was a temporary problem delivering your message to t.brouwer@hebe-werkt.nl. The recipient's
            mailbox is full and can't accept messages now. Gave up after 72 hours.

            The response from the remote server was:
            552 5.2.2 The email account that you tried to reach is over quota.
            """
        ),
    },
    {
        "id": "h47-057",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. drs. A.C. Meester <a.meester@oosterkogge.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij verzoek ik u, met een beroep op artikel 17 van de Algemene verordening gegevensbescherming,
            mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties te beeindigen en
            alle persoonsgegevens die u van mij verwerkt (naam, functie, e-mailadres, aanmeld- en
            deelnamegegevens) te wissen. Graag ontvang ik een bevestiging zodra dit is gebeurd.

            Hoogachtend,

            mr. drs. A.C. Meester
            algemeen directeur Werkorganisatie Oosterkogge
            """
        ),
    },
    {
        "id": "h47-058",
        "kind": "other",
        "sender": "Yvonne Kos <y.kos@omringwerk.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Goedendag,

            Begin dit jaar kreeg ik van u een bevestigingsmail voor een aanmelding die ik niet zelf had gedaan.
            Ik wil graag weten welke gegevens u destijds van mij heeft vastgelegd en of daar nog iets van bewaard
            is. Wilt u mij een overzicht sturen?

            Met vriendelijke groet,
            Yvonne Kos
            """
        ),
    },
    {
        "id": "h47-059",
        "kind": "subscribe",
        "sender": "Sanne Ruiter <s.ruiter@hebe-werkt.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, zou u mij willen aanmelden voor het directeurennetwerk? Sinds 1/9 ben ik directeur
            bedrijfsvoering bij HeBe (Heerwoud-Bennemeer), daarvoor zat ik er alleen als gast bij. Dank!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
]
# fmt: on
