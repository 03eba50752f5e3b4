"""devset107: membership acts (leave, hand-over, erasure, sign-up, confirmation, rejoin) against their look-alikes.

Directors, interim managers, assistants and a few mail systems write to info@ambtelijkefusie.nl about their
membership: leaving in one word or in a long story about retirement or a new job, handing the seat to a named
successor with an address, asking for erasure, signing up themselves or one colleague, confirming under our
confirmation mail and joining again under our goodbye. Against them stand mails that look the same but ask for no
act: someone else who leaves or retires, a retirement that keeps the membership for now, leaving another network or
list, declining only the atelier, questions about leaving or pausing, conditional leaves, complaints about the amount
of mail, a request to see one's data, sign-ups of several people or without an address, stopping only one kind of
mail, and a forward in which a secretary asks the director whether to leave.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; "afmelden" for the atelier only (membership kept) is an rsvp with attending
  False, and a decline with a substitute for that day is an rsvp too; leaving plus declining is an unsubscribe.
- A named successor who takes over the seat, with an address, is an unsubscribe (hand-over), also under our goodbye;
  a colleague reporting that someone else left or retires is other.
- Removal of all one's data is an unsubscribe with erase True; a request to see one's data, or to swap one address
  for another, is other.
- One named colleague with an address is a subscribe; several people or no address is other. "Lid blijven" and a
  wish to rejoin under the goodbye are a subscribe.
- A plain denial under the confirmation mail is an unsubscribe; a denial asking where we got the address is other.
- Questions, conditions, future leaves that keep the membership now, complaints without a request and requests to
  stop only one kind of mail are other: a person must read them.
- Out-of-office, "address no longer in use", bounces and ticket receipts are autoreplies, also when they tell of a
  retirement or departure.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ leaving the network
    {
        "id": "d107-001",
        "kind": "unsubscribe",
        "sender": "Jorien Hoekema <j.hoekema@werkorganisatie-klaverveld.nl>",
        "subject": "Afmelden netwerk",
        "body": _(
            """
            Goedemorgen,

            Wilt u mij afmelden als lid van het netwerk? Dank u wel.

            Met vriendelijke groet,
            Jorien Hoekema
            Directeur bedrijfsvoering Werkorganisatie Klaverveld
            """
        ),
    },
    {
        "id": "d107-002",
        "kind": "unsubscribe",
        "sender": "Maarten Stolk <maarten.stolk@ommelstee-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            afmelden
            """
        ),
    },
    {
        "id": "d107-003",
        "kind": "unsubscribe",
        "sender": "Hester Bruinsma <h.bruinsma@gr-vennebroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Uitschrijven aub

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d107-004",
        "kind": "unsubscribe",
        "sender": "drs. A.C. (Arnoud) van Lier <a.vanlier@heuvelzoom.nl>",
        "subject": "Afscheid",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Na eenenveertig jaar in het openbaar bestuur, waarvan de laatste elf als algemeen directeur van de
            ambtelijke organisatie Heuvelzoom, neem ik per 1 februari afscheid. Ik kijk met veel plezier terug op de
            ateliers; de gesprekken over de spanning tussen de drie raden en één ambtelijke organisatie hebben mij
            meer dan eens geholpen. Ook de informele lunch in Amersfoort, twee jaar terug, staat me nog bij.

            Mijn opvolging is nog niet rond; de colleges beraden zich op een interim-constructie. Daarover hoort u
            vast te zijner tijd van de organisatie zelf.

            Voor mij rest het verzoek mij met ingang van vandaag af te melden als lid van het netwerk. Hartelijk dank
            voor alles en veel succes met de volgende bijeenkomsten.

            Met vriendelijke groet,

            Arnoud van Lier
            """
        ),
    },
    {
        "id": "d107-005",
        "kind": "unsubscribe",
        "sender": "Yvette Kramer <yvette.kramer@lindewaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Dank voor uw komst",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Per 1 september ga ik aan de slag als bestuurder van een woningcorporatie in
            Zeeland. Daarmee val ik buiten de doelgroep van het netwerk; haalt u mij s.v.p. van de ledenlijst.

            Hartelijke groet,
            Yvette Kramer

            Disclaimer: Dit bericht is uitsluitend bestemd voor de geadresseerde. Gemeenten Lindewaarde, Oosterbeek
            en Raamsdonk aanvaarden geen aansprakelijkheid voor schade door het onjuist overbrengen van dit bericht.
            """
        ),
    },
    {
        "id": "d107-006",
        "kind": "unsubscribe",
        "sender": "Colin Verhagen <c.verhagen@werkorganisatie-dommelrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Please remove me from your mailing list; I have left Werkorganisatie Dommelrijk and this mailbox will be
            closed soon.

            Kind regards,
            Colin Verhagen
            """
        ),
    },
    {
        "id": "d107-007",
        "kind": "unsubscribe",
        "sender": "Gea Dijkhuis <g.dijkhuis@zwaluwmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Op 11 maart ben ik er niet bij, en eerlijk gezegd wil ik ook geen lid meer zijn van het netwerk. Graag
            uitschrijven.

            Gea Dijkhuis
            """
        ),
    },
    {
        "id": "d107-008",
        "kind": "unsubscribe",
        "sender": "Rik Wagenaar <rwagenaar@oostergouw.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Ik kan donderdag niet komen, en ik stop ook met het netwerk: ik vertrek eind deze maand bij de
            werkorganisatie. Schrap mij maar uit het ledenbestand, dan gaat mijn plaats naar de wachtlijst.

            Groet, Rik Wagenaar
            """
        ),
    },
    {
        "id": "d107-009",
        "kind": "unsubscribe",
        "sender": "Loes Verbunt <l.verbunt@gr-brakelwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geen mails meer graag. Afmelden.
            """
        ),
    },
    {
        "id": "d107-010",
        "kind": "unsubscribe",
        "sender": "mr. P.J. Koopmans <p.koopmans@ambtelijkeorganisatie-ijsselgouw.nl>",
        "subject": "Opzegging lidmaatschap",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij zeg ik mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties op.

            Hoogachtend,

            mr. P.J. Koopmans
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d107-011",
        "kind": "unsubscribe",
        "sender": "Kees Blokzijl <kees.blokzijl@werkorganisatie-lekdijk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            graag afmleden als lid, werk sinds deze maand niet meer bij de GR. groet Kees
            """
        ),
    },
    {
        "id": "d107-012",
        "kind": "unsubscribe",
        "sender": "Nadia El Khatib <n.elkhatib@veenkoloniaal-samen.nl>",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear secretariat / Beste secretariaat,

            I would like to cancel my membership of the network.
            Ik wil graag mijn lidmaatschap van het netwerk beëindigen.

            Thanks / dank,
            Nadia El Khatib
            """
        ),
    },
    {
        "id": "d107-013",
        "kind": "unsubscribe",
        "sender": "Wouter Brinkman <w.brinkman@hofstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Melanie,

            Fijn dat de suggestie is meegenomen, dat wordt meteen mijn laatste bijdrage. Volgende week ga ik met
            vervroegd pensioen. Wil je mij na vandaag afmelden voor het netwerk?

            Wouter
            """
        ),
    },
    {
        "id": "d107-014",
        "kind": "unsubscribe",
        "sender": "Trudy Ravensbergen <t.ravensbergen@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jammer dat het niet doorgaat. Voor mij is het wel een mooi moment om te stoppen: schrijf mij alstublieft
            uit als lid.

            Met vriendelijke groet,
            Trudy Ravensbergen
            """
        ),
    },
    {
        "id": "d107-015",
        "kind": "unsubscribe",
        "sender": "Okke Terpstra <okke.terpstra@gmail.com>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De nieuwe datum past niet, en eerlijk gezegd haal ik te weinig uit het netwerk om het nog zinvol te
            vinden. Beëindig mijn lidmaatschap maar.

            Okke
            """
        ),
    },
    {
        "id": "d107-016",
        "kind": "unsubscribe",
        "sender": "Samantha Oduya <s.oduya@werkorganisatie-meerstad.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Unsubscribe
            """
        ),
    },
    {
        "id": "d107-017",
        "kind": "unsubscribe",
        "sender": "Bram Zuidema <b.zuidema@noorderkwartier-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Inmiddels heb ik een nieuwe baan bij het ministerie en ga ik dus ook uit het netwerk. Graag mij afmelden
            als lid; dan komt mijn plek op de wachtlijst ook vrij.

            Bram Zuidema
            """
        ),
    },
    {
        "id": "d107-018",
        "kind": "unsubscribe",
        "sender": "Marga Tiemens <marga.tiemens@wolderland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            > Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

            Ja, graag. Het blijkt toch niet voor mijn functie bedoeld.

            Marga Tiemens
            """
        ),
    },
    {
        "id": "d107-019",
        "kind": "unsubscribe",
        "sender": "Jeroen Akkerman <j.akkerman@gr-dijkstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Nee. En haal me ook maar van de ledenlijst, ik zit sinds januari bij de provincie.

            J. Akkerman
            """
        ),
    },
    {
        "id": "d107-020",
        "kind": "unsubscribe",
        "sender": "Ellen Grootveld <ellen.grootveld@stichtse-rijnoever.nl>",
        "subject": "lidmaatschap",
        "body": _(
            """
            Hallo,

            Ik had een lang verhaal klaar, maar het komt hierop neer: na een flinke reorganisatie is mijn functie
            opgeheven en ik ga een tijd niets doen, daarna zien we wel. Jullie netwerk was een van de dingen waar ik
            echt energie van kreeg, dus dit vind ik jammer om te schrijven. Meld mij toch maar af, het heeft geen zin
            om uitnodigingen te krijgen voor iets waar ik niet meer bij hoor.

            Lieve groet en tot ziens misschien,
            Ellen
            """
        ),
    },
    # ------------------------------------------------------------------ hand-over to a successor
    {
        "id": "d107-021",
        "kind": "unsubscribe",
        "sender": "Gerard Pieterse <g.pieterse@werkorganisatie-waalzoom.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": _(
            """
            Beste secretariaat,

            Per 1 mei neemt Fenna Bakker mijn functie als algemeen directeur over. Wilt u mij afmelden en haar in
            mijn plaats aanmelden? Haar adres is f.bakker@werkorganisatie-waalzoom.nl.

            Met vriendelijke groet,
            Gerard Pieterse
            """
        ),
    },
    {
        "id": "d107-022",
        "kind": "unsubscribe",
        "sender": "Ineke Hollander <i.hollander@zuidplasdelta.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Mijn opvolger is Ruud Klaassen (r.klaassen@zuidplasdelta.nl), hij begint
            1 juni als directeur en neemt mijn plek in het netwerk graag over.

            Ineke Hollander
            """
        ),
    },
    {
        "id": "d107-023",
        "kind": "unsubscribe",
        "sender": "Thomas Ackermann <t.ackermann@grenslanden-samen.nl>",
        "subject": "Handover of my network membership",
        "body": _(
            """
            Dear Mr Van de Laar,

            I am handing over my role as director to my successor, Anouk Verbeek (anouk.verbeek@grenslanden-samen.nl).
            Could you please replace me with her on the members list as of next month?

            Best regards,
            Thomas Ackermann
            """
        ),
    },
    {
        "id": "d107-024",
        "kind": "unsubscribe",
        "sender": "Jelle Hoekstra <jelle.hoekstra@fryske-marren-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik vertrek eind van de maand. Mijn opvolger, Tjeerd Hofstra (t.hofstra@fryske-marren-gr.nl), neemt het
            lidmaatschap over; stuur de uitnodigingen voortaan naar hem in plaats van naar mij.

            Jelle
            """
        ),
    },
    {
        "id": "d107-025",
        "kind": "unsubscribe",
        "sender": "Corrie van Beek <c.vanbeek@betuwepoort.nl>",
        "subject": "Pensioen en opvolging",
        "body": _(
            """
            Beste Stan,

            Het is zover: na een mooi afscheid vorige week vrijdag ben ik met pensioen. Het voelt nog onwennig, de
            agenda is leeg en de kleinkinderen hebben het ontdekt. Bedankt voor alle ateliers, ik heb er veel aan
            gehad, vooral aan die keer over de bestuursopdracht.

            Mijn opvolger als directeur van Betuwepoort is Lotte Vreeswijk. Zij wil graag mijn plek in het netwerk
            innemen: l.vreeswijk@betuwepoort.nl. Mij mag je dus van de lijst halen.

            Hartelijke groet,
            Corrie

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d107-026",
        "kind": "unsubscribe",
        "sender": "Hamid Benali <h.benali@werkorganisatie-amstelrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ben er donderdag niet bij: per vandaag draag ik het directeurschap over aan Sophie de Wit. Zij neemt
            mijn plaats in het netwerk definitief over (s.dewit@werkorganisatie-amstelrand.nl); mij graag afmelden.

            Vriendelijke groet,
            Hamid Benali
            """
        ),
    },
    {
        "id": "d107-027",
        "kind": "unsubscribe",
        "sender": "Annelies Mooij <a.mooij@kroonwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geen thema's van mijn kant: ik ben per 1 maart weg. De directie wordt vanaf dan waargenomen door
            interim-directeur Marleen Sloots, m.sloots@kroonwaard.nl. Zet u haar in mijn plaats op de ledenlijst?

            A. Mooij
            """
        ),
    },
    # ------------------------------------------------------------------ AVG erasure
    {
        "id": "d107-028",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R. Doornbos <r.doornbos@eemsdelta-werkt.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens te verwijderen en mij af te
            melden als lid van het netwerk. Graag ontvang ik een bevestiging zodra dit is gebeurd.

            Met vriendelijke groet,
            R. Doornbos
            """
        ),
    },
    {
        "id": "d107-029",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Priya Raghunath <priya.raghunath@deltawaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Please delete all my personal data and remove me from all your lists (GDPR, right to erasure).

            Priya Raghunath
            """
        ),
    },
    {
        "id": "d107-030",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sjoerd Haitsma <s.haitsma@marrenland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank. Willen jullie ook al mijn gegevens wissen uit de administratie? Ik wil niet dat er iets van mij
            bewaard blijft.

            Sjoerd
            """
        ),
    },
    {
        "id": "d107-031",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marloes Hendriksen <marloes.hendriksen@ziggo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld. Verwijder mijn gegevens volledig uit uw systemen.

            M. Hendriksen
            """
        ),
    },
    {
        "id": "d107-032",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Joost Vermeulen <joost.vermeulen@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik stop ermee. En gooi meteen alles weg wat jullie van mij hebben graag, recht op vergetelheid en zo :)

            Joost
            """
        ),
    },
    {
        "id": "d107-033",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Frederique Lansink <f.lansink@achterhoekzuid.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Verwijder mij uit het netwerk en wis alles wat u van mij heeft: naam, e-mailadres, functie en de
            aanmeldingen voor ateliers.

            F. Lansink
            """
        ),
    },
    # ------------------------------------------------------------------ denials under the confirmation mail
    {
        "id": "d107-034",
        "kind": "unsubscribe",
        "sender": "Diederik Schot <d.schot@gr-rijnvallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me helemaal niet aangemeld.
            """
        ),
    },
    {
        "id": "d107-035",
        "kind": "unsubscribe",
        "sender": "Wilma Roetman <w.roetman@saksenland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, dank u. Dit moet een vergissing van ons secretariaat zijn; ik wil geen lid worden.

            Wilma Roetman
            """
        ),
    },
    # ------------------------------------------------------------------ sign-ups and joining again
    {
        "id": "d107-036",
        "kind": "subscribe",
        "sender": "Floor Diepeveen <f.diepeveen@werkorganisatie-gooiland.nl>",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Beste secretariaat,

            Graag meld ik mij aan als lid van het netwerk. Sinds 1 januari ben ik algemeen directeur van de
            Werkorganisatie Gooiland, voor de gemeenten Eemnes-Zuid en Blaricumhove.

            Met vriendelijke groet,
            Floor Diepeveen
            """
        ),
    },
    {
        "id": "d107-037",
        "kind": "subscribe",
        "sender": "Ruben Aalders <r.aalders@vlietgouw.nl>",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden
            """
        ),
    },
    {
        "id": "d107-038",
        "kind": "subscribe",
        "sender": "Daniel Kowalczyk <d.kowalczyk@werkorganisatie-maasduinen.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Hi,

            I'd like to join the network. I recently started as director of operations at Werkorganisatie Maasduinen
            (a shared organisation of three municipalities).

            Regards,
            Daniel Kowalczyk
            """
        ),
    },
    {
        "id": "d107-039",
        "kind": "subscribe",
        "sender": "Henk Jan Boswijk <hj.boswijk@lingewaard-samen.nl>",
        "subject": "Nieuw lid",
        "body": _(
            """
            Goedemiddag,

            Mijn collega Wendelien Smits, directeur bedrijfsvoering bij ons, wil ook graag lid worden. Kunt u haar
            aanmelden? Haar adres: w.smits@lingewaard-samen.nl.

            Groet,
            Henk Jan Boswijk
            """
        ),
    },
    {
        "id": "d107-040",
        "kind": "subscribe",
        "sender": "Mirjam Stoffels <m.stoffels@heerlenhove.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! Mijn collega-directeur Bas Wolters wil er ook graag bij. Zou u hem willen
            aanmelden met b.wolters@heerlenhove.nl?

            Mirjam
            """
        ),
    },
    {
        "id": "d107-041",
        "kind": "subscribe",
        "sender": "Pieter Griffioen <p.griffioen@werkorganisatie-woudrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            lid blijven
            """
        ),
    },
    {
        "id": "d107-042",
        "kind": "subscribe",
        "sender": "Anita Bosscher <anita.bosscher@gr-twentewaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Oeps, dat was niet de bedoeling. Ik wil graag lid blijven!

            Anita
            """
        ),
    },
    {
        "id": "d107-043",
        "kind": "subscribe",
        "sender": "Vincent Lamers <v.lamers@werkorganisatie-kempenhorst.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Beste Stan en Melanie,

            Een jaar geleden heb ik me afgemeld toen ik naar de provincie ging. Inmiddels ben ik terug in het
            gemeentelijke: sinds deze maand ben ik directeur van Werkorganisatie Kempenhorst. Graag meld ik me
            opnieuw aan, op dit adres.

            Vincent Lamers
            """
        ),
    },
    {
        "id": "d107-044",
        "kind": "subscribe",
        "sender": "Esther Vroom <esther.vroom@duinstreek-samen.nl>",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Hallo,

            Ik was eerder lid, maar ben afgemeld toen ik van baan wisselde. Nu zit ik weer bij een ambtelijke
            fusieorganisatie. Wilt u mij weer aanmelden met dit adres?

            Groeten,
            Esther Vroom
            """
        ),
    },
    {
        "id": "d107-045",
        "kind": "subscribe",
        "sender": "Secretariaat directie Bollenkust <secretariaat.directie@bollenkust.nl>",
        "subject": "Aanmelding namens mevrouw Zwanenburg",
        "body": _(
            """
            Geacht secretariaat,

            Namens mevrouw drs. C. Zwanenburg, algemeen directeur van de ambtelijke organisatie Bollenkust, meld ik
            haar graag aan als lid van het netwerk. Haar e-mailadres is c.zwanenburg@bollenkust.nl.

            Met vriendelijke groet,
            Nicole Bergman
            managementassistent
            """
        ),
    },
    {
        "id": "d107-046",
        "kind": "subscribe",
        "sender": "Luuk Hermsen <l.hermsen@nijmeerwaarden.nl>",
        "subject": "aanmelden / sign up",
        "body": _(
            """
            Aanmelden s.v.p. / please sign me up. Thanks!
            Luuk
            """
        ),
    },
    {
        "id": "d107-047",
        "kind": "subscribe",
        "sender": "Karen Whitfield <k.whitfield@westwoldewerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            That was a mistake on our side - I'd like to stay a member, please.

            Karen
            """
        ),
    },
    {
        "id": "d107-048",
        "kind": "subscribe",
        "sender": "Gijs Kamphuis <g.kamphuis@sallandhove.nl>",
        "subject": "Aanmelding als opvolger van Erna Valk",
        "body": _(
            """
            Beste secretariaat,

            Ik ben per 1 april de opvolger van Erna Valk als directeur van Sallandhove. Zij heeft zich al bij u
            afgemeld, begreep ik. Graag meld ik mij aan als lid.

            Met vriendelijke groet,
            Gijs Kamphuis
            """
        ),
    },
    {
        "id": "d107-049",
        "kind": "subscribe",
        "sender": "Monique Barendrecht <m.barendrecht@alblasrivieren.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik had me in een opwelling afgemeld, maar heb me bedacht. Ik blijf toch graag lid.

            Monique Barendrecht
            """
        ),
    },
    # ------------------------------------------------------------------ confirmations
    {
        "id": "d107-050",
        "kind": "confirm",
        "sender": "Tim Oosterhuis <t.oosterhuis@werkorganisatie-drentsaa.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d107-051",
        "kind": "confirm",
        "sender": "Sabine Keur <sabine.keur@grootwestland-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d107-052",
        "kind": "confirm",
        "sender": "Roel Stegeman <r.stegeman@vechtdal-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bevestigd.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d107-053",
        "kind": "confirm",
        "sender": "Ans Wijnberg <a.wijnberg@bergenmaasland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij bevestig ik mijn aanmelding voor het netwerk.

            Met vriendelijke groet,
            A.M. Wijnberg
            directeur
            """
        ),
    },
    {
        "id": "d107-054",
        "kind": "confirm",
        "sender": "Oliver Marsh <o.marsh@werkorganisatie-duinvallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you.

            Oliver Marsh
            """
        ),
    },
    {
        "id": "d107-055",
        "kind": "confirm",
        "sender": "Mathijs Ruiter <m.ruiter@hoekschewaarden-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Klopt, dat was ik (via mijn secretariaat). Graag!

            Mathijs Ruiter
            """
        ),
    },
    {
        "id": "d107-056",
        "kind": "confirm",
        "sender": "Lisanne Bouma <l.bouma@waddenzoom.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            ok
            """
        ),
    },
    {
        "id": "d107-057",
        "kind": "confirm",
        "sender": "Frank Heijmans <f.heijmans@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Akkoord, ik word graag lid.

            F. Heijmans
            """
        ),
    },
    {
        "id": "d107-058",
        "kind": "confirm",
        "sender": "Carolien Nauta <c.nauta@westfriesgouw.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Excuses voor de late reactie, de mail was tussen de raadsstukken beland. Bij dezen alsnog bevestigd.

            Carolien Nauta
            """
        ),
    },
    {
        "id": "d107-059",
        "kind": "confirm",
        "sender": "Arjen Vos <arjen.vos@werkorganisatie-ronderveen.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, graag aanmelden.
            """
        ),
    },
    # ------------------------------------------------------------------ atelier only: rsvp
    {
        "id": "d107-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bianca Leenders <b.leenders@peelland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag afmelden voor 11 maart, ik zit die middag in de raadscommissie.

            Bianca Leenders
            """
        ),
    },
    {
        "id": "d107-061",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik-Jan Smeets <ej.smeets@heuvellandzuid.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik moet me helaas afmelden voor donderdag. Wel lid blijven natuurlijk, volgende keer ben ik er weer!

            Erik-Jan
            """
        ),
    },
    {
        "id": "d107-062",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rachel Ambrose <r.ambrose@werkorganisatie-lindenhove.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Please take me off the attendee list for 11 March, I'll be abroad that week. Still keen on future
            sessions, so do keep me in the network.

            Rachel
            """
        ),
    },
    {
        "id": "d107-063",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Dekkers <h.dekkers@werkorganisatie-vlietland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haal me maar van de wachtlijst, het lukt die dag toch niet meer.

            Hans
            """
        ),
    },
    {
        "id": "d107-064",
        "kind": "rsvp",
        "attending": True,
        "sender": "Janneke Vink <j.vink@gr-oudijssel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Tussen haakjes: onze burgemeester gaat in mei met pensioen, dus de bestuurlijke kant is bij
            ons even in beweging. Leuk om daar in de pauze over te sparren.

            Janneke Vink
            """
        ),
    },
    {
        "id": "d107-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Stefan Brouwer <s.brouwer@werkorganisatie-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kan zelf niet op 11 maart. Mijn plaatsvervanger Iris Mulder (i.mulder@werkorganisatie-eemvallei.nl)
            komt in mijn plaats naar het atelier.

            Stefan Brouwer
            """
        ),
    },
    {
        "id": "d107-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Kuipers <marjolein.kuipers@dalfsenhove.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet, lig met griep op de bank.

            Marjolein
            """
        ),
    },
    {
        "id": "d107-067",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tamara IJzerman <t.ijzerman@gr-lekenlinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Ik kan helaas ook niet in de plaats van Dirk komen; graag afmelden voor die dag.

            Tamara IJzerman
            """
        ),
    },
    {
        "id": "d107-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ben Oldenkamp <b.oldenkamp@westerkwartier-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            De nieuwe datum kan ik niet, meld mij maar af voor het atelier.

            B. Oldenkamp
            """
        ),
    },
    {
        "id": "d107-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Astrid Veldkamp <a.veldkamp@werkorganisatie-noordoostpolder-urk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik ben die week met verlof.
            """
        ),
    },
    {
        "id": "d107-070",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat algemeen directeur <secretariaat.ad@gr-maaskant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Namens de heer De Groot laat ik u weten dat hij op 11 maart helaas verhinderd is.

            Met vriendelijke groet,
            Sandra Meijer
            secretaresse algemeen directeur GR Maaskant
            """
        ),
    },
    {
        "id": "d107-071",
        "kind": "rsvp",
        "attending": True,
        "sender": "Niels Hartog <n.hartog@rijssenhove.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
        "body": _(
            """
            Ik kom graag. Ter info: onze directeur bedrijfsvoering, Hans Beumer, stopt per 1 april en meldt zich
            zelf nog bij jullie af. Ik blijf gewoon.

            Niels
            """
        ),
    },
    {
        "id": "d107-072",
        "kind": "rsvp",
        "attending": False,
        "sender": "Quirine de Bruijn <q.debruijn@gooistrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            afmelden atelier donderdag, sorry. Q
            """
        ),
    },
    {
        "id": "d107-073",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Elzinga <b.elzinga@ommelanden-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Het wordt mijn laatste atelier voordat ik in de zomer met pensioen ga, maar ik ben er zeker bij!

            Bert Elzinga
            """
        ),
    },
    {
        "id": "d107-074",
        "kind": "rsvp",
        "attending": False,
        "sender": "Laura Timmer <l.timmer@werkorganisatie-bergkwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Afmelden voor het netwerk is niet nodig hoor, ik blijf lid. Maar op 11 maart kan ik niet, dan zit ik
            in Brussel.

            Laura Timmer
            """
        ),
    },
    {
        "id": "d107-075",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dennis Roozendaal <d.roozendaal@westbetuwe-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Niet afmelden! Ik had vorige week gezegd dat het misschien niet lukte, maar ik kom wel, alleen iets later.

            Dennis
            """
        ),
    },
    # ------------------------------------------------------------------ suggestions that speak of leaving
    {
        "id": "d107-076",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerda Poortvliet <g.poortvliet@schouwenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Nu onze directeur bedrijfsvoering vertrekt (hij meldt zich ook bij jullie af) merk ik hoe kwetsbaar we
            zijn. Onderwerp: opvolging en behoud van kennis in een kleine werkorganisatie met veel eenpitters.

            Gerda Poortvliet
            """
        ),
    },
    {
        "id": "d107-077",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ronald Spaans <r.spaans@gr-voorneveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\"",
        "body": _(
            """
            Onderwerp voor de volgende keer: hoe ga je om met een deelnemende gemeente die uit de GR wil stappen?
            Bij ons speelt dat nu.

            Ronald
            """
        ),
    },
    {
        "id": "d107-078",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wies Hogenbirk <w.hogenbirk@veluwezoom-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ik ga na de zomer met pensioen, maar wil nog één onderwerp meegeven: hoe maak je een visie op de
            organisatie voor 2035 die een wisseling van colleges overleeft?

            Wies Hogenbirk
            """
        ),
    },
    # ------------------------------------------------------------------ autoreplies about departures
    {
        "id": "d107-079",
        "kind": "autoreply",
        "sender": "Marianne Toet <m.toet@werkorganisatie-linschoten.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Mevrouw Toet is per 1 januari uit dienst getreden. Voor zaken
            van de directie kunt u mailen naar directie@werkorganisatie-linschoten.nl.
            """
        ),
    },
    {
        "id": "d107-080",
        "kind": "autoreply",
        "sender": "Gerrit Landman <g.landman@kromme-rijnstreek.nl>",
        "thread": "call_for_themes",
        "subject": "Afwezig: Welke thema's wilt u bespreken?",
        "body": _(
            """
            Dank voor uw bericht. Ik ben met pensioen; deze mailbox wordt niet meer gelezen en wordt binnenkort
            opgeheven. Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d107-081",
        "kind": "autoreply",
        "sender": "Sophie Lindqvist <s.lindqvist@werkorganisatie-zeeuwsvlaanderen.nl>",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I have left Werkorganisatie Zeeuws-Vlaanderen. For urgent matters please contact the management office
            at bestuursbureau@werkorganisatie-zeeuwsvlaanderen.nl.
            """
        ),
    },
    {
        "id": "d107-082",
        "kind": "autoreply",
        "sender": "Servicedesk Hollandse Plassen <servicedesk@hollandseplassen.nl>",
        "subject": "[Melding 2027-004812] Uw afmelding bij het Netwerk van directeuren",
        "headers": {"Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer 2027-004812. Wij nemen uw melding zo
            spoedig mogelijk in behandeling. Antwoord niet op dit bericht.

            Servicedesk Hollandse Plassen
            """
        ),
    },
    {
        "id": "d107-083",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.ambtelijkeorganisatie-reest.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.ambtelijkeorganisatie-reest.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <h.vandenberg@ambtelijkeorganisatie-reest.nl>: host mailstore.reest.local said: 550 5.1.1 User unknown
                (account disabled after departure of employee)
            """
        ),
    },
    # ------------------------------------------------------------------ look-alikes: other
    {
        "id": "d107-084",
        "kind": "other",
        "sender": "Koen Breedveld <k.breedveld@werkorganisatie-vechtstreek.nl>",
        "subject": "Vraag",
        "body": _(
            """
            Hoe meld ik me af? Ik zie nergens een link onder jullie mails.

            Koen Breedveld
            """
        ),
    },
    {
        "id": "d107-085",
        "kind": "other",
        "sender": "Renate Slagter <r.slagter@eilandenraad-samen.nl>",
        "subject": "Lidmaatschap even op pauze?",
        "body": _(
            """
            Beste Melanie,

            Kan ik mijn lidmaatschap pauzeren? Ik ga een half jaar op sabbatical en wil in die tijd liever geen
            uitnodigingen, maar ik kom daarna graag terug.

            Groet,
            Renate Slagter
            """
        ),
    },
    {
        "id": "d107-086",
        "kind": "other",
        "sender": "Adriaan Holwerda <a.holwerda@noordwoldeland.nl>",
        "subject": "Pensioen",
        "body": _(
            """
            Beste Stan,

            Even een persoonlijk bericht: per 1 juli ga ik met pensioen. Tot die tijd blijf ik graag lid van het
            netwerk. Over een opvolger is nog niets bekend.

            Hartelijke groet,
            Adriaan Holwerda
            """
        ),
    },
    {
        "id": "d107-087",
        "kind": "other",
        "sender": "Petra Langeveld <p.langeveld@werkorganisatie-tielerwaard.nl>",
        "subject": "Ter info: vertrek Wim Jansen",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: onze algemeen directeur, Wim Jansen, is vorige maand vertrokken. Hij staat volgens mij
            nog bij u als lid geregistreerd.

            Met vriendelijke groet,
            Petra Langeveld
            beleidsadviseur directie
            """
        ),
    },
    {
        "id": "d107-088",
        "kind": "other",
        "sender": "Hugo Tromp <h.tromp@werkorganisatie-altena-zuid.nl>",
        "subject": "Afmelden nieuwsbrief Kennisnetwerk Gemeentefinanciën",
        "body": _(
            """
            Graag afmelden voor de nieuwsbrief van het Kennisnetwerk Gemeentefinanciën. Ik ontvang hem dubbel.

            Hugo Tromp
            """
        ),
    },
    {
        "id": "d107-089",
        "kind": "other",
        "sender": "Caroline Dijkema <c.dijkema@gr-fivelland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag! Ik heb me onlangs afgemeld bij de kring van gemeentesecretarissen, te veel
            overleg naast elkaar, maar dit netwerk bevalt me juist prima. Tot de volgende keer.

            Caroline
            """
        ),
    },
    {
        "id": "d107-090",
        "kind": "other",
        "sender": "Michiel Rasing <m.rasing@werkorganisatie-zaanoever.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Een uitnodiging, een herinnering, een wijziging en nu weer een herinnering, allemaal voor hetzelfde
            atelier. Dat is wel erg veel mail voor één middag.

            M. Rasing
            """
        ),
    },
    {
        "id": "d107-091",
        "kind": "other",
        "sender": "Judith Mennen <j.mennen@bergeijkhove.nl>",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd, en waarvoor u die
            gebruikt (inzage op grond van artikel 15 AVG).

            Met vriendelijke groet,
            J. Mennen
            """
        ),
    },
    {
        "id": "d107-092",
        "kind": "other",
        "sender": "Bart Kloosterman <b.kloosterman@werkorganisatie-drechtwaard.nl>",
        "subject": "Aanmelding directieteam",
        "body": _(
            """
            Beste secretariaat,

            Wij willen graag met het voltallige directieteam lid worden: Anja Roos
            (a.roos@werkorganisatie-drechtwaard.nl), Freek Olthof (f.olthof@werkorganisatie-drechtwaard.nl) en
            ikzelf.

            Groet,
            Bart Kloosterman
            """
        ),
    },
    {
        "id": "d107-093",
        "kind": "other",
        "sender": "Margreet Visscher <m.visscher@grootbroek-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel! Mijn collega Gerrit Poelman, directeur dienstverlening, zou ook graag lid worden.

            Margreet Visscher
            """
        ),
    },
    {
        "id": "d107-094",
        "kind": "other",
        "sender": "Ton Verweij <t.verweij@werkorganisatie-heusdenhove.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik wil geen herinneringen meer ontvangen, de uitnodigingen zelf wel graag. Ik zet alles toch meteen in
            mijn agenda.

            Ton
            """
        ),
    },
    {
        "id": "d107-095",
        "kind": "other",
        "sender": "Secretariaat directie Overbetuwe-Noord <directiesecretariaat@overbetuwe-noord.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Hoi Martijn,

            Jij zit toch eigenlijk niet meer in dit netwerk sinds je de portefeuille hebt overgedragen? Zal ik je
            afmelden, of wil je lid blijven? Laat maar even weten.

            Groetjes, Femke
            """
        ),
    },
    {
        "id": "d107-096",
        "kind": "other",
        "sender": "Reinier Bakhuis <r.bakhuis@werkorganisatie-hunzedal.nl>",
        "subject": "FW: netwerk ambtelijke fusie - nog zinvol?",
        "body": _(
            """
            Stan, zie onder. Wat vinden jullie ervan? Ik twijfel zelf ook.

            Reinier

            -----Oorspronkelijk bericht-----
            Van: Dorien Wessels <d.wessels@werkorganisatie-hunzedal.nl>
            Verzonden: maandag 8 februari 2027 09:12
            Aan: Reinier Bakhuis <r.bakhuis@werkorganisatie-hunzedal.nl>
            Onderwerp: netwerk ambtelijke fusie - nog zinvol?

            Reinier, nu we de ontvlechting ingaan: moeten we nog lid blijven van dat directeurennetwerk, of kun je
            je beter afmelden? Jij beslist.
            Dorien
            """
        ),
    },
    {
        "id": "d107-097",
        "kind": "other",
        "sender": "Ilse van Rijswijk <i.vanrijswijk@werkorganisatie-utrechtseheuvelrug-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Als het atelier weer alleen in Utrecht is en niet ook eens in het oosten van het land, dan zeg ik mijn
            lidmaatschap op. Drie uur heen en weer voor een middag is te veel.

            Ilse van Rijswijk
            """
        ),
    },
    {
        "id": "d107-098",
        "kind": "other",
        "sender": "Coen Pronk <c.pronk@gr-lopikerland.nl>",
        "subject": "Mogelijk einde lidmaatschap",
        "body": _(
            """
            Beste secretariaat,

            Mocht de ambtelijke fusie per 1 januari worden teruggedraaid, en daar lijkt het op, dan hoef ik geen lid
            meer te zijn. Ik laat het u weten zodra de raden besloten hebben.

            Coen Pronk
            """
        ),
    },
    {
        "id": "d107-099",
        "kind": "other",
        "sender": "Sanne Wolthuis <s.wolthuis@werkorganisatie-tubbergen-dinkel.nl>",
        "subject": "Interim en lidmaatschap",
        "body": _(
            """
            Hallo,

            Ik ben sinds kort interim-directeur, mijn aanstelling loopt een jaar. Moet ik me nu afmelden of mag ik
            gewoon blijven? Ik lees nergens wie er precies lid kan zijn.

            Sanne Wolthuis
            """
        ),
    },
    {
        "id": "d107-100",
        "kind": "other",
        "sender": "Leon Overdijk <l.overdijk@werkorganisatie-montferland-oost.nl>",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 maart stap ik over naar de werkorganisatie Liemerskwartier. Mijn nieuwe adres wordt
            l.overdijk@liemerskwartier.nl; wilt u het oude adres verwijderen en voortaan het nieuwe gebruiken?

            Leon Overdijk
            """
        ),
    },
    {
        "id": "d107-101",
        "kind": "other",
        "sender": "Agnes Kruithof <a.kruithof@werkorganisatie-goereewaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel voor de bevestiging en voor alle mooie bijeenkomsten. Het ga jullie goed.

            Agnes Kruithof
            """
        ),
    },
    {
        "id": "d107-102",
        "kind": "other",
        "sender": "Hendrik Jongsma <h.jongsma@dantumadielgouw.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb nooit om een afmelding gevraagd! Wie heeft dit namens mij doorgegeven? Dat wil ik graag weten
            voordat er verder iets gebeurt.

            H. Jongsma
            """
        ),
    },
    {
        "id": "d107-103",
        "kind": "other",
        "sender": "Evelien Damen <evelien.damen@hotmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ik heb me niet aangemeld. Waar hebben jullie dit adres vandaan? Het is mijn privéadres.

            Evelien Damen
            """
        ),
    },
    {
        "id": "d107-104",
        "kind": "other",
        "sender": "Marcel Huisman <m.huisman@werkorganisatie-zuidkennemer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, bevestigd. Maar is het lidmaatschap persoonlijk of voor de organisatie? Als ik ooit vertrek, gaat
            het dan automatisch over op mijn opvolger?

            Marcel Huisman
            """
        ),
    },
    {
        "id": "d107-105",
        "kind": "other",
        "sender": "Rosalie Fennema <r.fennema@grootdongeradeel.nl>",
        "subject": "Aanmelden?",
        "body": _(
            """
            Goedemorgen,

            Ik wil me mogelijk aanmelden, maar ik ben geen directeur: ik ben concernmanager in een werkorganisatie
            van twee gemeenten. Kom ik in aanmerking voor het lidmaatschap?

            Rosalie Fennema
            """
        ),
    },
    {
        "id": "d107-106",
        "kind": "other",
        "sender": "Adam Fletcher <a.fletcher@kustwerk-samen.nl>",
        "subject": "Former colleague still on your list",
        "body": _(
            """
            Hello,

            How do I get my former colleague off your list? Pieter Zandbergen left us last year but his old address
            still receives your mail, and it ends up in our shared inbox.

            Adam Fletcher
            """
        ),
    },
    {
        "id": "d107-107",
        "kind": "other",
        "sender": "Secretariaat Werkorganisatie Aa en Hunze-West <secretariaat@aahunze-west.nl>",
        "subject": "Lidmaatschap mevrouw Geertsema",
        "body": _(
            """
            Geacht secretariaat,

            Namens mevrouw Geertsema: zij overweegt haar lidmaatschap van het netwerk op te zeggen, maar wil eerst
            graag even met een van de adviseurs bellen. Kunt u contact opnemen voor een afspraak?

            Met vriendelijke groet,
            Marieke Hof
            """
        ),
    },
    {
        "id": "d107-108",
        "kind": "other",
        "sender": "Dick Buitenhuis <d.buitenhuis@werkorganisatie-marnewaard.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank! NB: mijn voorganger Lambert Schouten krijgt vermoedelijk ook nog jullie mails, terwijl hij al een
            halfjaar met pensioen is.

            Dick
            """
        ),
    },
    {
        "id": "d107-109",
        "kind": "other",
        "sender": "Jacqueline Struik <j.struik@werkorganisatie-gelderlandmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Kunnen jullie mij voortaan alleen de uitnodigingen sturen, en niet meer de oproepen voor thema's? Ik kom
            graag, maar ik heb geen tijd om onderwerpen te bedenken.

            Jacqueline Struik
            """
        ),
    },
    {
        "id": "d107-110",
        "kind": "other",
        "sender": "Oscar van Dam <o.vandam@werkorganisatie-delflandhove.nl>",
        "subject": "lidmaatschap on hold?",
        "body": _(
            """
            Hi Stan,

            Can I put my membership on hold while I'm seconded to the ministry for a year? I'd rather not lose my
            place, but there's no point in inviting me for now.

            Oscar
            """
        ),
    },
    {
        "id": "d107-111",
        "kind": "other",
        "sender": "Ingeborg Pals <i.pals@gr-oudewater-montfoort.nl>",
        "subject": "Afmelding collega",
        "body": _(
            """
            Goedemiddag,

            Mijn collega Tessa van Wijngaarden wil zich afmelden voor het netwerk; zij mailt u daar zelf nog over
            als ze terug is van vakantie.

            Ingeborg Pals
            """
        ),
    },
    {
        "id": "d107-112",
        "kind": "other",
        "sender": "Harm Kuiper <h.kuiper@werkorganisatie-oldambtzuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wordt mijn opvolger automatisch uitgenodigd voor het volgende atelier? Ze heet Sanne en begint in april;
            haar mailadres heb ik nog niet.

            Harm Kuiper
            """
        ),
    },
    {
        "id": "d107-113",
        "kind": "other",
        "sender": "Yasmina Bouzid <y.bouzid@werkorganisatie-middenschouw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb dit keer geen thema's. Ik zit eerlijk gezegd te twijfelen of het netwerk nog iets voor mij is nu
            we steeds meer regionaal samenwerken. Daar kom ik later op terug.

            Yasmina
            """
        ),
    },
    {
        "id": "d107-114",
        "kind": "other",
        "sender": "Wim Ketelaar <w.ketelaar@ambtelijkeorganisatie-vijfheerenland.nl>",
        "subject": "Pensioen per 1 oktober",
        "body": _(
            """
            Beste secretariaat,

            Per 1 oktober ga ik met pensioen. Wat gebeurt er dan met mijn lidmaatschap? Kan mijn opvolger
            automatisch lid worden, of moet die zich zelf aanmelden?

            Wim Ketelaar
            """
        ),
    },
    {
        "id": "d107-115",
        "kind": "other",
        "sender": "Lotte Bijl <l.bijl@teams-werkorganisatie-venlo-noord.nl>",
        "subject": "Nog steeds Teams-meldingen",
        "body": _(
            """
            Hallo,

            Ik heb mij vorige maand afgemeld voor de Teams-groep van het atelier van vorig najaar, maar ik krijg nog
            steeds meldingen uit dat kanaal. Kan iemand mij daar echt uit halen?

            Lotte Bijl
            """
        ),
    },
    {
        "id": "d107-116",
        "kind": "other",
        "sender": "Jan-Willem Roest <jw.roest@werkorganisatie-beekdal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit was mijn laatste atelier als directeur: per 1 juni ga ik met pensioen. Wie mij opvolgt is nog niet
            bekend. Tot die tijd blijf ik lid en lees ik jullie berichten met plezier.

            Jan-Willem Roest
            """
        ),
    },
    {
        "id": "d107-117",
        "kind": "other",
        "sender": "Frieda Mulderij <f.mulderij@gr-achterveld.nl>",
        "subject": "Uittreding gemeente",
        "body": _(
            """
            Goedemorgen,

            Een van onze twee gemeenten stapt per 2028 uit de werkorganisatie. Dan zijn we geen fusieorganisatie
            meer. Mag ik dan nog lid blijven van het netwerk?

            Frieda Mulderij
            """
        ),
    },
    {
        "id": "d107-118",
        "kind": "other",
        "sender": "Nathan Goudsmit <n.goudsmit@werkorganisatie-zoetermeerhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            If the next atelier turns out to be online only, please take me off the members list. I only join for
            the conversations in the room.

            Nathan Goudsmit
            """
        ),
    },
    {
        "id": "d107-119",
        "kind": "other",
        "sender": "Hilde Prins <h.prins@werkorganisatie-schagerkoog.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me inderdaad aangemeld, maar eigenlijk moet mijn collega Rob Tijssen lid worden en niet ik: hij
            heeft de portefeuille samenwerking. Hoe regelen we dat?

            Hilde Prins
            """
        ),
    },
    {
        "id": "d107-120",
        "kind": "other",
        "sender": "Peter-Paul Willems <pp.willems@werkorganisatie-geuldal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik word hier lid genoemd, maar ik wilde me alleen voor het atelier in maart aanmelden. Is lidmaatschap
            daarvoor verplicht?

            Peter-Paul Willems
            """
        ),
    },
    {
        "id": "d107-121",
        "kind": "other",
        "sender": "Geertje Wiersma <g.wiersma@werkorganisatie-tietjerkhove.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil me afmelden, tenzij het mogelijk is om alleen de uitnodigingen te krijgen en verder niets. Kan
            dat?

            Geertje Wiersma
            """
        ),
    },
    {
        "id": "d107-122",
        "kind": "other",
        "sender": "Maurits Benschop <m.benschop@werkorganisatie-krimpenerzoom.nl>",
        "subject": "Dubbele mails",
        "body": _(
            """
            Sinds de verhuizing naar ons nieuwe domein krijg ik al jullie berichten twee keer, op mijn oude en mijn
            nieuwe adres. Beetje onhandig.

            Maurits
            """
        ),
    },
]
# fmt: on
