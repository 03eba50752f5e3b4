"""devset128: leaving the network versus declining the atelier while staying a member.

Directors, a few assistants and one substitute answer our invitation, our reminder and now and then another of our
mails (the waiting-list note, the change, the cancellation, the call for themes, the follow-up, the goodbye). Half of
them leave the network for good, in many words: retirement, a job outside the field, a shared organisation that is
dissolved or split up, a post that is abolished, "haal me van de lijst", "stop sending me these", often together
with "so I won't come either"; some hand their seat to a successor (with or without an address yet) and some ask for
an AVG erasure. The other half only decline this atelier, often in words that sound final ("meld mij maar af",
"afmelden voor 11 maart", "haal mij van de deelnemerslijst", "ik moet passen"), some with a substitute, one as a
calendar answer. The rest is for the secretariat: a leave announced for later with "tot die tijd blijf ik lid",
colleagues reporting that someone has left, and questions about what leaving means.

Conventions this set relies on (from the brief):
- The label is what the writer asks now, not what our mail was about: leaving written under the invitation or the
  reminder is `unsubscribe`.
- Leaving the network and declining the atelier in one mail is `unsubscribe`; a decline that keeps the membership,
  also when worded as "afmelden", and a decline with a substitute are `rsvp` with attending False.
- A successor who takes over the seat, with or without an address, is `unsubscribe` (also under our goodbye); a
  hand-over at a later date with "tot die tijd blijf ik lid" is `other`; a colleague reporting that someone left is
  `other`.
- Leaving with a request to remove all one's data is `unsubscribe` with erase True; asking to see one's data is
  `other`.
- An assistant answering our invitation for the director is `rsvp`; a calendar decline is `rsvp`.
- Questions about what leaving means, and leaving on a condition, are `other`.
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
    # ---- unsubscribe: leaving the network -------------------------------------------------------------------
    {
        "id": "d128-001",
        "kind": "unsubscribe",
        "sender": "Gerrit Bosman <g.bosman@werkorganisatie-kreekrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 februari ga ik met pensioen, na eenenveertig jaar in het openbaar bestuur. Het atelier in maart
            haal ik dus niet meer, en het heeft ook weinig zin dat ik nog post van het netwerk krijg. Willen jullie
            mij als lid uitschrijven?

            Het was me steeds een genoegen.

            Hartelijke groet,
            Gerrit Bosman
            algemeen directeur Werkorganisatie Kreekrug
            """
        ),
    },
    {
        "id": "d128-002",
        "kind": "unsubscribe",
        "sender": "Anouk ter Haar <anouk.terhaar@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Hoi allebei,

            Sinds vorige maand zit ik bij een woningcorporatie in Zeeland, dus met fusieorganisaties heb ik niks
            meer te maken. Haal mij maar van de lijst! Mijn oude werkadres wordt doorgestuurd naar dit privéadres,
            vandaar.

            Groetjes en succes,
            Anouk
            """
        ),
    },
    {
        "id": "d128-003",
        "kind": "unsubscribe",
        "sender": "Daniel Okafor <d.okafor@gr-waalhoven.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan, hi Melanie,

            Please stop sending me these. I moved to the private sector in January and this mailbox is only kept
            open for me for a few more weeks. Obviously I won't be joining on Thursday either, so my seat (and my
            guest's) can go to the waiting list.

            Kind regards,
            Daniel Okafor
            """
        ),
    },
    {
        "id": "d128-004",
        "kind": "unsubscribe",
        "sender": "Marjolein Haverkamp <m.haverkamp@ondersteuning-duinrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Onze GR wordt per 1 januari ontvlochten, de drie gemeenten gaan weer elk hun eigen weg. Ik hoef deze
            uitnodigingen dus niet meer te ontvangen. Dank voor alle mooie middagen de afgelopen jaren!

            Marjolein

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d128-005",
        "kind": "unsubscribe",
        "sender": "mr. drs. F.J.M. (Frans) Lamers <f.lamers@bedrijfsvoering-heemsloot.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij zeg ik mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties op.
            Ik heb mijn netwerken kritisch tegen het licht gehouden en moet keuzes maken. Dit betekent uiteraard
            ook dat ik op 11 maart niet aanwezig zal zijn.

            Ik dank u voor de prettige samenwerking.

            Hoogachtend,

            mr. drs. F.J.M. Lamers
            directeur Bedrijfsvoeringsorganisatie Heemsloot
            """
        ),
    },
    {
        "id": "d128-006",
        "kind": "unsubscribe",
        "sender": "Wim Scholtens <wim.scholtens@veenland-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Antw: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik zit sinds januari niet meer op deze stoel, ben voor onbepaalde tijd gedetacheerd bij BZK.
            Schrap me als lid, dus ik kom donderdag ook niet.

            gr. Wim
            """
        ),
    },
    {
        "id": "d128-007",
        "kind": "unsubscribe",
        "sender": "Corinne Vos-Meijering <C.Vos-Meijering@wo-veenoord-lindegracht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            De Werkorganisatie Veenoord-Lindegracht houdt per 31 december op te bestaan; beide gemeenten gaan op in
            één nieuwe gemeente met een eigen ambtelijk apparaat. Daarmee vervalt mijn functie en ook de grond voor
            mijn deelname aan uw netwerk. Wilt u mij als lid afmelden?

            Met vriendelijke groet,

            Corinne Vos-Meijering
            Directeur Werkorganisatie Veenoord-Lindegracht
            """
        ),
    },
    {
        "id": "d128-008",
        "kind": "unsubscribe",
        "sender": "Hendrik-Jan Altena <hj.altena@dewaardsegemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Per 1 maart vertrek ik naar de provincie. Mijn opvolger als algemeen directeur is Sanne Rietveld
            (s.rietveld@dewaardsegemeenten.nl); zij neemt mijn plek in het netwerk over, dus ook de uitnodigingen
            voor de ateliers. Mij kunnen jullie uitschrijven.

            Groet,
            Hendrik-Jan
            """
        ),
    },
    {
        "id": "d128-009",
        "kind": "unsubscribe",
        "sender": "Lisa Verwoerd <lisa.verwoerd@samenwerking-kempenrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dear Stan and Melanie,

            As of next Monday I'm leaving Kempenrand for a post in Brussels. My successor, Ruben Hoekstra
            (r.hoekstra@samenwerking-kempenrand.nl), will take over my membership of the network. Please take me
            off your mailing list from now on.

            Best wishes,
            Lisa
            """
        ),
    },
    {
        "id": "d128-010",
        "kind": "unsubscribe",
        "sender": "Bart Nijenhuis <b.nijenhuis@gemeentelijkeorganisatie-ijsselvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik heb deze week mijn laatste werkdag bij IJsselvliet. Mijn opvolger, Fatima El Idrissi, begint in
            april; haar mailadres heb ik nog niet, dat komt dan wel van haarzelf. Mij graag nu al uitschrijven uit
            het netwerk.

            Met vriendelijke groet,
            Bart Nijenhuis
            """
        ),
    },
    {
        "id": "d128-011",
        "kind": "unsubscribe",
        "sender": "Ellen Postma <e.postma@dienstverleningscentrum-noorderhaven.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vraagt naar een opvolger: mijn functie wordt per 1 april
            overgenomen door Joost Verhaegh, j.verhaegh@dienstverleningscentrum-noorderhaven.nl. Hij weet ervan
            en verheugt zich op het netwerk.

            Hartelijke groet,
            Ellen Postma
            """
        ),
    },
    {
        "id": "d128-012",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R. (Ronald) Kuiper <r.kuiper@werkorganisatie-zuidervaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Geacht secretariaat,

            Ik wil mij afmelden als lid van het netwerk. Tevens verzoek ik u op grond van artikel 17 AVG alle
            persoonsgegevens die u van mij verwerkt te wissen, en mij te bevestigen dat dit is gebeurd.

            Met vriendelijke groet,
            R. Kuiper
            """
        ),
    },
    {
        "id": "d128-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Joke Brinkman <jokebrinkman@me.com>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Haal me er maar helemaal af, en gooi wat je van me hebt ook weg: naam, adres, functie, alles. Ik ben
            sinds de zomer uit dienst en wil niet meer in jullie bestanden staan. Donderdag ben ik er dus ook niet.

            Joke
            """
        ),
    },
    {
        "id": "d128-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Thomas van Rijswijk <t.vanrijswijk@servicepunt-maasbocht.nl>",
        "quote": "none",
        "subject": "Unsubscribe + data deletion request",
        "body": _(
            """
            Hello,

            I would like to unsubscribe from the directors' network and have all personal data you hold on me
            deleted, as per my right to erasure under the GDPR. No need to keep anything for your records.

            Regards,
            Thomas van Rijswijk
            """
        ),
    },
    {
        "id": "d128-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.C. Dijkhuizen <ac.dijkhuizen@grdrechtstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Per 1 maart met pensioen. Graag uitschrijven en mijn naam, mailadres en al het andere dat u van mij
            bewaart wissen.
            A.C. Dijkhuizen
            """
        ),
    },
    {
        "id": "d128-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Petra Wolters <p.wolters@bvo-lekdijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik niet; ik wil er eigenlijk uit. Wilt u mij afmelden en mijn gegevens ook uit uw
            bestanden verwijderen (AVG)? Geen kwaad woord over het netwerk overigens.

            Petra Wolters
            """
        ),
    },
    {
        "id": "d128-017",
        "kind": "unsubscribe",
        "sender": "Koen Mulderij <k.mulderij@wo-hollandsebrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            graag aflmelden als lid vh netwerk, ik ben sinds 1 jan wethouder gewordne in een andere gemeente en dus
            geen ambtenaar meer. bedankt!
            Koen
            """
        ),
    },
    {
        "id": "d128-018",
        "kind": "unsubscribe",
        "sender": "Yvonne Schepers <y.schepers@ambtelijkeorganisatie-beekdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom niet, en ik wil verder ook niets meer van het netwerk ontvangen: haal mijn adres uit de
            verzendlijst. Het past gewoon niet meer bij wat ik doe sinds de herinrichting.

            Y. Schepers
            """
        ),
    },
    {
        "id": "d128-019",
        "kind": "unsubscribe",
        "sender": "Michiel Roodbeen <m.roodbeen@gmail.com>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Weer een nieuwe datum... Eerlijk gezegd heb ik in drie jaar geen enkel atelier gehaald. Zet me maar uit
            de ledenlijst, dan zit ik jullie ook niet in de weg.

            Michiel
            """
        ),
    },
    {
        "id": "d128-020",
        "kind": "unsubscribe",
        "sender": "Sandra Oudshoorn <s.oudshoorn@wo-rijnkade.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Laat die wachtlijstplaats maar zitten, en schrijf me meteen ook uit het netwerk: ik vertrek eind deze
            maand bij Rijnkade en ga als interim-manager aan de slag in de zorg.

            Groet, Sandra
            """
        ),
    },
    {
        "id": "d128-021",
        "kind": "unsubscribe",
        "sender": "Igor Bakker <igor.bakker@samenwerkingsorganisatie-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Jammer dat het niet doorgaat. Voor mij is het hoe dan ook een goed moment om te stoppen: per 1 mei
            ga ik op sabbatical en daarna ga ik buiten het openbaar bestuur verder. Willen jullie mij afmelden
            als lid? Hoeft niet te wachten op de nieuwe datum.

            Igor
            """
        ),
    },
    {
        "id": "d128-022",
        "kind": "unsubscribe",
        "sender": "Trudy Hofstede <t.hofstede@werkorganisatie-lauwersmeer-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag, mooi gedaan. Dit was mijn laatste atelier: ik ga per 1 juni met vervroegd
            pensioen. Zet u mij alstublieft uit het netwerk; mijn opvolger Karin Dekkers
            (k.dekkers@werkorganisatie-lauwersmeer-oost.nl) neemt mijn plaats graag in.

            Met vriendelijke groet,
            Trudy Hofstede
            """
        ),
    },
    {
        "id": "d128-023",
        "kind": "unsubscribe",
        "sender": "Maarten de Clercq <maarten.declercq@outlook.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dear secretariat,

            Since the joint service organisation of Brakel and Overwaarde was wound up on 1 January I am no longer
            a director there (nor anywhere else in local government). Kindly unsubscribe me from the network.

            Met vriendelijke groet / kind regards,
            Maarten de Clercq
            """
        ),
    },
    {
        "id": "d128-024",
        "kind": "unsubscribe",
        "sender": "Astrid Koolhaas <a.koolhaas@gr-polderwijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Mijn functie is per 1 maart opgeheven bij de herinrichting van de directie: ik ben dus geen directeur
            meer en hoor niet langer in dit netwerk thuis. Afmelden graag, ook voor donderdag natuurlijk.

            Astrid Koolhaas
            """
        ),
    },
    {
        "id": "d128-025",
        "kind": "unsubscribe",
        "sender": "Henk Swart <h.swart@bedrijfsvoering-graafschapoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Beste mensen,

            Na twaalf jaar heb ik besloten dat het mooi geweest is met al die netwerken. Ik hou ermee op, ook met
            dat van jullie. Uitschrijven dus. Veel plezier in Utrecht!

            Henk
            """
        ),
    },
    {
        "id": "d128-026",
        "kind": "unsubscribe",
        "sender": "Nadia Bouzid <n.bouzid@stadsdienstenalm.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Oei, ik zie nu pas dat ik zelf lid ben geworden, terwijl het de bedoeling was dat alleen mijn
            directeur zich aanmeldde. Ik ben beleidsadviseur, geen directeur. Kunt u mij er weer af halen?

            Met vriendelijke groet,
            Nadia Bouzid
            """
        ),
    },
    {
        "id": "d128-027",
        "kind": "unsubscribe",
        "sender": "Erwin Pauwels <e.pauwels@wo-maasenwaal-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stuur mij deze mails niet meer aub, ben niet meer werkzaam bij de werkorganisatie.

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d128-028",
        "kind": "unsubscribe",
        "sender": "Pieter Langeveld <p.langeveld@gr-scheldeboord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Hi both,

            Thanks for the invite, but I'm out -- not just for March but for good. I've accepted a role with a
            consultancy in Antwerp starting next month. Could you take me off the member list?

            All the best,
            Pieter
            """
        ),
    },
    {
        "id": "d128-029",
        "kind": "unsubscribe",
        "sender": "drs. W.H. (Wilhelmina) Zandvliet <w.zandvliet@werkorganisatie-dinkelland-noord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Gelet op mijn benoeming tot directeur van de Veiligheidsregio per 1 maart aanstaande verzoek ik u mijn
            lidmaatschap van het netwerk te beëindigen. Mijn deelname aan het atelier van donderdag vervalt
            daarmee eveneens.

            Hoogachtend,

            drs. W.H. Zandvliet
            """
        ),
    },
    {
        "id": "d128-030",
        "kind": "unsubscribe",
        "sender": "Gijs Ravensbergen <gijs.ravensbergen@ziggo.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "Doorst: " + _INVITATION,
        "body": _(
            """
            Dit bericht kreeg ik via mijn voormalige secretaresse door. Ik ben per 1 februari vertrokken bij de
            Werkorganisatie Eemvallei; graag uitschrijven. Een opvolger is nog niet benoemd, het bestuur laat u
            dat zelf weten.

            Met groet,
            Gijs Ravensbergen
            """
        ),
    },
    {
        "id": "d128-031",
        "kind": "unsubscribe",
        "sender": "Monique Ter Steege <m.tersteege@ambtelijkfusie-ootmarsland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vanaf 1 maart neemt Erik Vos (e.vos@ambtelijkfusie-ootmarsland.nl) mijn functie over, en daarmee wat
            mij betreft ook mijn lidmaatschap van het netwerk. Ik ben dan weg, dus mij mag je eruit halen. Erik
            heeft al laten weten dat hij graag op 11 maart komt kennismaken.

            Hartelijke groet,
            Monique
            """
        ),
    },
    {
        "id": "d128-032",
        "kind": "unsubscribe",
        "sender": "Jeroen Wassink <j.wassink@grachtenstreek-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Melanie,

            Ik wil graag stoppen met het lidmaatschap. Geen onvrede hoor, maar de tijd ontbreekt, en via de
            provinciale kring krijg ik het meeste toch al mee. Maart sla ik daarom ook over.

            Met vriendelijke groet,
            Jeroen Wassink
            """
        ),
    },
    {
        "id": "d128-033",
        "kind": "unsubscribe",
        "sender": "Fleur Tjeenk <fleur.tjeenk@icloud.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geen thema's van mijn kant. Ik ben per 1 april weg als directeur en wil geen uitnodigingen meer,
            dus haal me van de mailinglist.

            Fleur
            """
        ),
    },
    {
        "id": "d128-034",
        "kind": "unsubscribe",
        "sender": "H. Jansen-Kok <h.jansenkok@wo-leekerland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            goedemidag, ik ga per 1 maart met de FPU, vriendelijk verzoek om mij af te mleden voor het netwerk en dus
            kom ik ook niet naar het atelier. mvg H. Jansen-Kok
            """
        ),
    },
    {
        "id": "d128-035",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Stefan Holtrop <s.holtrop@bedrijfsvoeringsorganisatie-vechtstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben al drie maanden weg bij de organisatie en krijg dit nog steeds. Haal mijn naam overal weg, ook
            uit de ledenadministratie en uit uw archief: ik wil niet dat u nog iets van mij bewaart.

            S. Holtrop
            """
        ),
    },
    # ---- rsvp False: declining this atelier, staying a member -------------------------------------------------
    {
        "id": "d128-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Alberts <i.alberts@wo-kreekrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kan er dit keer niet bij zijn: op 11 maart hebben we onze jaarlijkse informatieavond voor de drie
            raden, en daar moet ik de hele middag voor klaarstaan. Volgende keer graag weer!

            Groet,
            Ingeborg
            """
        ),
    },
    {
        "id": "d128-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Wennekes <ruud.wennekes@gr-lingehoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Afmelden voor 11 maart graag, ik zit die hele week in Brussel met de Europese delegatie.

            Groet, Ruud
            """
        ),
    },
    {
        "id": "d128-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Beumer <c.beumer@samenwerking-dalfsenhoeve.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Meld mij maar af voor donderdag; er is onverwacht een crisisoverleg over de begroting van een van
            onze gemeenten uitgeschreven. Jammer, ik keek juist uit naar dit onderwerp.

            Carla
            """
        ),
    },
    {
        "id": "d128-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olaf Timmerman <o.timmerman@wo-zeewolderland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Ik moet helaas passen: die middag wordt onze nieuwe burgemeester geïnstalleerd.

            Olaf Timmerman
            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d128-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marleen Kamphuis <m.kamphuis@dienstverlening-rivierzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Voor deze keer niet, mijn agenda zit tot half april potdicht. Houd me wel op de hoogte van het
            najaarsatelier, dan plan ik het ruim van tevoren in.

            Met vriendelijke groet,
            Marleen Kamphuis
            """
        ),
    },
    {
        "id": "d128-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Visscher <a.visscher@bvo-hoogeveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Zelf kan ik op 11 maart niet, maar mijn plaatsvervanger Tom Brouwer (t.brouwer@bvo-hoogeveld.nl) komt
            graag in mijn plaats. Hij is goed ingevoerd in het dossier.

            Groet,
            Arjen Visscher
            """
        ),
    },
    {
        "id": "d128-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Lourens <h.lourens@wo-bergenwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Sorry, I have to cancel for Thursday -- a family matter came up. Please give my seat to someone on the
            waiting list.

            Hannah
            """
        ),
    },
    {
        "id": "d128-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Leenders <g.leenders@werkorganisatie-peelrand.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Laat u mij maar van de wachtlijst afhalen; inmiddels heb ik op die middag een andere verplichting
            aangenomen. Dan kan iemand anders voor.

            Met vriendelijke groet,
            Gerard Leenders
            """
        ),
    },
    {
        "id": "d128-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Mollema <s.mollema@gr-friese-meren-zuid.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De nieuwe datum, 18 maart, lukt mij helaas niet; dan zit ik bij het IPO-overleg. De 11e had ik
            vrijgehouden... Jammer!

            Saskia
            """
        ),
    },
    {
        "id": "d128-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jelle Dijkstra <j.dijkstra@wo-middelsee.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik was opgegeven om in de plaats van Dirk te komen, maar op 11 maart zit ik zelf ook vast aan een
            aanbesteding die afloopt. Ik kan dus helaas niet. Willen jullie dat even met Dirk opnemen?

            Met vriendelijke groet,
            Jelle Dijkstra
            """
        ),
    },
    {
        "id": "d128-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bianca Hoekman <b.hoekman@ambtelijkeorganisatie-westduin.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Haal mij a.u.b. van de deelnemerslijst voor donderdag, ik lig met griep op bed. Mijn gast komt dan
            ook niet.

            Bianca
            """
        ),
    },
    {
        "id": "d128-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Overbeek <F.Overbeek@wo-tweestromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee, helaas. Lid van het netwerk blijf ik uiteraard graag; ik hoop in het najaar wel te kunnen.

            Frank Overbeek
            """
        ),
    },
    {
        "id": "d128-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat directie Hollands Kroon-Oost <secretariaat.directie@wo-kroonoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Geacht secretariaat,

            Namens mevrouw Doornbos laat ik u weten dat zij op 11 maart helaas verhinderd is.

            Met vriendelijke groet,
            Tineke Smeenk
            managementassistent directie
            """
        ),
    },
    {
        "id": "d128-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Kerkhof <r.kerkhof@servicecentrum-heuvelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik meld me af voor het atelier (niet voor het netwerk hoor!). Op 11 maart hebben we een MT-heidag die
            al een jaar vaststaat.

            Rob
            """
        ),
    },
    {
        "id": "d128-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Linda Stoker <linda.stoker@wo-deltaland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            helaas toch niet, auto staat in de garage en er rijden geen treinen vanaf hier ivm werkzaamheden. geef
            mn plek maar weg. volgende x beter

            gr linda
            """
        ),
    },
    {
        "id": "d128-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Oliver Brandsma <o.brandsma@gr-waddenkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            I'm afraid I'll have to sit this one out, I'm on leave for most of March. Do keep me posted about the
            autumn edition though.

            Oliver
            """
        ),
    },
    {
        "id": "d128-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wendy Kranenburg <w.kranenburg@bedrijfsvoering-amstelhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Ik ben die week met verlof. Mijn collega-directeur, Lotte Ramaker, neemt het graag van me over:
            l.ramaker@bedrijfsvoering-amstelhoek.nl.

            Groet,
            Wendy
            """
        ),
    },
    {
        "id": "d128-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Paul Verbeek <p.verbeek@wo-groenevecht.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet u teleurstellen: ik kom donderdag niet. Mijn gast (Hans de Wit) komt dan ook niet, hij zou
            met mij meerijden.

            Met vriendelijke groet,
            Paul Verbeek
            """
        ),
    },
    {
        "id": "d128-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eva Lammers <e.lammers@gmail.com>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik kan toch niet. Ik stond op de wachtlijst, dus eigenlijk hoeft er niks vrij te komen, maar schrap
            me er maar van zodat ik niet onverwacht een plek krijg die ik niet kan gebruiken.

            Eva (vanaf privé-mail)
            """
        ),
    },
    {
        "id": "d128-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Jan Smeets <dj.smeets@samenwerking-horstenmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn agenda is tot na de herindelingsverkiezingen van 10 maart zo goed als bevroren, en de dag erna
            wordt het sowieso chaos. Voor dit atelier is het dus een nee.

            Dirk-Jan
            """
        ),
    },
    {
        "id": "d128-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marieke Vonk <m.vonk@wo-kempenland-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Afmelden a.u.b. -- voor het atelier dan, want ik ben op 11 maart met de stuurgroep op werkbezoek in
            Kopenhagen.

            Marieke
            """
        ),
    },
    {
        "id": "d128-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert Hazenberg <b.hazenberg@gr-drentsaa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Antw: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas, ik kan niet. Onze organisatie zit midden in een reorganisatie en de OR heeft mij juist die
            middag uitgenodigd voor het instemmingsoverleg.

            B. Hazenberg
            """
        ),
    },
    {
        "id": "d128-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priya Ramdin <p.ramdin@wo-haagsebeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Unfortunately I can't make it on 11 March. Please count me out for this one -- I'd very much like to
            stay on the list for future ateliers though.

            Kind regards,
            Priya Ramdin
            """
        ),
    },
    {
        "id": "d128-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert Jan Oosterhof <gj.oosterhof@gemeenschappelijkeorganisatie-vaartland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geen tijd deze keer, ik lees het verslag wel achteraf.
            GJ Oosterhof
            """
        ),
    },
    {
        "id": "d128-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annelies Wubbels <a.wubbels@wo-oldambtzuid.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik zit die middag in de auditcommissie.
            """
        ),
    },
    {
        "id": "d128-061",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mehmet Yilmaz <m.yilmaz@bvo-zaanoever.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kan onverhoopt toch niet. Mag mijn plaatsvervanger, Jeroen Smits (j.smits@bvo-zaanoever.nl), mijn
            plek innemen? Hij weet ervan.

            Groet, Mehmet
            """
        ),
    },
    {
        "id": "d128-062",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rianne Hulshof <r.hulshof@wo-sallandseheuvel.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Door de verschuiving naar de 18e lukt het mij niet meer, dan heb ik de algemeen bestuursvergadering
            van onze GR. Afmelden dus, maar wel graag bij het volgende atelier weer een uitnodiging.

            Rianne Hulshof
            """
        ),
    },
    {
        "id": "d128-063",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Veenstra <tjeerd.veenstra@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Ik ben bang dat ik verstek moet laten gaan: dezelfde middag is de afscheidsreceptie van onze
            gemeentesecretaris, die na 38 jaar met pensioen gaat. Daar kan ik niet wegblijven.

            Tjeerd
            """
        ),
    },
    {
        "id": "d128-064",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie de Gruijter <s.degruijter@wo-lopikerwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vanaf begin maart ben ik drie maanden met ouderschapsverlof, dus deze keer niet. Daarna ben ik er
            gewoon weer bij!

            Sophie
            """
        ),
    },
    {
        "id": "d128-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Luuk Tiemersma <l.tiemersma@gr-noordoosthoek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Bad news, I won't make it on Thursday after all: my return flight from Lisbon has been moved to
            Friday. Sorry for the late notice.

            Luuk
            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d128-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hilde Roeters <H.Roeters@werkorganisatie-bommelgaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik zal er niet zijn, mijn excuses. Op dat tijdstip behandelt de raad van een van onze deelnemende
            gemeenten de voorjaarsnota, en daar word ik bij verwacht.

            Hilde Roeters
            """
        ),
    },
    {
        "id": "d128-067",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Baas <nicole.baas@wo-utrechtseheuvelrug-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dirk heeft mij opgegeven, maar ik kan ook niet op de 11e. Ik heb het hem zelf al laten weten, dus
            jullie hoeven hem niet te bellen.

            Nicole
            """
        ),
    },
    {
        "id": "d128-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bureau algemeen directeur <bureauad@werkorganisatie-heerdewold.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Kalkman: hij is op 11 maart verhinderd. In zijn plaats komt mevrouw Iris Boom,
            directeur Dienstverlening (i.boom@werkorganisatie-heerdewold.nl).

            Met vriendelijke groet,
            Yasmina Aarab
            bureau algemeen directeur
            """
        ),
    },
    {
        "id": "d128-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cees Oldenhuis <c.oldenhuis@bedrijfsvoering-twentekanaal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Schrap mij maar van de deelnemers voor donderdag: er speelt een dringende bestuurlijke kwestie die ik
            niet kan laten liggen. Het netwerk blijf ik trouw, hoor.

            Cees
            """
        ),
    },
    {
        "id": "d128-070",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Jonkers <f.jonkers@wo-gooisevaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik hoef deze keer niet te komen: een collega uit onze regio gaat wel en doet er bij ons in het
            directeurenoverleg verslag van. Tot een volgende keer.

            Femke
            """
        ),
    },
    # ---- other: for the secretariat ----------------------------------------------------------------------------
    {
        "id": "d128-071",
        "kind": "other",
        "sender": "Johan Westerbeek <j.westerbeek@wo-berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ter informatie alvast: per 1 september ga ik met pensioen. Mijn opvolger is nog niet geworven. Tot die
            tijd blijf ik gewoon lid; zodra de naam bekend is, laat ik het jullie weten, zodat de overdracht
            netjes verloopt.

            Hartelijke groet,
            Johan Westerbeek
            """
        ),
    },
    {
        "id": "d128-072",
        "kind": "other",
        "sender": "Anja Rutgers <a.rutgers@gr-ommerland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Even iets anders: vanaf 1 juni neemt Bram Oosting (b.oosting@gr-ommerland.nl) mijn functie over.
            Tot die tijd blijf ik lid. Kunnen jullie hem per die datum in mijn plaats zetten?

            Anja
            """
        ),
    },
    {
        "id": "d128-073",
        "kind": "other",
        "sender": "Karel de Jongh <k.dejongh@wo-krimpenerhoek.nl>",
        "quote": "none",
        "subject": "Vertrek directeur Werkorganisatie Krimpenerhoek",
        "body": _(
            """
            Geacht secretariaat,

            Ter informatie: onze algemeen directeur, mevrouw L. Verbrugge, is per 1 januari vertrokken. Voor
            zover ik weet staat zij bij u nog als lid geregistreerd. Over een opvolger is nog niets besloten.

            Met vriendelijke groet,
            Karel de Jongh
            concernstrateeg
            """
        ),
    },
    {
        "id": "d128-074",
        "kind": "other",
        "sender": "Marloes Hegeman <m.hegeman@servicebureau-oostgelre.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Deze uitnodiging kwam binnen in de mailbox van Henk Mulder, die ik beheer. Henk werkt hier sinds
            december niet meer. Ik weet niet wie hem bij u gaat vervangen.

            Marloes Hegeman
            secretariaat directie
            """
        ),
    },
    {
        "id": "d128-075",
        "kind": "other",
        "sender": "Vincent Aalbers <v.aalbers@wo-langedijkvaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Vraagje voordat ik iets besluit: als ik me afmeld voor het netwerk, kan ik dan nog wel bij de
            verslagen van eerdere ateliers? En kan ik later eenvoudig weer lid worden als mijn agenda het weer
            toelaat?

            Vincent
            """
        ),
    },
    {
        "id": "d128-076",
        "kind": "other",
        "sender": "Roos Verhulst <r.verhulst@wo-zeeuwsebaai.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Voordat ik besluit of ik lid blijf, wil ik graag inzage in de gegevens die u over mij bewaart en
            weten met wie u die deelt. Kunt u mij een overzicht sturen?

            Met vriendelijke groet,
            Roos Verhulst
            """
        ),
    },
    {
        "id": "d128-077",
        "kind": "other",
        "sender": "Wouter Dekema <w.dekema@gr-achterhoeksepoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Een collega zei dat je van de ledenlijst verdwijnt als je twee ateliers achter elkaar niet reageert.
            Klopt dat? Ik mis er de laatste tijd nogal wat, maar wil het lidmaatschap wel houden.

            Wouter
            """
        ),
    },
    {
        "id": "d128-078",
        "kind": "other",
        "sender": "Catherine Mertens <c.mertens@wo-kempische-meren.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear both,

            If the ateliers stay on Thursday afternoons in Utrecht, I may well cancel my membership: it is a
            three-hour round trip for me. Is there any chance of a regional edition or a proper hybrid set-up?

            Best,
            Catherine
            """
        ),
    },
    {
        "id": "d128-079",
        "kind": "other",
        "sender": "Erik Zomer <e.zomer@bedrijfsvoering-waterland-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Mijn twee collega-directeuren van de werkorganisatie moeten wel
            uitnodigingen blijven krijgen; die staan toch los van mijn afmelding, of moeten zij iets doen?

            Erik Zomer
            """
        ),
    },
    {
        "id": "d128-080",
        "kind": "other",
        "sender": "Marianne Pool <m.pool@gr-vlietlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik overweeg mijn lidmaatschap op te zeggen, want onze GR wordt in 2028 opgeheven en de taken gaan
            terug naar de gemeenten. Staat het netwerk ook open voor directeuren van een gewone gemeente, of
            houdt het dan voor mij op?

            Marianne
            """
        ),
    },
]
# fmt: on
