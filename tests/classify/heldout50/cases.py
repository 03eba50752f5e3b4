"""heldout50: a year in Zuid-Limburg, the mail of directors of werkorganisaties in the south of the country.

The writers are directors, their assistants and colleagues at invented werkorganisaties in the hills and along the
borders with Germany and Belgium (Kruisdal, Mergelland-Oost, Geuldal, Selzerdal, Schachtland, Bunderheide-Nuthoven,
Heuvelrade, Maasterras, Landrade, Vijlenberg, Brunsberg and others). The set follows one year of the mailbox: sign-ups
after New Year and confirmations that got lost in carnival week, the call for themes around Christmas, answers to the
March invitation, its reminder and its change of date, the follow-up, people retiring or moving to the province and
handing over their seat, an AVG erasure and an AVG request to see data, out-of-offices (one in German and Dutch,
one for carnival), ticket systems and bounces, and a summer of questions for the secretariat. Some people recur
through the year. Writers near the border (a German-born director, an Irish and an English one) write English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a decline later turned into a yes);
- a topic proposed under any of our mails (call, follow-up, thank-you, welcome, invitation) is a suggestion, also
  when the writer says they come; a proposal about the form or place of the ateliers, backing another member's topic
  and asking whether one may present are other;
- leaving and declining in one mail, a hand-over with the successor's address, and leaving with a successor named
  but without an address are unsubscribe; a hand-over at a later date with "tot die tijd blijf ik lid" is other, as
  is a colleague reporting that someone left;
- "afmelden voor het atelier" while staying a member, leaving the waiting list, a decline naming another member who
  comes, and an assistant answering under our invitation are rsvp;
- an assistant's new mail about the director's attendance, a yes on a condition with a question, and a "nee" that
  only answers the guest question are other;
- under our confirmation mails: a signature alone or a confirmation with a remark (no real question) is confirm; a
  denial asking who signed up is unsubscribe, a denial asking where the address came from is other;
- signing up one colleague with the address is subscribe, several colleagues is other; "lid blijven" under the
  goodbye is subscribe; an AVG erasure is unsubscribe with erase, an AVG request to see data is other;
- out-of-offices, "address no longer in use", ticket systems are autoreply with the thread of our mail (also without
  headers); delivery failures are bounce without a thread; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe -------------------------------------------------------------------------------------------
    {
        "id": "h50-001",
        "kind": "subscribe",
        "sender": "Math Vliegen <m.vliegen@wo-kruisdal.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 6 januari ben ik algemeen directeur van de Werkorganisatie Kruisdal (gemeenten Kruisdal en
            Schimmerode). Mijn voorganger, Jos Ortmans, was jarenlang lid van uw netwerk en raadde het mij bij de
            overdracht warm aan.

            Ik meld mij hierbij graag aan als lid.

            Met vriendelijke groet,

            Math Vliegen
            algemeen directeur / gemeentesecretaris
            Werkorganisatie Kruisdal
            T 045 - 202 41 10
            """
        ),
    },
    {
        "id": "h50-002",
        "kind": "subscribe",
        "sender": "Secretariaat directie Mergelland-Oost <secretariaat.directie@mergellandoost.nl>",
        "quote": "none",
        "subject": "Nieuw lid: Ramon Crijns",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 februari is Ramon Crijns bij ons gestart als directeur bedrijfsvoering. Hij vroeg mij hem bij
            jullie netwerk aan te melden; hij zag de oproep bij zijn collega-directeur op het bureau liggen en was
            meteen enthousiast.

            Zijn e-mailadres is r.crijns@mergellandoost.nl.

            Hartelijke groet,
            Anouk Bisschops
            managementassistent directie
            Werkorganisatie Mergelland-Oost
            """
        ),
    },
    {
        "id": "h50-003",
        "kind": "subscribe",
        "sender": "Katrin Oellers <k.oellers@selzerdal.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Hello,

            My name is Katrin Oellers. I grew up in Aachen and since last autumn I have been directeur
            bedrijfsvoering at Werkorganisatie Selzerdal, just across the border. My Dutch is improving, but
            writing still goes a lot faster in English, I hope you don't mind.

            A colleague from Vijlenberg told me about your network of directors of ambtelijke fusies. I would like
            to become a member, so please add me to your list.

            Best regards,
            Katrin Oellers
            Werkorganisatie Selzerdal
            """
        ),
    },
    {
        "id": "h50-004",
        "kind": "subscribe",
        "sender": "Hub Meessen <h.meessen@maasterras.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Onze nieuwe managementassistent heeft bij het opschonen van mijn inbox op een hele
            rits nieuwsbrieven 'afmelden' geantwoord, en die van jullie zat daar kennelijk tussen. Dat was niet de
            bedoeling; ik wil juist dit jaar weer naar de ateliers.

            Hub Meessen
            Werkorganisatie Maasterras
            """
        ),
    },
    {
        "id": "h50-005",
        "kind": "subscribe",
        "sender": "Chantal Sijben-Wetzels <c.sijben@ransbeek.nl>",
        "quote": "none",
        "subject": "Na ons gesprek in Den Bosch",
        "body": _(
            """
            Hoi Melanie,

            Wat leuk om je vorige week op het congres in Den Bosch weer eens te spreken, en dan nog wel bij de
            koffiecorner waar niemand koffie kon krijgen. Ik heb thuis meteen het verslag gelezen van het atelier
            dat je noemde; herkenbaar tot op de komma, vooral het stuk over raden die de werkorganisatie zien als
            'die van de buren'.

            Afijn: zoals beloofd, zet me maar op de lijst. Ik ben sinds de zomer gemeentesecretaris-directeur bij
            Ransbeek en wil er graag bij horen.

            Groetjes uit het zuiden,
            Chantal

            Chantal Sijben-Wetzels
            gemeentesecretaris / algemeen directeur
            Werkorganisatie Ransbeek
            06 - 41 87 20 36

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen, meld dat
            dan aan de afzender en verwijder het bericht.
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------
    {
        "id": "h50-006",
        "kind": "confirm",
        "sender": "Wiel Kusters <w.kusters@geuldal-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, dat ben ik. Dank aan Stan voor het doorzetten na ons belletje van dinsdag.

            Wiel Kusters
            """
        ),
    },
    {
        "id": "h50-007",
        "kind": "confirm",
        "sender": "Ilse Notermans <i.notermans@bunderheide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            mr. I.M.J. (Ilse) Notermans
            directeur bedrijfsvoering
            GR Bunderheide-Nuthoven
            Postbus 1150, 6130 BD Bunderheide
            www.bunderheide.nl

            Aan de inhoud van dit bericht en eventuele bijlagen kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h50-008",
        "kind": "confirm",
        "sender": "Ger Houben <ger.houben@dwb-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Sorry, uw eerste mail is in de carnavalsweek ondergesneeuwd geraakt. Bij deze alsnog: ja, ik word graag
            lid.

            Ger
            """
        ),
    },
    {
        "id": "h50-009",
        "kind": "confirm",
        "sender": "Niamh Ubachs-O'Connell <n.ubachs@vijlenberg-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Confirmed, this is indeed my address. I signed up myself last week after the Euregio meeting in Eupen.

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "h50-010",
        "kind": "confirm",
        "sender": "Roel Lardinois <r.lardinois@sev-limburg.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestigd. Fijn overigens dat het lidmaatschap kosteloos is; dat scheelt mij een discussie met
            onze controller, die elk abonnement tegenwoordig drie keer omdraait.

            Roel Lardinois
            directeur
            Samenwerking Eysdal-Valkenrade
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------
    {
        "id": "h50-011",
        "kind": "unsubscribe",
        "sender": "Jo Smeets <j.smeets@hoensbergen.nl>",
        "quote": "none",
        "subject": "Afmelden i.v.m. pensioen",
        "body": _(
            """
            Beste secretariaat,

            Na ruim veertig jaar gemeente, waarvan de laatste acht als directeur van Hoensbergen, ben ik sinds
            1 april met pensioen. Mijn mailbox blijft nog een paar weken open; haalt u mij alvast uit het
            ledenbestand? Wie mij opvolgt is nog niet bekend, de werving loopt nog.

            Ik heb de ateliers altijd als een verademing ervaren. Het ga jullie goed.

            Jo Smeets
            """
        ),
    },
    {
        "id": "h50-012",
        "kind": "unsubscribe",
        "sender": "Peter Bemelmans <p.bemelmans@geuldal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet bij, en daarna ook niet meer: per 1 maart stap ik over naar de Provincie
            Limburg. Mijn plaats in het netwerk gaat naar mijn opvolger, Yvonne Pluijmaekers
            (y.pluijmaekers@geuldal-samen.nl). Wil je haar voortaan de berichten sturen?

            Bedankt voor de fijne jaren,
            Peter
            """
        ),
    },
    {
        "id": "h50-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.H.M. Coenen <a.coenen@heuvelrade.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Met een beroep op artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mij af te
            melden als lid van het netwerk en vervolgens alle persoonsgegevens die u van mij verwerkt te wissen,
            met inbegrip van aanmeldgegevens, deelnamelijsten en correspondentie.

            Ik verneem graag binnen de wettelijke termijn van een maand dat dit is uitgevoerd.

            Hoogachtend,

            drs. A.H.M. Coenen
            Werkorganisatie Heuvelrade
            """
        ),
    },
    {
        "id": "h50-014",
        "kind": "unsubscribe",
        "sender": "Bert Vrijens <b.vrijens@maasterras.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb mij helemaal niet aangemeld voor dit netwerk. Wie heeft dat namens mij gedaan? In uw bericht
            staat een secretariaatsadres dat ik niet ken.

            B. Vrijens
            """
        ),
    },
    {
        "id": "h50-015",
        "kind": "unsubscribe",
        "sender": "Alan Whitfield <a.whitfield@brunsberg.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for a very good afternoon in Utrecht; the session on the four councils was spot on for us.

            It was also my last one, I'm afraid. At the end of this month I leave Brunsberg for a post with the
            Euregio Meuse-Rhine secretariat in Eupen. Could you please take me off the network's mailing list?
            I'll pass the report on to the board, so whoever follows me knows what they are joining.

            Kind regards,
            Alan Whitfield
            Director of Operations, Werkorganisatie Brunsberg
            """
        ),
    },
    {
        "id": "h50-016",
        "kind": "unsubscribe",
        "sender": "Marian Hoen <m.hoen@heuvelrade.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Sjef Ramakers, tot nu toe mijn adjunct.
            Hij is bereikbaar op s.ramakers@heuvelrade.nl en weet dat u hem benadert.

            Marian
            """
        ),
    },
    {
        "id": "h50-017",
        "kind": "unsubscribe",
        "sender": "Luc Geurts <l.geurts@landrade.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Thema's heb ik deze keer niet voor jullie, want ik vertrek. Na zes jaar neem ik per 1 februari
            afscheid van de werkorganisatie Landrade; wilt u mij uit het netwerk uitschrijven?

            Mijn opvolger wordt Bart Schoonbrood. Hij begint pas in maart en heeft bij ons nog geen mailadres; ik
            heb hem gevraagd zich dan zelf bij u te melden.

            Met groet,
            Luc Geurts
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------
    {
        "id": "h50-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marlies Frijns <m.frijns@mergellandoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Ik neem de trein vanuit Sittard, dus als het uitloopt glip ik om half zes stilletjes weg.

            Marlies Frijns
            """
        ),
    },
    {
        "id": "h50-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "René Senden <r.senden@bunderheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Nee, helaas. Op 11 maart behandelt de raad van Nuthoven de kadernota en daar moet ik bij zijn.

            Succes met de middag,
            René Senden
            """
        ),
    },
    {
        "id": "h50-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Moonen <a.moonen@wo-kruisdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom, met z'n tweeën: ik neem onze strategisch adviseur Dave Janssen mee, die bij ons het traject
            'eigenheid van de kernen' trekt.

            Groet, Ans Moonen
            """
        ),
    },
    {
        "id": "h50-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Guido Wetzels <g.wetzels@schachtland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Zelf zit ik die week met het college op werkbezoek in Brussel. In mijn plaats komt onze directeur
            Sociaal Domein, Noor Habets (n.habets@schachtland.nl). Het thema ligt haar na aan het hart.

            Met vriendelijke groet,
            Guido Wetzels
            algemeen directeur Schachtland
            """
        ),
    },
    {
        "id": "h50-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Ortmans <secr.dautzenberg@selzerdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Dautzenberg laat ik u weten dat zij op 11 maart aanwezig zal zijn. De middag staat
            inmiddels geblokkeerd in haar agenda.

            Met vriendelijke groet,
            Petra Ortmans
            secretaresse algemeen directeur
            Werkorganisatie Selzerdal
            """
        ),
    },
    {
        "id": "h50-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ramon Crijns <r.crijns@mergellandoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": _(
            """
            Eerste keer voor mij, ik verheug me erop. Tot in Utrecht.
            """
        ),
    },
    {
        "id": "h50-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Katrin Oellers <k.oellers@selzerdal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": _(
            """
            Sorry, I can't make it: that Thursday I'm in Düsseldorf for talks with the Land about shared IT.
            Maria Dautzenberg will be there for Selzerdal anyway.
            """
        ),
    },
    {
        "id": "h50-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ans Moonen <a.moonen@wo-kruisdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Ik lig sinds maandag met griep op de bank en Dave is ook geveld, dus beide
            plaatsen kunnen naar de wachtlijst.

            Ans
            """
        ),
    },
    {
        "id": "h50-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roel Lardinois <r.lardinois@sev-limburg.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes-wrote",
        "body": _(
            """
            Haal me maar van de wachtlijst af. Ik heb de middag inmiddels vergeven aan een overleg met de provincie
            over de Zuid-Limburg-agenda, en dan is het eerlijker dat een ander de plek krijgt.

            Roel
            """
        ),
    },
    {
        "id": "h50-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "René Senden <r.senden@bunderheide.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Eerder meldde ik me af vanwege de kadernota, maar door de verschuiving naar 18 maart kan ik er
            alsnog bij zijn. Noteert u mij dus maar als deelnemer.

            René
            """
        ),
    },
    {
        "id": "h50-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Notermans <i.notermans@bunderheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik meld mij af voor het atelier van 11 maart: op 12 maart gaat onze nieuwe organisatiestructuur live
            en de dag ervoor wil ik in huis zijn. Lid blijf ik uiteraard, het najaarsatelier zet ik alvast met
            potlood in mijn agenda.

            Ilse
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------
    {
        "id": "h50-029",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Maria Dautzenberg <m.dautzenberg@selzerdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp voor maart:

            - Dienstverlening aan grensbewoners. Een flink deel van onze inwoners werkt in Duitsland of België, of
              is er net vandaan verhuisd. Aan het loket lopen zij vast op inschrijving, toeslagen en vergunningen
              die per land anders geregeld zijn. Hoe richt je een loket in dat over de grens heen denkt, en wie
              doet dat al goed?

            Met vriendelijke groet,
            Maria Dautzenberg
            algemeen directeur Werkorganisatie Selzerdal
            """
        ),
    },
    {
        "id": "h50-030",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wiel Kusters <w.kusters@geuldal-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Eén onderwerp van mijn kant: de krapte op de arbeidsmarkt. Voor ICT en vergunningverlening
            concurreren we met werkgevers in Aken en Luik die meer betalen. Wat doen andere werkorganisaties aan
            binden en boeien, strategische personeelsplanning en eigen opleidingstrajecten?

            Groet,
            Wiel
            """
        ),
    },
    {
        "id": "h50-031",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jan-Willem Ubachs <jw.ubachs@hoensbergen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ons voorstel:
            Bevolkingsdaling en vergrijzing. Zuid-Limburg krimpt, terwijl wij als werkorganisatie nog steeds
            groeien. Wat betekent de demografische ontwikkeling voor onze visie op de organisatie richting 2040,
            en welke bestuurlijke prioriteiten moeten we nu al durven stellen?

            J.W. Ubachs
            concernstrateeg, namens de directie Hoensbergen
            """
        ),
    },
    {
        "id": "h50-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Alan Whitfield <a.whitfield@brunsberg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            A topic for March, if I may: how do werkorganisaties close to the border position themselves in the
            region? We serve two Dutch councils, but in practice many of our issues (buses, jobs, the Wurm valley)
            are shared with Herzogenrath and the StädteRegion Aachen. I'd love to hear how others shape
            cooperation between their municipalities and their German or Belgian neighbours, and how they keep
            their own councils on board.

            Cheers,
            Alan
            """
        ),
    },
    {
        "id": "h50-033",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marlies Frijns <m.frijns@mergellandoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd één per regel:
            1. Datagedreven werken: een datateam opbouwen terwijl drie gemeenten elk eigen systemen hebben (I&A)
            2. Klanttevredenheid meten en er echt iets mee doen: wij meten wel, maar de cijfers verdwijnen in een la.

            Marlies
            """
        ),
    },
    {
        "id": "h50-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hub Meessen <h.meessen@maasterras.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de mooie middag en het snelle verslag. In het najaar ben ik er zeker weer bij.

            Voor de volgende keer zou ik graag doorpraten over de rol van de gemeenteraden bij de evaluatie van de
            gemeenschappelijke regeling. Bij ons staat die evaluatie in 2028 op de rol en de drie raden willen elk
            iets anders horen. Hoe voorkom je dat zo'n evaluatie een loopgravenoorlog tussen de deelnemers wordt?

            Groet,
            Hub Meessen
            """
        ),
    },
    {
        "id": "h50-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Chantal Sijben-Wetzels <c.sijben@ransbeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom graag.

            En dan meteen iets voor een volgend atelier, want het houdt me bezig sinds de hack bij een
            buurgemeente vorig jaar: informatieveiligheid en digitale weerbaarheid van de werkorganisatie. Wie
            heeft zijn crisisdraaiboek op orde, en hoe oefen je dat met je eigen ICT-afdeling en de leveranciers?

            Chantal
            """
        ),
    },
    {
        "id": "h50-036",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jan-Willem Ubachs <jw.ubachs@hoensbergen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Nog een aanvulling op ons eerdere voorstel. Naast krimp spreken wij graag over een meerjarige
            organisatievisie die los staat van de collegeperiode: hoe houd je koers als er elke vier jaar een nieuw
            coalitieakkoord komt?

            JW
            """
        ),
    },
    {
        "id": "h50-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Math Vliegen <m.vliegen@wo-kruisdal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. U vraagt naar een onderwerp; ik heb er direct een. Sinds de Omgevingswet
            halen we de termijnen voor vergunningen niet meer, en ondernemers uit het buitengebied bellen mij
            inmiddels rechtstreeks. Ik wil graag met collega's praten over hoe je de dienstverlening aan
            initiatiefnemers weer voorspelbaar maakt.

            Math Vliegen
            """
        ),
    },
    # --- autoreply -------------------------------------------------------------------------------------------
    {
        "id": "h50-038",
        "kind": "autoreply",
        "sender": "Peter Bemelmans <p.bemelmans@geuldal-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met maandag 4 januari ben ik met kerstverlof. Uw bericht wordt niet doorgestuurd. Voor dringende
            zaken kunt u terecht bij het bestuurssecretariaat, 043 - 604 55 00.

            Peter Bemelmans
            """
        ),
    },
    {
        "id": "h50-039",
        "kind": "autoreply",
        "sender": "Jürgen Pelzer <j.pelzer@vijlenberg-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Abwesenheitsnotiz: " + INVITATION,
        "body": _(
            """
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23. Februar nicht im Büro und habe nur
            eingeschränkt Zugriff auf meine E-Mails.

            Dank voor uw bericht. Ik ben tot en met 23 februari afwezig en lees mijn mail slechts beperkt. Voor
            zaken die niet kunnen wachten: bel het directiesecretariaat, 043 - 306 12 00.

            Jürgen Pelzer
            """
        ),
    },
    {
        "id": "h50-040",
        "kind": "autoreply",
        "sender": "Luc Geurts <l.geurts@landrade.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REMINDER,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Luc Geurts is per 1 februari 2027 uit dienst getreden bij de
            werkorganisatie Landrade. Uw bericht is niet doorgestuurd. Voor algemene vragen: info@landrade.nl.
            """
        ),
    },
    {
        "id": "h50-041",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Eysdal-Valkenrade <noreply@sev-limburg.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[Melding ZL-2027-04411] " + INVITATION,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht ontvangen en geregistreerd onder meldingnummer ZL-2027-04411. Een medewerker
            neemt het binnen vijf werkdagen in behandeling. Vermeld bij verdere correspondentie altijd dit nummer.

            Dit bericht is automatisch aangemaakt; reageren is niet mogelijk.

            Klantcontactcentrum
            Samenwerking Eysdal-Valkenrade
            """
        ),
    },
    {
        "id": "h50-042",
        "kind": "autoreply",
        "sender": "Sjef Ramakers <s.ramakers@heuvelrade.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afwezig: " + INVITATION,
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Alaaf! Van vrijdag 5 tot en met woensdag 10 februari is het gemeentehuis gesloten vanwege de
            vastelaovend. Vanaf donderdag 11 februari ben ik weer bereikbaar en beantwoord ik uw bericht.

            Sjef Ramakers
            adjunct-directeur Werkorganisatie Heuvelrade
            """
        ),
    },
    # --- bounce ----------------------------------------------------------------------------------------------
    {
        "id": "h50-043",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.wo-kruisdal.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.wo-kruisdal.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <j.ortmans@wo-kruisdal.nl>: host mx1.wo-kruisdal.nl[10.20.4.11] said: 550 5.1.1
                <j.ortmans@wo-kruisdal.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT command)
            """
        ),
    },
    {
        "id": "h50-044",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@bunderheide.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + CALL,
        "body": _(
            """
            Kan niet worden bezorgd bij deze geadresseerden of groepen:

            w.hermans@bunderheide.nl
            Het e-mailadres dat u hebt opgegeven, is niet gevonden. Controleer het adres van de geadresseerde en
            probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem blijft.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM6PR02MB4410.eurprd02.prod.outlook.com

            w.hermans@bunderheide.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP'
            """
        ),
    },
    {
        "id": "h50-045",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@mail.maasterras.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              t.kleijnen@maasterras.nl
                mailbox is full: retry timeout exceeded
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------
    {
        "id": "h50-046",
        "kind": "other",
        "sender": "Ilse Notermans <i.notermans@bunderheide.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 juli",
        "body": _(
            """
            Goedemorgen,

            Per 1 juli gaan Bunderheide en Nuthoven verder als Werkorganisatie BuNu, met een nieuw maildomein. Mijn
            adres wordt dan i.notermans@wo-bunu.nl. Het oude adres stuurt nog een half jaar door, maar ik krijg
            jullie berichten liever meteen op het nieuwe.

            Hartelijke groet,
            Ilse Notermans
            """
        ),
    },
    {
        "id": "h50-047",
        "kind": "other",
        "sender": "Dave Janssen <d.janssen@wo-kruisdal.nl>",
        "quote": "none",
        "subject": "Post voor Ans Moonen",
        "body": _(
            """
            Beste secretariaat,

            Ik zag dat er nog steeds post van jullie binnenkomt voor Ans Moonen. Ans is sinds 1 september niet meer
            bij ons in dienst; zij is directeur geworden bij een woningcorporatie in Heerlen. Wie haar rol in het
            netwerk overneemt, is bij ons nog niet besloten.

            Met vriendelijke groet,
            Dave Janssen
            strategisch adviseur, Werkorganisatie Kruisdal
            """
        ),
    },
    {
        "id": "h50-048",
        "kind": "other",
        "sender": "Marian Hoen <m.hoen@heuvelrade.nl>",
        "quote": "none",
        "subject": "Vooraankondiging opvolging",
        "body": _(
            """
            Beste Stan,

            Een vooraankondiging: per 1 januari 2028 draag ik de directie van Heuvelrade over aan Sjef Ramakers
            (s.ramakers@heuvelrade.nl). Tot die tijd blijf ik gewoon lid en kom ik ook naar het najaarsatelier;
            daarna mag Sjef mijn plek innemen. In december meld ik me nog even.

            Marian Hoen
            """
        ),
    },
    {
        "id": "h50-049",
        "kind": "other",
        "sender": "Bert Vrijens <b.vrijens@maasterras.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geachte heer/mevrouw,

            Enige tijd geleden ontving ik van u een bevestigingsmail voor een aanmelding die ik niet had gedaan.
            Inmiddels ben ik benieuwd welke persoonsgegevens u van mij hebt vastgelegd. Op grond van artikel 15
            AVG verzoek ik u mij een overzicht te sturen van die gegevens, van de bron ervan en van de partijen
            met wie u ze deelt.

            Met vriendelijke groet,
            B. Vrijens
            Werkorganisatie Maasterras
            """
        ),
    },
    {
        "id": "h50-050",
        "kind": "other",
        "sender": "Anouk Bisschops <secretariaat.directie@mergellandoost.nl>",
        "quote": "none",
        "subject": "Aanmelding overige directieleden",
        "body": _(
            """
            Beste Melanie,

            Na de enthousiaste verhalen van Marlies en Ramon wil nu ook de rest van ons directieteam lid worden.
            Kunt u de volgende collega's aanmelden?

            - Tamara Houben, directeur Ruimte (t.houben@mergellandoost.nl)
            - Frank Coenen, directeur Sociaal Domein (f.coenen@mergellandoost.nl)
            - Esther Bemelmans, directeur Publiekszaken (e.bemelmans@mergellandoost.nl)

            Met dank en groet,
            Anouk Bisschops
            managementassistent directie
            """
        ),
    },
    {
        "id": "h50-051",
        "kind": "other",
        "sender": "Frans Kusters <f.kusters@vijlenberg-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld en ken dit netwerk niet. Van wie hebt u mijn e-mailadres gekregen, en op
            welke grond bewaart u het?

            F. Kusters
            teamleider Financiën
            """
        ),
    },
    {
        "id": "h50-052",
        "kind": "other",
        "sender": "Niamh Ubachs-O'Connell <n.ubachs@vijlenberg-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hi Stan,

            I'd love to come, but only if I can follow the first part on Teams: our board meeting in Vijlenberg
            runs until three and I can't be in Utrecht before half past four. Would that work for you? If not,
            I'll have to pass this time.

            Niamh
            """
        ),
    },
    {
        "id": "h50-053",
        "kind": "other",
        "sender": "Yolanda Smeets <y.smeets@schachtland.nl>",
        "quote": "none",
        "subject": "Aanwezigheid dhr. Wetzels 11 maart",
        "body": _(
            """
            Goedemiddag,

            De heer Wetzels vroeg mij door te geven dat hij op 11 maart toch aanwezig kan zijn: het werkbezoek
            naar Brussel is verplaatst. Zou u hem op de deelnemerslijst willen zetten? Mevrouw Habets blijft dan
            in Heerlen.

            Met vriendelijke groet,
            Yolanda Smeets
            directiesecretaresse Schachtland
            """
        ),
    },
    {
        "id": "h50-054",
        "kind": "other",
        "sender": "Wiel Kusters <w.kusters@geuldal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee, ik neem niemand mee. Onze directeur bedrijfsvoering had interesse, maar hij heeft die dag zelf al
            een audit.

            Wiel
            """
        ),
    },
    {
        "id": "h50-055",
        "kind": "other",
        "sender": "Maria Dautzenberg <m.dautzenberg@selzerdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Een suggestie voor de vorm, niet voor de inhoud: zou een atelier eens in het
            zuiden kunnen plaatsvinden, bijvoorbeeld in Maastricht of Heerlen? Voor ons is Utrecht heen en terug
            bijna vijf uur reizen, en ik weet dat meer Limburgse collega's daarom afhaken. Een ochtendprogramma
            met lunch zou ook al schelen.

            Met vriendelijke groet,
            Maria Dautzenberg
            """
        ),
    },
    {
        "id": "h50-056",
        "kind": "other",
        "sender": "Guido Wetzels <g.wetzels@schachtland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Een eigen onderwerp heb ik niet, maar Wiel Kusters van Geuldal vertelde me dat hij de krapte op de
            arbeidsmarkt heeft ingebracht. Dat voorstel steun ik van harte; bij ons speelt precies hetzelfde. Tel
            mijn stem daar maar bij.

            Groet,
            Guido Wetzels
            """
        ),
    },
    {
        "id": "h50-057",
        "kind": "other",
        "sender": "Bart Schoonbrood <b.schoonbrood@landrade.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn eerste atelier, en meteen een goede. Bij Landrade hebben we het afgelopen jaar een wijkgerichte
            werkwijze ingevoerd, met medewerkers van drie gemeenten in één gebiedsteam. Zou ik daar de volgende
            keer een korte presentatie over mogen geven, als opmaat naar een gesprek? Ik hoor graag of daar ruimte
            voor is.

            Bart Schoonbrood
            """
        ),
    },
]
# fmt: on
