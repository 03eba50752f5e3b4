"""heldout79: a year of mail from directors and staff of shared civil-service organisations in the Oostland.

The writers work for invented werkorganisaties and GR's between Lansingerland, Zoetermeer and Pijnacker
(Werkorganisatie Oostwaarde, Dienst Rottezoom, Groenkreek, De Drie Polders, GR Meerland-Oost, Rotte & Meer,
Kassenland, Tuinderij, Zegwaard-Noord, Oude Leede): new directors joining and confirming, pensions and hand-overs,
answers to the invitation, the reminder, the change of date and the waiting list, topics under the call, the
thank-you, the welcome and the follow-up, assistants writing for their director, practical questions, an AVG
request, out-of-office replies, a ticket system and bounces. Registers run from formal to phone-terse; a few writers
use English (an interim director from the UK, a bilingual director).

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail that reverses an earlier decline is an rsvp with the new answer.
- Leaving the network and skipping the atelier in one mail is an unsubscribe; "afmelden voor het atelier" while
  staying a member, and a decline naming a substitute, are rsvp False.
- A hand-over with the successor's address (also under our goodbye) or with a successor named but no address yet
  is an unsubscribe; a hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague or
  assistant reporting that someone left is other.
- An AVG erasure is an unsubscribe with erase True, also when a question or complaint comes with it; a request to
  see one's data is other.
- One named colleague with an address is a subscribe; two people is other. "Lid blijven" under the goodbye is a
  subscribe.
- A denial under the confirmation mail (also asking who did it) is an unsubscribe; one that asks where we got the
  address is other. An empty reply or a bare signature under the confirmation is a confirm; an assistant confirming
  for the director is other.
- A topic proposed under any of our mails (call, thank-you, welcome, follow-up, invitation) is a suggestion, also
  with a yes or no beside it; backing another member's topic, asking to present, and proposals about place or time
  of the atelier are other. Themes follow what is proposed, not the story told before it.
- A yes on a condition the secretariat must answer, an rsvp with a practical question beside it, an assistant's
  forwarded note about the director's attendance, an address change and a "nee" that only answers the guest
  question are other. An assistant answering in the invitation thread is an rsvp.
- Out-of-office, ticket systems and "address no longer in use" are autoreply with the thread of the mail they
  answer; delivery failures are bounce without a thread. None of them carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
_HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe ---------------------------------------------------------------------------------------------
    {
        "id": "h79-001",
        "kind": "subscribe",
        "sender": "Annelies Verbraak <a.verbraak@oostwaarde.nl>",
        "quote": "none",
        "subject": "Aanmelding directeurennetwerk",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Oostwaarde, de ambtelijke organisatie
            van Kleiwijk en Oosterrotte. Mijn voorganger wees mij bij de overdracht op uw netwerk en ik sluit
            graag aan. Wilt u mij als lid inschrijven?

            Met vriendelijke groet,
            Annelies Verbraak
            algemeen directeur | Werkorganisatie Oostwaarde
            T 010 - 524 88 10
            """
        ),
    },
    {
        "id": "h79-002",
        "kind": "subscribe",
        "sender": "Gerrit-Jan Hoogendam <gj.hoogendam@rottezoom.nl>",
        "quote": "none",
        "subject": "Nieuw lid: onze directeur bedrijfsvoering",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim een half jaar vacature hebben we bij Dienst Rottezoom weer een directeur bedrijfsvoering:
            Noor Haasnoot. Ik heb haar over de ateliers verteld en ze wil graag meedoen. Kunnen jullie haar
            inschrijven? Haar adres is n.haasnoot@rottezoom.nl.

            Groet,
            Gerrit-Jan
            """
        ),
    },
    {
        "id": "h79-003",
        "kind": "subscribe",
        "sender": "Theo Vreugdenhil <t.vreugdenhil@groenkreek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hier is iets misgegaan. Mijn managementassistent heeft 'afmelden' teruggestuurd op een mail die voor
            een vertrokken collega bedoeld was, maar ze deed dat vanuit mijn mailbox. Ik ben nog steeds directeur
            bij Groenkreek en wil lid blijven van het netwerk.

            Theo Vreugdenhil
            """
        ),
    },
    {
        "id": "h79-004",
        "kind": "subscribe",
        "sender": "Graham Whitfield <g.whitfield@meerlandoost.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I have recently started as interim managing director of GR Meerland-Oost, the shared services
            organisation for Nootveld, Hoeckdorp and Meerzicht. My Dutch is still a work in progress, but my
            colleagues insist your network is where the real conversations happen. Could you please add me as a
            member?

            Best regards,
            Graham Whitfield
            Interim Algemeen Directeur
            """
        ),
    },
    {
        "id": "h79-005",
        "kind": "subscribe",
        "sender": "Rachid El Khatib <r.elkhatib@so-tuinderij.nl>",
        "quote": "none",
        "subject": "Na ons gesprek in het Stadstheater",
        "body": _(
            """
            Hoi Melanie,

            Leuk je vorige week te spreken tijdens de pauze van het congres in Zoetermeer. Zoals beloofd hierbij
            mijn gegevens: sinds de zomer ben ik gemeentesecretaris-directeur van Samenwerkingsorganisatie
            Tuinderij, en na jouw verhaal over de ateliers wil ik er graag bij. Zet me maar op de ledenlijst,
            dit adres is prima.

            Nog bedankt voor de tip over dat boek over bestuurlijke sensitiviteit, ik heb het inmiddels besteld.

            Hartelijke groet,
            Rachid
            """
        ),
    },
    # --- confirm -----------------------------------------------------------------------------------------------
    {
        "id": "h79-006",
        "kind": "confirm",
        "sender": "Annelies Verbraak <a.verbraak@oostwaarde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h79-007",
        "kind": "confirm",
        "sender": "Graham Whitfield <g.whitfield@meerlandoost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            --
            Graham Whitfield
            Interim Algemeen Directeur | GR Meerland-Oost
            Stationsplein 4, Nootveld
            """
        ),
    },
    {
        "id": "h79-008",
        "kind": "confirm",
        "sender": "Karin Duijndam <kduijndam@wo-nootwijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, dat was ik, klopt helemaal.

            Karin
            """
        ),
    },
    {
        "id": "h79-009",
        "kind": "confirm",
        "sender": "Hannah Brouwer-Scott <h.brouwerscott@driepolders.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you.

            Hannah Brouwer-Scott
            Directeur Bedrijfsvoering | De Drie Polders
            """
        ),
    },
    # --- unsubscribe -------------------------------------------------------------------------------------------
    {
        "id": "h79-010",
        "kind": "unsubscribe",
        "sender": "Hans Zuidgeest <h.zuidgeest@ao-zegwaardnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Op 11 maart zit ik al in de camper richting de Algarve: per 1 maart ga ik met pensioen. Dus niet alleen
            geen atelier voor mij, wilt u mij ook uit het netwerk halen? Ik heb de bijeenkomsten altijd zeer
            gewaardeerd.

            Wie mij opvolgt is nog niet bekend; die meldt zich vast t.z.t. zelf.

            Hartelijke groet,
            Hans Zuidgeest
            """
        ),
    },
    {
        "id": "h79-011",
        "kind": "unsubscribe",
        "sender": "Wilma Ouwendijk <w.ouwendijk@driepolders.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor de bevestiging. Zoals jullie vragen: mijn rol als algemeen directeur gaat over naar
            Bart Kerklaan, b.kerklaan@driepolders.nl. Hij weet ervan en rekent op jullie bericht.

            Wilma
            """
        ),
    },
    {
        "id": "h79-012",
        "kind": "unsubscribe",
        "sender": "Jeroen Slingerland <j.slingerland@rotteenmeer.nl>",
        "quote": "none",
        "subject": "Wisseling van de wacht bij Rotte & Meer",
        "body": _(
            """
            Geacht secretariaat,

            Na zeven jaar neem ik afscheid als directeur van Werkorganisatie Rotte & Meer; mijn laatste werkdag
            was afgelopen vrijdag. Mijn lidmaatschap mag per direct worden beëindigd. Het algemeen bestuur heeft
            Femke Rijsdijk benoemd als mijn opvolger. Zij start op 1 juli en haar e-mailadres is nog niet
            aangemaakt; ik heb haar gevraagd zich zelf bij u te melden.

            Met vriendelijke groet,
            J.A. Slingerland
            """
        ),
    },
    {
        "id": "h79-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Monique Turkenburg <m.turkenburg@dvo-kassenland.nl>",
        "quote": "none",
        "subject": "Verzoek om verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met een beroep op artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen, waaronder mijn vermelding in de ledenlijst, mijn
            aanmeldingen voor de ateliers en de presentielijsten. Graag ontvang ik binnen de wettelijke termijn
            een schriftelijke bevestiging.

            Hoogachtend,

            mr. M.C. Turkenburg
            directeur Dienstverleningsorganisatie Kassenland
            """
        ),
    },
    {
        "id": "h79-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dennis van der Spek <d.vanderspek@meerlandoost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            In het verslag staan mijn naam en een letterlijk citaat, zonder dat dit met mij is afgestemd. Dat vind
            ik niet in orde. Ik stap uit het netwerk en verzoek u al mijn gegevens te verwijderen, ook uit het
            verslag. Kunt u mij daarnaast laten weten met wie dat verslag is gedeeld?

            D. van der Spek
            """
        ),
    },
    {
        "id": "h79-015",
        "kind": "unsubscribe",
        "sender": "Ellen Schouten-Ravensbergen <e.schouten@groenkreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me niet voor dit netwerk opgegeven en ben ook geen directeur, maar teamleider. Wie heeft mij
            hiervoor aangemeld?

            E. Schouten-Ravensbergen
            teamleider Juridische Zaken | Groenkreek
            """
        ),
    },
    {
        "id": "h79-016",
        "kind": "unsubscribe",
        "sender": "Graham Whitfield <g.whitfield@meerlandoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            My interim assignment at Meerland-Oost ended last Friday, so please take me off your list altogether,
            and give my seat on the 11th to whoever is first on the waiting list. Thanks for making an outsider
            feel so welcome.

            All the best,
            Graham
            """
        ),
    },
    {
        "id": "h79-017",
        "kind": "unsubscribe",
        "sender": "Arjan Zwinkels <a.zwinkels@rottezoom.nl>",
        "quote": "none",
        "subject": "uitschrijven",
        "body": _(
            """
            Wil me graag uitschrijven, ben per 1/9 weg bij Rottezoom (nieuwe klus bij de provincie). Bedankt voor alles!
            Arjan

            Sent from Outlook for Android
            """
        ),
    },
    {
        "id": "h79-018",
        "kind": "unsubscribe",
        "sender": "Kees Oudshoorn <k.oudshoorn@wo-oudeleede.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + _OPROEP,
        "body": _(
            """
            Geen thema's van mijn kant. Eerlijk gezegd passen de ateliers al twee jaar niet meer in mijn agenda,
            dus het is zuiverder als ik stop: haal mij maar van de verzendlijst.

            K. Oudshoorn
            Werkorganisatie Oude Leede
            """
        ),
    },
    # --- rsvp --------------------------------------------------------------------------------------------------
    {
        "id": "h79-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Verbraak <a.verbraak@oostwaarde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Onze concerncontroller Pieter Hofland gaat mee, dus reken op twee personen.

            Annelies
            """
        ),
    },
    {
        "id": "h79-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra van Wijngaarden <p.vanwijngaarden@ao-zegwaardnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _UITNODIGING,
        "body": _(
            """
            Nee, helaas. Op 11 maart is er een extra raadsvergadering over de begrotingswijziging en daar moet ik
            bij zijn. Jammer, juist dit thema spreekt me erg aan.

            Petra
            """
        ),
    },
    {
        "id": "h79-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mehmet Koçak <m.kocak@so-tuinderij.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: " + _HERINNERING,
        "body": _(
            """
            Helaas, ik kan niet. Lig sinds gisteren plat met koorts, geef mijn plek maar aan iemand op de wachtlijst.

            Gr Mehmet

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h79-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Boogaard <l.boogaard@rotteenmeer.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haalt u mij maar van de wachtlijst: inmiddels staat op die middag het gesprek met de accountant over
            de jaarrekening gepland, en dat kan ik niet verzetten.

            Lotte Boogaard
            """
        ),
    },
    {
        "id": "h79-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Kerklaan <b.kerklaan@driepolders.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _UITNODIGING,
        "body": _(
            """
            Tot 11 maart dan.
            """
        ),
    },
    {
        "id": "h79-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Brouwer-Scott <h.brouwerscott@driepolders.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _UITNODIGING,
        "body": _(
            """
            Clashes with our audit committee, sorry. Hope to make the next one.
            """
        ),
    },
    {
        "id": "h79-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Batenburg <y.batenburg@dvo-kassenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Plug laat ik u weten dat zij graag aanwezig is op 11 maart. De afspraak staat in haar
            agenda.

            Met vriendelijke groet,
            Yvonne Batenburg
            managementondersteuning directie
            Dienstverleningsorganisatie Kassenland
            """
        ),
    },
    {
        "id": "h79-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit-Jan Hoogendam <gj.hoogendam@rottezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet verstek laten gaan: die week ben ik met het dagelijks bestuur op werkbezoek in Gent. In mijn
            plaats komt Noor Haasnoot, onze directeur bedrijfsvoering (n.haasnoot@rottezoom.nl). Volgens mij is zij
            inmiddels ook zelf lid.

            Groet, Gerrit-Jan
            """
        ),
    },
    {
        "id": "h79-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Noor Haasnoot <n.haasnoot@rottezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de honneurs graag waar voor Gerrit-Jan en ben er op de 11e.

            Noor Haasnoot
            directeur bedrijfsvoering | Dienst Rottezoom
            """
        ),
    },
    {
        "id": "h79-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Voogt <r.voogt@oostwaarde.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "subject": "Antwoord: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            18 maart is voor mij onmogelijk, dan vergadert de OR over de herinrichting van het sociaal domein.
            Jammer, maar voor dit atelier moet ik dus afhaken.

            R. Voogt
            directeur Sociaal Domein
            """
        ),
    },
    {
        "id": "h79-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Kranendonk <m.kranendonk@groenkreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wilt u mij afmelden voor donderdag? We hebben een calamiteit bij de buitendienst en ik moet hier
            blijven. Lid van het netwerk blijf ik natuurlijk gewoon, hoor!

            Marloes Kranendonk
            """
        ),
    },
    {
        "id": "h79-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra van Wijngaarden <p.vanwijngaarden@ao-zegwaardnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Re: " + _UITNODIGING,
        "body": _(
            """
            Goed nieuws: de extra raadsvergadering is een week opgeschoven. Vergeet mijn afzegging van vorige week
            dus maar, ik kom toch naar Utrecht.

            Petra
            """
        ),
    },
    # --- suggestion --------------------------------------------------------------------------------------------
    {
        "id": "h79-031",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ingeborg Plug <i.plug@dvo-kassenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp: hoe houden we goede mensen vast? Bij Kassenland vertrekt een kwart van de nieuwe
            medewerkers binnen twee jaar, en we vissen met de provincie en de grote steden in dezelfde vijver van
            beleidsadviseurs. Ik ben benieuwd hoe anderen strategische personeelsplanning en goed werkgeverschap
            invullen.

            Ingeborg Plug
            """
        ),
    },
    {
        "id": "h79-032",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Sanne Tjoeng <s.tjoeng@oostwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + _OPROEP,
        "body": _(
            """
            Twee onderwerpen:
            - prestatiemonitoring van de dienstverlening: hoe meet je tevredenheid van inwoners en
              ondernemers, en wat doe je daarna met de uitkomsten?
            - waar staat Oostwaarde in 2035? een langetermijnvisie op de werkorganisatie zelf

            Sanne Tjoeng
            directeur Publiekszaken
            """
        ),
    },
    {
        "id": "h79-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolanda Vermeulen-Ayodele <j.vermeulen@meerlandoost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een inspirerende middag. Voor de volgende keer zou ik graag praten over wat er gebeurt als één
            deelnemende gemeente wil uittreden uit de GR: hoe houd je de andere twee aan boord, en wat doet zo'n
            discussie met de onderlinge verhoudingen?

            Jolanda
            """
        ),
    },
    {
        "id": "h79-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karin Duijndam <kduijndam@wo-nootwijk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Ik heb meteen iets: zaakgericht werken en de digitalisering van onze
            werkprocessen. Wij lopen vast op de koppelingen tussen het zaaksysteem en de vakapplicaties, en ik
            vermoed dat ik niet de enige ben.

            Karin
            """
        ),
    },
    {
        "id": "h79-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sanne Tjoeng <s.tjoeng@oostwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Nog één aanvulling op mijn lijstje: de woningbouwopgave in het Oostland. Hoe trek je als
            werkorganisatie op met de buurgemeenten en de regio Rotterdam-Den Haag, terwijl elk college zijn
            eigen belangen verdedigt?

            Sanne
            """
        ),
    },
    {
        "id": "h79-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Graham Whitfield <g.whitfield@meerlandoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion: chatbots and AI in the customer contact centre. What do residents actually think of
            them, and how do we keep the service personal for people who'd rather ring or walk in? We ran a pilot
            in Nootveld last autumn with mixed results.

            Graham
            """
        ),
    },
    {
        "id": "h79-037",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Erik Barendrecht <e.barendrecht@rotteenmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + _OPROEP,
        "body": _(
            """
            Ik ben er op 11 maart sowieso bij. Als onderwerp stel ik voor: hoe houd je een inhoudelijke
            meerjarenagenda overeind als de bestuurlijke prioriteiten na de verkiezingen ineens verschuiven?

            Erik

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h79-038",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Femke Rijsdijk <f.rijsdijk@rotteenmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op 11 maart kan ik helaas niet. Wel een onderwerp voor een volgende keer: de verdeelsleutels in de GR.
            Ieder jaar is er weer discussie tussen de deelnemende gemeenten over wie welk deel van de gezamenlijke
            bedrijfsvoering betaalt. Hoe lossen anderen dat op?

            Femke Rijsdijk
            """
        ),
    },
    {
        "id": "h79-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart Kerklaan <b.kerklaan@driepolders.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + _OPROEP,
        "body": _(
            """
            Beste Stan,

            Wat een jaar. We hebben net de reorganisatie van het sociaal domein achter de rug, twee afdelingshoofden
            vervangen en het gemeentehuis in Lansdonk verbouwd. Daar wil ik op het atelier overigens niet over
            praten, dat hebben we nu wel gehad.

            Waar ik wel graag met collega's over doorpraat: hoe monitoren jullie de prestaties richting inwoners en
            ondernemers? Welke kengetallen over de dienstverlening leggen jullie aan de colleges voor, en lezen
            bestuurders die eigenlijk?

            Groet,
            Bart
            """
        ),
    },
    {
        "id": "h79-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Theo Vreugdenhil <t.vreugdenhil@groenkreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Alvast iets voor het najaar: I&A. Wij migreren naar de cloud en de licentiekosten lopen flink op.
            Ik hoor graag hoe andere werkorganisaties hun informatievoorziening betaalbaar houden.

            Theo
            """
        ),
    },
    # --- autoreply ---------------------------------------------------------------------------------------------
    {
        "id": "h79-041",
        "kind": "autoreply",
        "sender": "Ruud Voogt <r.voogt@oostwaarde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _UITNODIGING,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 24 februari ben ik met vakantie en lees ik mijn mail niet. Voor dringende zaken kunt u
            terecht bij het secretariaat directie, 010 - 524 88 00.

            Met vriendelijke groet,
            Ruud Voogt
            """
        ),
    },
    {
        "id": "h79-042",
        "kind": "autoreply",
        "sender": "Stephanie Lyons <s.lyons@hoeckdorp-samen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + _HERINNERING,
        "body": _(
            """
            Thank you for your email. I am away at a conference until Monday 8 March with limited access to email.
            Your message will not be forwarded.

            Stephanie Lyons
            """
        ),
    },
    {
        "id": "h79-043",
        "kind": "autoreply",
        "sender": "Servicedesk Dienst Rottezoom <servicedesk@rottezoom.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Melding M2027-00417] " + _OPROEP,
        "headers": {"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen en geregistreerd onder meldingnummer M2027-00417. Wij nemen binnen drie
            werkdagen contact met u op. Wilt u reageren op deze melding? Laat het nummer dan in de onderwerpregel
            staan.

            Servicedesk Dienst Rottezoom
            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h79-044",
        "kind": "autoreply",
        "sender": "Hans Zuidgeest <h.zuidgeest@ao-zegwaardnoord.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "RE: " + _VERVOLG,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd. Voor
            vragen aan de Ambtelijke Organisatie Zegwaard-Noord kunt u mailen naar info@ao-zegwaardnoord.nl.
            """
        ),
    },
    # --- bounce ------------------------------------------------------------------------------------------------
    {
        "id": "h79-045",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.wo-nootwijk.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.wo-nootwijk.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <p.dekker@wo-nootwijk.nl>: host mx1.wo-nootwijk.nl[192.0.2.41] said: 550 5.1.1
                <p.dekker@wo-nootwijk.nl>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h79-046",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@driepolders.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _HERINNERING,
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij w.ouwendijk@driepolders.nl

            Het e-mailadres van de ontvanger is niet gevonden. Controleer het adres en probeer het opnieuw.

            Diagnostische informatie voor beheerders:
            Genererende server: EXCH02.driepolders.local
            w.ouwendijk@driepolders.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # --- other -------------------------------------------------------------------------------------------------
    {
        "id": "h79-047",
        "kind": "other",
        "sender": "Ingeborg Plug <ingeborg.plug@kassenland.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste secretariaat,

            Onze organisatie is per 1 april overgestapt op een nieuw domein. Mijn oude adres
            (i.plug@dvo-kassenland.nl) vervalt over een paar weken; wilt u voortaan ingeborg.plug@kassenland.nl
            gebruiken voor de ledenlijst en de uitnodigingen?

            Dank!
            Ingeborg Plug
            """
        ),
    },
    {
        "id": "h79-048",
        "kind": "other",
        "sender": "Dorien Hazelaar <d.hazelaar@so-tuinderij.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ter informatie: de heer Koçak is per 1 oktober vertrokken naar een gemeente in Brabant. Zijn mailbox
            lees ik nog even mee, maar hij komt donderdag dus niet. Wellicht kunt u hem uit uw bestand halen.

            Met vriendelijke groet,
            Dorien Hazelaar
            managementassistent Samenwerkingsorganisatie Tuinderij
            """
        ),
    },
    {
        "id": "h79-049",
        "kind": "other",
        "sender": "Sabine Lont <secretariaat@meerlandoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens de heer Whitfield bevestig ik hierbij zijn aanmelding. Hij zit de hele week in overleggen en
            vroeg mij dit voor hem af te handelen.

            Met vriendelijke groet,
            Sabine Lont
            secretariaat directie GR Meerland-Oost
            """
        ),
    },
    {
        "id": "h79-050",
        "kind": "other",
        "sender": "Theo Vreugdenhil <t.vreugdenhil@groenkreek.nl>",
        "quote": "none",
        "subject": "Aanmelding rest van de directie Groenkreek",
        "body": _(
            """
            Beste mensen,

            Na de enthousiaste verhalen van Marloes willen ook onze twee andere directieleden aansluiten:
            - Paul Hakkesteegt, directeur Ruimte, p.hakkesteegt@groenkreek.nl
            - Iris Lemmers, directeur Bedrijfsvoering, i.lemmers@groenkreek.nl
            Kunt u hen allebei inschrijven?

            Theo
            """
        ),
    },
    {
        "id": "h79-051",
        "kind": "other",
        "sender": "Sanne Tjoeng <s.tjoeng@oostwaarde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, mits ik met de auto kan: om 19.30 uur heb ik een commissievergadering in Kleiwijk en met
            het OV red ik dat niet. Kunnen jullie een parkeerplek bij het Stadskantoor regelen? Laat het even
            weten, dan bevestig ik definitief.

            Sanne
            """
        ),
    },
    {
        "id": "h79-052",
        "kind": "other",
        "sender": "Stephanie Lyons <s.lyons@hoeckdorp-samen.nl>",
        "quote": "none",
        "subject": "GDPR access request",
        "body": _(
            """
            Hello,

            Under the GDPR I would like to know which personal data you hold about me. A copy of what is on file
            is enough; there's no need to delete anything, I'm happy to stay a member.

            Kind regards,
            Stephanie Lyons
            Directeur Dienstverlening | Hoeckdorp Samen
            """
        ),
    },
    {
        "id": "h79-053",
        "kind": "other",
        "sender": "Pieter Hofland <p.hofland@oostwaarde.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres? Ik ben concerncontroller, geen
            directeur, en ik wil graag weten uit welke bron u dit adres hebt.

            P. Hofland
            """
        ),
    },
    {
        "id": "h79-054",
        "kind": "other",
        "sender": "Petra van Wijngaarden <p.vanwijngaarden@ao-zegwaardnoord.nl>",
        "quote": "none",
        "subject": "Vertrek per 1 november en opvolging",
        "body": _(
            """
            Beste Melanie,

            Een vooraankondiging: per 1 november stap ik over naar de Veiligheidsregio. Mijn opvolger wordt
            Dirk-Jan Hoek (dj.hoek@ao-zegwaardnoord.nl), die dan ook begint. Tot die tijd blijf ik lid, want het
            najaarsatelier wil ik nog meemaken. Kun je de overdracht per 1 november regelen?

            Groet,
            Petra
            """
        ),
    },
    {
        "id": "h79-055",
        "kind": "other",
        "sender": "Annelies Verbraak <a.verbraak@oostwaarde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + _VERVOLG,
        "body": _(
            """
            Dank voor de fijne middag. Eén verzoek voor de volgende keer: kan het atelier eens in het Oostland,
            bijvoorbeeld in ons gemeentehuis in Oosterrotte? Utrecht is voor ons een flinke reis in de spits. En
            misschien een uur eerder beginnen, om 13.00 uur.

            Annelies
            """
        ),
    },
    {
        "id": "h79-056",
        "kind": "other",
        "sender": "Marloes Kranendonk <m.kranendonk@groenkreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik hoorde dat Ingeborg Plug het vasthouden van personeel heeft aangedragen. Daar sluit ik me van harte
            bij aan, bij Groenkreek speelt het net zo hard. Tel mijn stem maar mee.

            Marloes
            """
        ),
    },
    {
        "id": "h79-057",
        "kind": "other",
        "sender": "Rachid El Khatib <r.elkhatib@so-tuinderij.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + _OPROEP,
        "body": _(
            """
            Is er in het programma ruimte voor een korte bijdrage van een lid? Wij hebben in Tuinderij een jaar
            geëxperimenteerd met wijkgericht werken en ik zou dat graag in een minuut of tien toelichten, als dat
            in het middagprogramma past.

            Rachid
            """
        ),
    },
    {
        "id": "h79-058",
        "kind": "other",
        "sender": "Dennis van der Spek <d.vanderspek@meerlandoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik neem niemand mee.

            D. van der Spek
            """
        ),
    },
    {
        "id": "h79-059",
        "kind": "other",
        "sender": "Dorien Hazelaar <d.hazelaar@so-tuinderij.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _UITNODIGING,
        "body": _(
            """
            Goedemiddag,

            De heer El Khatib is er op 11 maart graag bij, maar kan pas rond 15.00 uur aansluiten vanwege een
            bestuursoverleg in Pijnacker. Is dat een bezwaar?

            Met vriendelijke groet,
            Dorien Hazelaar
            managementassistent
            """
        ),
    },
    {
        "id": "h79-060",
        "kind": "other",
        "sender": "Erik Barendrecht <e.barendrecht@rotteenmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _UITNODIGING,
        "body": _(
            """
            De agendabijlage opent niet op mijn iPad, ik krijg alleen een leeg bestand te zien. Kunnen jullie de
            afspraak op een andere manier sturen? Ik kom trouwens wel, dat had ik al laten weten.

            Erik
            """
        ),
    },
]
# fmt: on
