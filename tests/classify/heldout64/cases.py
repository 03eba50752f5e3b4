"""heldout64: a year of mail from directors of shared civil-service organisations in the Ommelanden and Veenkoloniën.

The writers are directors, directeuren bedrijfsvoering, managementassistants and servicedesks of invented
werkorganisaties and GR's in the Groningen Ommelanden and the Veenkoloniën (Reitdiepwold, Marneland, Fivelkust
Samen, Ommelander Wierden, Oldambster Kwelder, Dollardzoom, Turfvaart, Hunzedal, Westerdiepkant, Kanaalzijde,
Dreefveen, Pekelmonde and others). The mail runs from the call for themes in winter through the March atelier, its
follow-up and the comings and goings of the summer: sign-ups and re-joins, confirmations (one empty, one a signature
alone), retirements and hand-overs, an AVG erasure, replies under every one of our mails, calendar answers,
out-of-office mail, a read receipt, a ticket system and two delivery failures. About a third is hard: requests
hidden in chatter, look-alikes of leaving and signing up, mails that carry two things.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer ("toch wel");
- leaving the network and declining the atelier in one mail is `unsubscribe`; "afmelden voor donderdag" while
  staying a member, and a decline with a substitute, are `rsvp` False;
- a successor with address (also under our goodbye), or leaving with a successor not yet reachable, is
  `unsubscribe`; a hand-over at a later date with "tot die tijd blijf ik lid" is `other`; a colleague reporting
  that someone left is `other`;
- an erasure request is `unsubscribe` with `erase`, also with a question beside it;
- one named colleague with address signed up by an assistant is `subscribe`; several people is `other`;
  "lid blijven" under our goodbye is `subscribe`;
- a plain denial under the confirmation ("wie heeft dit gedaan?") is `unsubscribe`; asking where we got the
  address is `other`;
- an empty reply or a signature alone under the confirmation is `confirm`; an assistant confirming for someone
  else, or a confirmation with a real question beside it, is `other`;
- under the call for themes or the follow-up, a topic is a `suggestion` (also with "ik kom"), only saying one
  comes is `rsvp`; a topic under the welcome or the invitation is a `suggestion` too; proposals about the form,
  backing someone else's topic and asking to present are `other`;
- a "nee" that only answers the side question about a guest is `other`; an assistant answering under our
  invitation is `rsvp`, an assistant's forward (`doorgestuurd`) with a line above is that assistant's `other`;
- out-of-office, "adres niet meer in gebruik", read receipts and ticket systems are `autoreply` with the thread of
  the mail they answer; delivery failures are `bounce` without a thread; replies to the follow-up use `followup`.
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
        "id": "ho64-001",
        "kind": "subscribe",
        "sender": "Roelf Jan Hoving <rj.hoving@wo-reitdiepwold.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 september ben ik algemeen directeur van de Werkorganisatie Reitdiepwold, de ambtelijke
            organisatie van Wierumerzijl en Oostermarne. Mijn voorganger sprak altijd lovend over de ateliers,
            dus ik hoef er niet lang over na te denken: ik meld me hierbij aan als lid van het netwerk, op dit
            adres.

            Met vriendelijke groet,

            drs. R.J. (Roelf Jan) Hoving
            algemeen directeur
            Werkorganisatie Reitdiepwold
            Postbus 14, 9971 ZG Wierumerzijl
            T 0595 - 42 17 00
            """
        ),
    },
    {
        "id": "ho64-002",
        "kind": "subscribe",
        "sender": "Sientje Oosting <s.oosting@turfvaart.nl>",
        "quote": "none",
        "subject": "weer meedoen",
        "body": _(
            """
            Beste Stan en Melanie,

            Misschien zegt mijn naam jullie nog iets: tot 2024 zat ik in het netwerk namens de Dollardzoom en
            toen ik naar de provincie ging heb ik me netjes laten uitschrijven. Na dat uitstapje ben ik terug
            in het vak, als gemeentesecretaris-directeur bij Turfvaart (Kanaalveen, Nieuw-Turfwijk en
            Mondwolde). Zetten jullie me er weer op? Nu dus met mijn Turfvaart-adres.

            Hartelijke groet uit de Veenkoloniën,
            Sientje Oosting
            """
        ),
    },
    {
        "id": "ho64-003",
        "kind": "subscribe",
        "sender": "Trijntje Doornbos <secretariaat.directie@fivelkustsamen.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur bedrijfsvoering Fivelkust Samen",
        "body": _(
            """
            Goedemorgen,

            Per 1 februari begint Wiebe Tammeling bij ons als directeur bedrijfsvoering. Hij vroeg mij hem
            vast bij uw netwerk aan te melden, zodat hij de uitnodiging voor maart niet mist. Zijn
            e-mailadres is w.tammeling@fivelkustsamen.nl (dat is al actief, hij leest het vanaf volgende week).

            Alvast hartelijk dank!

            Trijntje Doornbos
            managementondersteuning directie
            Fivelkust Samen - werkorganisatie voor Fiveldam en Ter Wierum
            """
        ),
    },
    {
        "id": "ho64-004",
        "kind": "subscribe",
        "sender": "Egbert Huizing <e.huizing@ommelanderwierden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven graag!

            Dit was een misser van mijn kant: ik wilde van een nieuwsbrief van een softwareleverancier af en
            heb kennelijk in jullie mailtje op 'afmelden' geantwoord. Excuses voor het extra werk.

            Egbert
            """
        ),
    },
    {
        "id": "ho64-005",
        "kind": "subscribe",
        "sender": "Karin Meijering <karin.meijering@dreefveen.nl>",
        "quote": "none",
        "subject": "aanmelden netwerk",
        "body": _(
            """
            Hoi, via Jelte van de Westerdiepkant hoorde ik van jullie netwerk. Ben sinds 3 weken directeur
            bedrijfsvoering bij Dreefveen en wil me graag aanmelden, dit adres is prima. Gr Karin

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "ho64-006",
        "kind": "confirm",
        "sender": "Lammert Pot <l.pot@grmarneland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "ho64-007",
        "kind": "confirm",
        "sender": "Ina Luinge <i.luinge@westerdiepkant.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            Ina Luinge
            Gemeentesecretaris / algemeen directeur
            Werkorganisatie Westerdiepkant
            Raadhuisplein 2 | 9641 AK Veenwolde
            T 0598 - 37 22 10 | M 06 - 41 88 20 53

            Werkorganisatie Westerdiepkant werkt voor de gemeenten Veenwolde en Oude Kanaal. Is dit bericht
            niet voor u bedoeld? Verwijder het dan en laat het de afzender even weten.
            """
        ),
    },
    {
        "id": "ho64-008",
        "kind": "confirm",
        "sender": "Jelte Mulder <jelte.mulder@westerdiepkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            ja hoor, bij deze bevestigd 👍 (Ina had me al gewaarschuwd dat deze zou komen)
            Jelte

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ho64-009",
        "kind": "confirm",
        "sender": "Geesje Bakker-Top <g.bakker-top@hunzedal-ao.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Uw herinnering kwam op het goede moment: de eerste mail was ondergesneeuwd in drie weken
            vakantiepost. Hierbij dus alsnog de bevestiging van mijn aanmelding.

            Met groet,
            Geesje Bakker-Top
            directeur Hunzedal Ambtelijke Organisatie
            """
        ),
    },
    {
        "id": "ho64-010",
        "kind": "confirm",
        "sender": "Yusuf Aydın <y.aydin@wadkantgemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Confirmed, thanks. Looking forward to meeting the other directors - my Dutch is fine for the
            ateliers, I just type faster in English.

            Best,
            Yusuf Aydın
            Director of Operations | Wadkant Gemeenten
            """
        ),
    },
    # -------------------------------------------------------------- unsubscribe
    {
        "id": "ho64-011",
        "kind": "unsubscribe",
        "sender": "Klaas Niehof <k.niehof@oldambsterkwelder.nl>",
        "quote": "none",
        "subject": "Uitschrijven i.v.m. pensionering",
        "body": _(
            """
            Geacht secretariaat,

            Sinds vorige week vrijdag ben ik, na ruim elf jaar als directeur van de Samenwerking Oldambster
            Kwelder, met pensioen. Ik verzoek u mij uit het ledenbestand van het netwerk te halen. Wie mij
            opvolgt is nog niet bekend; het algemeen bestuur beslist daar na de zomer over.

            De ateliers waren voor mij altijd een welkome onderbreking van het dagelijkse gedoe. Dank daarvoor.

            Met vriendelijke groet,
            K. Niehof
            """
        ),
    },
    {
        "id": "ho64-012",
        "kind": "unsubscribe",
        "sender": "Hennie Scholtens <h.scholtens@zandrugmonden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Voor de elfde moet ik passen, en eerlijk gezegd ook voor alles wat daarna komt: eind februari neem
            ik afscheid van Zandrug-Monden. Haal me dus maar uit het netwerk, dan blijft jullie lijst
            overzichtelijk. Dank voor alle goede gesprekken door de jaren heen!

            Hennie
            """
        ),
    },
    {
        "id": "ho64-013",
        "kind": "unsubscribe",
        "sender": "Derk Boelens <d.boelens@veenstreekwerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dank voor de bevestiging. Jullie vragen naar een opvolger: dat wordt Marjolein Eising, zij begint
            1 april als algemeen directeur van Veenstreek Werkt. Haar adres is m.eising@veenstreekwerkt.nl.
            Mooi als zij straks de uitnodiging voor het najaarsatelier krijgt.

            Groet, Derk
            """
        ),
    },
    {
        "id": "ho64-014",
        "kind": "unsubscribe",
        "sender": "Okke Hazenberg <o.hazenberg@dollardzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geen thema's van mij dit keer: ik vertrek per 1 maart naar de provincie Drenthe. Mijn portefeuille
            gaat naar Anouk Hoekzema, nu nog plaatsvervangend directeur. Haar mailadres verandert binnenkort,
            dat geeft zij zelf wel door. Wilt u mij alvast uitschrijven?

            Met vriendelijke groet,
            Okke Hazenberg
            """
        ),
    },
    {
        "id": "ho64-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Margriet Lubbers <m.lubbers@ommelanderwierden.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Ik heb mijn functie bij Ommelander Wierden neergelegd en verzoek u op grond van artikel 17 AVG al
            mijn persoonsgegevens te wissen: naam, e-mailadres, functie en wat u verder van mij hebt
            vastgelegd, ook op de deelnemerslijsten van eerdere ateliers.

            Daarnaast een vraag: sta ik herkenbaar op foto's in de gepubliceerde verslagen, en zo ja, kunnen
            die worden verwijderd of onherkenbaar gemaakt?

            Graag ontvang ik een bevestiging zodra de verwijdering is uitgevoerd.

            Met vriendelijke groet,
            M.J. Lubbers
            """
        ),
    },
    {
        "id": "ho64-016",
        "kind": "unsubscribe",
        "sender": "Freek Dalhuisen <f.dalhuisen@hunzedal-ao.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me nergens voor aangemeld. Wie heeft dit gedaan? Het kwam blijkbaar via ons algemene
            secretariaatsadres binnen, maar daar weet niemand ervan.

            F. Dalhuisen
            """
        ),
    },
    {
        "id": "ho64-017",
        "kind": "unsubscribe",
        "sender": "Rixt Veldman <r.veldman@lindewolde-kanaalstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag, ik heb het met plezier teruggelezen. Het wordt wel mijn laatste: de
            ambtelijke fusie van Lindewolde en Kanaalstreek wordt per 1 juli ontvlochten en ik ga terug naar
            één gemeente. Dan hoor ik niet meer bij de doelgroep. Wilt u mij uitschrijven?

            Hartelijke groet,
            Rixt Veldman
            """
        ),
    },
    # --------------------------------------------------------------------- rsvp
    {
        "id": "ho64-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bauke Ritsema <b.ritsema@grmarneland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Het onderwerp raakt precies waar wij in Marneland nu mee worstelen.

            Bauke Ritsema
            directeur bedrijfsvoering GR Marneland
            """
        ),
    },
    {
        "id": "ho64-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annechien Sikkema <a.sikkema@fivelkustsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Op 11 maart is in Ter Wierum de extra raadsvergadering over de begrotingswijziging en
            daar kan ik echt niet onderuit.

            Hartelijke groet,
            Annechien
            """
        ),
    },
    {
        "id": "ho64-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Oortwijn <J.Oortwijn@dollardzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ik ben er, samen met onze concerncontroller; noteert u ons dus met twee personen.

            Met vriendelijke groet,

            J. Oortwijn
            Directeur
            Werkorganisatie Dollardzoom
            """
        ),
    },
    {
        "id": "ho64-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Martine Baas <m.baas@dijkmaren.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Zelf kan ik er helaas niet bij (begrotingsbehandeling in het AB), maar mijn plaatsvervanger gaat
            in mijn plaats: Tjeerd Wagenaar, t.wagenaar@dijkmaren.nl. Hij kent ons verhaal over de twee
            colleges minstens zo goed als ik.

            Groet,
            Martine Baas
            algemeen directeur Dijkmaren
            """
        ),
    },
    {
        "id": "ho64-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Brouwer <w.brouwer@westerdiepkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Luinge laat ik u weten dat zij op 11 maart graag aanwezig is. Het atelier staat
            inmiddels in haar agenda, inclusief reistijd.

            Met vriendelijke groet,

            Wendy Brouwer
            directiesecretaresse Werkorganisatie Westerdiepkant
            """
        ),
    },
    {
        "id": "ho64-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Zuidema <g.zuidema@wo-reitdiepwold.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot dan! Ik reis met de trein vanuit Groningen, dus misschien een paar minuten later.
            """
        ),
    },
    {
        "id": "ho64-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priya Ramdin <p.ramdin@hunzedal-ao.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Sorry - that week I'm on a working visit to our partner district in Lower Saxony.
            """
        ),
    },
    {
        "id": "ho64-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinder Post <r.post@oldambsterkwelder.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geef mijn plek op de wachtlijst maar aan een ander: op diezelfde middag is inmiddels een
            crisisoverleg over de aanbesteding jeugdzorg geland. Ik kan dus toch niet.

            R. Post
            """
        ),
    },
    {
        "id": "ho64-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carolien Brink <carolien.brink@dreefveen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            De 18e staat genoteerd. Ook op de nieuwe datum kom ik graag, en als dat via de wachtlijst moet
            dan wacht ik rustig mijn beurt af.

            Carolien
            """
        ),
    },
    {
        "id": "ho64-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tamara Kuipers-Lap <t.kuipers-lap@dollardzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Dirk met plezier over en kom met de gast die hij al
            had opgegeven, onze strategisch adviseur. Tot donderdag de elfde.

            Tamara Kuipers-Lap
            """
        ),
    },
    {
        "id": "ho64-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evert Kamminga <e.kamminga@kanaalzijde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Ik heb er een paar dagen op gebroed, maar kom niet op iets dat niet al eens voorbij is gekomen. De
            keuze laat ik dus graag aan de anderen. Wat ik wel al weet: op 11 maart ben ik van de partij,
            reken maar op mij.

            Groet, Evert Kamminga
            """
        ),
    },
    {
        "id": "ho64-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk-Jan Slagter <hj.slagter@turfvaart.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Wilt u mij afmelden voor donderdag? Bij de sluis in Kanaalveen is een calamiteit die al mijn
            aandacht vraagt. Lid van het netwerk wil ik uiteraard blijven, het gaat alleen om deze keer.

            Met vriendelijke groet,

            Henk-Jan Slagter
            directeur Openbare Ruimte & Bedrijfsvoering | Turfvaart
            """
        ),
    },
    {
        "id": "ho64-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Hofstee <s.hofstee@wadkantgemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Kleine correctie op mijn mail van vorige week. Toen schreef ik dat ik niet kon, maar het werkbezoek
            van de gedeputeerde is een week opgeschoven. Ik ben er op 11 maart dus toch bij.

            Sjoerd Hofstee
            """
        ),
    },
    # --------------------------------------------------------------- suggestion
    {
        "id": "ho64-031",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bart Visscher <b.visscher@grmarneland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp: hoe krijg je na de fusie twee verschillende zaaksystemen echt samen, zonder dat de
            werkprocessen van beide gemeenten gewoon dubbel naast elkaar blijven draaien?

            Bart Visscher | manager I&A en bedrijfsvoering | GR Marneland
            """
        ),
    },
    {
        "id": "ho64-032",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Inge Nijhoff <i.nijhoff@veenstreekwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            - een gedeelde langetermijnvisie op de werkorganisatie tot 2035, nu elk van de drie colleges een
              eigen coalitieakkoord heeft
            - hoe houden we het loket in de kleine kernen open terwijl steeds meer inwoners alles digitaal
              regelen?

            Inge
            """
        ),
    },
    {
        "id": "ho64-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Daan Ubbens <d.ubbens@ommelanderwierden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Wat een goede middag, vooral de tafel over couleur locale. Volgende keer ben ik er zeker weer bij.

            Onderwerp voor het najaar: hoe positioneer je je als kleine werkorganisatie in de Ommelanden
            tegenover de stad Groningen en de regiodeal? Schuif je aan, of smeed je eerst een blok met de
            buurgemeenten?

            Daan
            """
        ),
    },
    {
        "id": "ho64-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jolanda Mellema <j.mellema@kanaalzijde.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het hartelijke welkom. U vraagt of ik al een onderwerp heb - eigenlijk wel. Onze
            vacatures bij vergunningverlening en ICT staan al anderhalf jaar open. Ik praat graag met collega's
            over slimmer werven, eigen mensen opleiden en het opzetten van een vaste flexpool.

            Hartelijke groet,
            Jolanda Mellema

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "ho64-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Agnes Tiemens <a.tiemens@dijkmaren.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog één aanvulling op mijn lijstje: mag een werkorganisatie een eigen maatschappelijke agenda
            hebben, of zijn we puur uitvoerder van wat de raden vragen? Die vraag ligt bij ons nu op tafel bij
            de nieuwe meerjarenkoers.

            Agnes
            """
        ),
    },
    {
        "id": "ho64-036",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Menno Pranger <m.pranger@hunzedal-ao.nl>",
        "quote": "none",
        "subject": "Onderwerp voor het volgende atelier",
        "body": _(
            """
            Goedemiddag,

            Eén onderwerp heb ik bij de ateliers tot nu toe gemist: krimp. In onze Veenkoloniale dorpen daalt
            het inwonertal al twintig jaar. Wat betekent dat voor de koers van een werkorganisatie op de lange
            termijn: blijf je alle taken zelf doen, of kies je bewust voor minder en beter?

            Met vriendelijke groet,
            Menno Pranger
            Hunzedal Ambtelijke Organisatie
            """
        ),
    },
    {
        "id": "ho64-037",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Frank Schuiling <F.Schuiling@westerdiepkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Als onderwerp stel ik voor: het sturingsmodel van een GR met twee eigenaren. Hoe richt je het
            opdrachtgeverschap van de colleges zo in dat de werkorganisatie niet alle kanten op wordt
            getrokken, en hoe vertaal je dat naar de eigen managementstructuur? Het raakt zowel de verhouding
            tussen de gemeenten als onze interne sturing.

            F. Schuiling
            """
        ),
    },
    {
        "id": "ho64-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Meinders <s.meinders@fivelkustsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hi both,

            Quick one from a conference in Copenhagen: I'd love to discuss how we measure the quality of our
            services to residents and local businesses. We built a dashboard with waiting times and
            satisfaction scores per village and I'm curious how other organisations monitor their performance.

            Cheers,
            Saskia
            """
        ),
    },
    {
        "id": "ho64-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Robbert Eefting <r.eefting@oldambsterkwelder.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Melanie,

            Het verslag heb ik in de trein gelezen. Bij ons is het onrustig: de accountant kwam met een
            kritische managementletter, het AB twijfelt aan de verdeelsleutel en een van onze wethouders zit
            ziek thuis. Stof genoeg, maar dat is niet wat ik wil aandragen.

            Wat ik volgende keer graag op tafel zie: inwoners bellen nog steeds 'hun' gemeentehuis en krijgen
            dan iemand aan de lijn die hun dorp niet kent. Hoe zorgen andere werkorganisaties voor één
            herkenbaar klantcontact dat toch lokaal aanvoelt?

            Groet,
            Robbert
            """
        ),
    },
    {
        "id": "ho64-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Keizer <w.keizer@zandrugmonden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Of ik op 11 maart kan, weet ik pas na het MT van maandag; daarover hoort u nog van me. Los daarvan
            een suggestie voor een volgend atelier: informatieveiligheid. Na de hack bij een buurgemeente vraag
            ik me af hoe anderen hun I&A-organisatie, back-ups en crisisdraaiboeken hebben ingericht.

            Wouter Keizer
            """
        ),
    },
    # ---------------------------------------------------------------- autoreply
    {
        "id": "ho64-041",
        "kind": "autoreply",
        "sender": "Lammert Pot <l.pot@grmarneland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 14 tot en met 25 februari ben ik met vakantie en lees ik mijn mail niet. Voor dringende zaken
            kunt u terecht bij het directiesecretariaat van GR Marneland, 0595 - 57 30 00.
            """
        ),
    },
    {
        "id": "ho64-042",
        "kind": "autoreply",
        "sender": "Yusuf Aydın <y.aydin@wadkantgemeenten.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Tot en met 7 januari ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd.

            I am out of the office until 7 January. Your e-mail will not be forwarded.
            """
        ),
    },
    {
        "id": "ho64-043",
        "kind": "autoreply",
        "sender": "Gea Hummel <g.hummel@kanaalzijde.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Mevrouw Hummel is niet langer werkzaam bij Kanaalzijde.
            Uw bericht is niet doorgestuurd. Voor algemene vragen: info@kanaalzijde.nl of 0599 - 21 40 00.
            """
        ),
    },
    {
        "id": "ho64-044",
        "kind": "autoreply",
        "sender": "Servicedesk Turfvaart <servicedesk@turfvaart.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[TFV-2027-004183] Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste afzender,

            Uw bericht is ontvangen door de Servicedesk van Turfvaart en geregistreerd onder meldingsnummer
            TFV-2027-004183. Wij streven ernaar uw melding binnen drie werkdagen af te handelen.
            Reageert u op deze e-mail, laat het meldingsnummer dan in het onderwerp staan.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "ho64-045",
        "kind": "autoreply",
        "sender": "Pieter Smid <p.smid@dijkmaren.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Gelezen: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Pieter Smid
              Onderwerp: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid"
               [atelier:2027-1]
              Verzonden: dinsdag 16 maart 2027 09:12:40 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 16 maart 2027 11:47:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # ------------------------------------------------------------------- bounce
    {
        "id": "ho64-046",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to a.kremer.groningen@gmail.com because the address couldn't be
            found, or is unable to receive mail.

            The response from the remote server was:
            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
            recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
    {
        "id": "ho64-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zandrugmonden.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij j.wolthuis@zandrugmonden.nl

            Het e-mailadres dat u hebt ingevoerd, bestaat niet in het domein zandrugmonden.nl. Controleer het
            adres van de ontvanger op typfouten en probeer het opnieuw.

            Diagnostische gegevens voor beheerders:
            Genererende server: MAIL01.zandrugmonden.local
            j.wolthuis@zandrugmonden.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # -------------------------------------------------------------------- other
    {
        "id": "ho64-048",
        "kind": "other",
        "sender": "Ellen de Boer-Nap <e.deboernap@bwo-noordkwartier.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 april",
        "body": _(
            """
            Beste secretariaat,

            Onze werkorganisatie gaat verder onder de naam Wierdenland en krijgt daarmee een nieuw domein.
            Vanaf 1 april ben ik bereikbaar op ellen.deboernap@wierdenland.nl; het oude adres vervalt na de
            zomer. Willen jullie het in de ledenlijst aanpassen?

            Groet,
            Ellen de Boer-Nap
            directeur BWO Noordkwartier (straks Wierdenland)
            """
        ),
    },
    {
        "id": "ho64-049",
        "kind": "other",
        "sender": "Nynke Zijlstra <n.zijlstra@kanaalzijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging kwam binnen in de mailbox van mevrouw Hummel. Zij is sinds half februari niet meer
            bij Kanaalzijde werkzaam; ik beheer haar mailbox tijdelijk. Wie haar taken overneemt, is nog niet
            bekend.

            Met vriendelijke groet,
            Nynke Zijlstra
            bestuurssecretariaat Kanaalzijde
            """
        ),
    },
    {
        "id": "ho64-050",
        "kind": "other",
        "sender": "Hilde Stuiver <h.stuiver@wo-maarvliet.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap na de zomer",
        "body": _(
            """
            Dag Stan,

            Even vooruitlopend: per 1 oktober draag ik het directeurschap van Werkorganisatie Maarvliet over aan
            Lisanne Hovenkamp, l.hovenkamp@wo-maarvliet.nl. Tot die tijd blijf ik gewoon lid en kom ik ook nog
            naar het voorjaarsatelier; daarna mag zij mijn plek in het netwerk innemen.

            Hartelijke groet,
            Hilde
            """
        ),
    },
    {
        "id": "ho64-051",
        "kind": "other",
        "sender": "Mark Venema <m.venema@pekelmonde.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de welkomstmail. Kunnen mijn twee adjunct-directeuren ook lid worden? Het gaat om
            Lies Kloosterhuis (l.kloosterhuis@pekelmonde.nl) en Tjalling Bosma (t.bosma@pekelmonde.nl). Bij ons
            draaien we de directie met z'n drieën, dus het zou zonde zijn als alleen ik de uitnodigingen krijg.

            Mark Venema
            algemeen directeur Werkorganisatie Pekelmonde
            """
        ),
    },
    {
        "id": "ho64-052",
        "kind": "other",
        "sender": "Jan-Willem Wolters <jw.wolters@wadkantgemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom graag, mits ik onze AB-voorzitter mag meenemen. Hij is wethouder en dus geen ambtenaar; is
            dat wel de bedoeling van het atelier, of zijn gasten alleen collega's uit de ambtelijke top? Laat
            het even weten, dan bevestig ik definitief.

            Jan-Willem
            """
        ),
    },
    {
        "id": "ho64-053",
        "kind": "other",
        "sender": "Femke Swart <f.swart@turfvaart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen inhoudelijk thema, wel een wens over de vorm: kan een van de twee ateliers per jaar eens in
            het Noorden plaatsvinden, bijvoorbeeld in de stad Groningen? Vanuit Nieuw-Turfwijk ben ik enkele
            reis ruim twee en een half uur onderweg naar Utrecht. Een programma dat pas om 14.30 uur begint
            zou ook al schelen.

            Femke Swart
            """
        ),
    },
    {
        "id": "ho64-054",
        "kind": "other",
        "sender": "Rutger van Dam <r.vandam@pekelmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Aan het eind van de middag opperde Bart Visscher van Marneland om het een volgende keer over de
            zaaksystemen na een fusie te hebben. Daar sluit ik me van harte bij aan, bij ons precies hetzelfde
            verhaal. Een eigen onderwerp heb ik niet, maar tel zijn voorstel wat mij betreft dubbel.

            Rutger
            """
        ),
    },
    {
        "id": "ho64-055",
        "kind": "other",
        "sender": "Harmke Veenstra <h.veenstra@wo-maarvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Afgelopen jaar hebben we in Maarvliet per dorp een vast kernteam van drie ambtenaren ingericht,
            met verrassend goede resultaten. Zou ik die aanpak in maart mogen presenteren? Een kwartier is
            genoeg, met ruimte voor vragen.

            Groet,
            Harmke Veenstra
            """
        ),
    },
    {
        "id": "ho64-056",
        "kind": "other",
        "sender": "Wiebe Tammeling <w.tammeling@fivelkustsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee hoor, ik neem niemand mee; mijn plaatsvervanger zit die week op cursus in Zwolle.

            Wiebe
            """
        ),
    },
    {
        "id": "ho64-057",
        "kind": "other",
        "sender": "Petra Lanting <secretariaat@veenstreekwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Hierbij bevestig ik namens mevrouw Eising haar aanmelding. Zolang zij nog aan het inwerken is,
            handel ik op haar verzoek dit soort mail voor haar af.

            Met vriendelijke groet,
            Petra Lanting
            secretariaat directie Veenstreek Werkt
            """
        ),
    },
    {
        "id": "ho64-058",
        "kind": "other",
        "sender": "Aly Smeenge <a.smeenge@dollardzoom.nl>",
        "quoted": "herinnering_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ter info: de heer Oortwijn zit donderdag bij een hoorzitting van de bezwarencommissie en komt
            dus niet. Kunt u zijn plaats en die van zijn gast vrijgeven?

            Groet, Aly
            secretariaat directie Dollardzoom
            """
        ),
    },
    {
        "id": "ho64-059",
        "kind": "other",
        "sender": "Tjalling Bosma <t.bosma@pekelmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Bevestigd. Wel een vraag vooraf: is het netwerk ook bedoeld voor adjunct-directeuren? Mark Venema
            heeft mij aangemeld, maar ik wil geen plek innemen die voor een algemeen directeur bedoeld is.

            Tjalling Bosma
            """
        ),
    },
    {
        "id": "ho64-060",
        "kind": "other",
        "sender": "Gert Rozema <g.rozema@zandrugmonden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dit netwerk ken ik niet en ik heb me ook niet aangemeld. Hoe bent u aan mijn e-mailadres gekomen?

            G. Rozema
            teamleider Belastingen
            """
        ),
    },
]
# fmt: on
