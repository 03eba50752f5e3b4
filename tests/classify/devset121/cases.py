"""devset121: joining and what only looks like it.

Directors of werkorganisaties and GR's who join in every register (new mails, phone mails, pasted forms, English,
re-joining after a gap, answers under our welcome and our goodbye, a director or an assistant signing up one named
colleague with that colleague's address), set against the mail that resembles a sign-up but needs a person: a
sign-up with a question or a condition beside it, people whose place in a directors' network is unclear (teamleider,
beleidsadviseur, wethouder, raadslid, HR-adviseur, interim-manager, student, consultant, a single municipality, an
omgevingsdienst), vendors, training bureaus and recruiters, other networks, questions about costs or the member list,
"keep me posted", members who already are members, several people at once, a colleague without an address, the
Adviesraad, an atelier place asked for by a non-member. A few confirmations, RSVPs and suggestions complete the inbox.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A sign-up with a real question or a condition the secretariat must answer
  first is `other`, and so is any mail from someone whose eligibility the secretariat must judge.
- Signing up one named colleague with the colleague's address is `subscribe` (also by an assistant, also under our
  welcome or the call for themes); several people, or a colleague without an address, is `other`.
- "Lid blijven" (or joining again) under our goodbye is `subscribe`; staying on another address is `other`.
- A reply to our confirmation mail that only says yes is `confirm`; with a real question beside it, `other`. A denial
  that asks where we got the address is `other`.
- A proposed topic under the call, the follow-up or the thank-you is a `suggestion`, themes of the topic only.
- A new mail has no `thread` and quote `none`; an assistant answering our invitation is an `rsvp`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d121-001",
        "kind": "subscribe",
        "sender": "Joost Hageman <j.hageman@vlietmonde.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedemorgen,

            Via een collega uit de regio hoorde ik van jullie netwerk. Bij dezen meld ik mij aan als lid; de
            mails mogen naar dit adres.

            Met vriendelijke groet,

            Joost Hageman
            Algemeen directeur Werkorganisatie Vlietmonde
            (gemeenten Vlietburg en Monderwaard)
            """
        ),
    },
    {
        "id": "d121-002",
        "kind": "other",
        "sender": "Sanne Koopmans <s.koopmans@peelrijk.nl>",
        "quote": "none",
        "subject": "Lid worden als teamleider?",
        "body": _(
            """
            Hallo,

            Ik ben teamleider Publiekszaken bij werkorganisatie Peelrijk en zou graag aansluiten bij jullie
            netwerk, dienstverlening ligt me na aan het hart. Ik ben geen directeur, maar ik geef wel leiding
            aan ruim veertig mensen verspreid over twee gemeentehuizen. Is dat genoeg om mee te doen, of is het
            echt alleen bedoeld voor de directie?

            Groet,
            Sanne Koopmans
            """
        ),
    },
    {
        "id": "d121-003",
        "kind": "subscribe",
        "sender": "Martin O'Donnell <m.odonnell@zandmeren.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Dear secretariat,

            Last month I started as directeur bedrijfsvoering at Zandmeren, the shared service organisation of
            three municipalities around the lakes. My Dutch is still a work in progress, so forgive me for
            writing in English. Please add me as a member of the network; I would very much like to receive
            the invitations for the ateliers.

            Kind regards,
            Martin O'Donnell
            Director of Operations | Werkorganisatie Zandmeren
            """
        ),
    },
    {
        "id": "d121-004",
        "kind": "other",
        "sender": "F. Bruinsma <f.bruinsma@gr-amstelhoeve.nl>",
        "quote": "none",
        "subject": "Kosten lidmaatschap en ateliers",
        "body": _(
            """
            Geachte secretariaat,

            In onze directieraad kwam uw netwerk ter sprake. Voordat ik iemand laat aanmelden wil ik weten
            welke kosten er zijn verbonden aan het lidmaatschap en aan deelname aan de ateliers (ook eventuele
            zaalhuur of catering). Wij moeten dat vooraf opnemen in de begroting van de GR.

            Met vriendelijke groet,

            F. Bruinsma
            secretaris-directeur GR Amstelhoeve
            """
        ),
    },
    {
        "id": "d121-005",
        "kind": "subscribe",
        "sender": "Ruud Verbeek <r.verbeek@kempenhaven.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Meld mij aan aub, directeur Kempenhaven sinds 1 jan. Gr Ruud

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d121-006",
        "kind": "subscribe",
        "sender": "Anneloes Veldkamp <a.veldkamp@ijsselvenen.nl>",
        "quote": "none",
        "subject": "Ingevuld aanmeldformulier Netwerk directeuren",
        "body": _(
            """
            Hierbij het ingevulde formulier.

            Naam: drs. Anneloes Veldkamp-Rijnders
            Functie: gemeentesecretaris / algemeen directeur
            Organisatie: Werkorganisatie IJsselvenen (gemeenten Venhorst en Wijhemark)
            E-mailadres: a.veldkamp@ijsselvenen.nl
            Telefoon: 0570 - 48 21 30
            Ik wil lid worden van het netwerk: ja
            """
        ),
    },
    {
        "id": "d121-007",
        "kind": "other",
        "sender": "Wethouder T. van Oijen <t.vanoijen@dijkstede.nl>",
        "quote": "none",
        "subject": "Aansluiten bij netwerk",
        "body": _(
            """
            Geachte heer, mevrouw,

            Als wethouder bedrijfsvoering van Dijkstede ben ik portefeuillehouder van onze ambtelijke fusie met
            Lingewerf. Ik zou graag lid worden om te horen wat er onder directeuren speelt; dat helpt mij in mijn
            rol als opdrachtgever. Staat het netwerk ook open voor bestuurders, of alleen voor ambtenaren?

            Hoogachtend,
            Theo van Oijen
            """
        ),
    },
    {
        "id": "d121-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Liesbeth Groeneveld <l.groeneveld@maasveste.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom! Ik neem onze nieuwe directeur sociaal domein mee, dus reken op twee personen.

            Liesbeth
            """
        ),
    },
    {
        "id": "d121-009",
        "kind": "other",
        "sender": "Bas Timmer <bas.timmer@zaakflow.nl>",
        "quote": "none",
        "subject": "Kennismaking en presentatie tijdens uw atelier",
        "body": _(
            """
            Beste heer Van de Laar, beste mevrouw Huurneman,

            ZaakFlow ontwikkelt zaakgericht-werken-software voor gemeenten en werkorganisaties; inmiddels werken
            elf ambtelijke fusies met ons platform. Wij zouden graag aansluiten bij uw netwerk, of anders een
            korte presentatie van twintig minuten verzorgen tijdens het atelier van maart over het harmoniseren
            van werkprocessen na een fusie. Kunnen we daar binnenkort eens over bellen?

            Met hartelijke groet,
            Bas Timmer
            Accountmanager Publieke Sector | ZaakFlow B.V.
            """
        ),
    },
    {
        "id": "d121-010",
        "kind": "subscribe",
        "sender": "Karin Oudshoorn <k.oudshoorn@lingewerf-dijkstede.nl>",
        "quote": "none",
        "subject": "Weer terug :)",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee jaar geleden heb ik me afgemeld toen ik naar de provincie vertrok. Inmiddels ben ik terug in de
            gemeentewereld, als algemeen directeur van werkorganisatie Lingewerf-Dijkstede, en ik wil dus graag
            weer lid worden. Het nieuwe adres is dit adres.

            Hartelijke groet,
            Karin Oudshoorn
            """
        ),
    },
    {
        "id": "d121-011",
        "kind": "other",
        "sender": "Rachid Amrani <r.amrani@raad-brakelhoven.nl>",
        "quote": "none",
        "subject": "Aanmelding als toehoorder?",
        "body": _(
            """
            Goedenavond,

            Ik ben raadslid in Brakelhoven en zit in de werkgroep die de evaluatie van onze ambtelijke fusie
            voorbereidt. Mag ik me aanmelden voor jullie mails en af en toe een atelier bijwonen als toehoorder?
            Ik begrijp het als dat niet de bedoeling is, het is tenslotte een netwerk voor directeuren.

            Met vriendelijke groet,
            Rachid Amrani
            fractie Lokaal Brakelhoven
            """
        ),
    },
    {
        "id": "d121-012",
        "kind": "subscribe",
        "sender": "Gertjan Wiersma <g.wiersma@hunzedal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag. Mijn nieuwe managementassistent heeft op de verkeerde mail gereageerd, excuses
            voor de verwarring.

            Gertjan Wiersma
            """
        ),
    },
    {
        "id": "d121-013",
        "kind": "other",
        "sender": "Monique Dekkers <m.dekkers@werkorganisatie-bommelerdijk.nl>",
        "quote": "none",
        "subject": "Deelname HR aan ateliers",
        "body": _(
            """
            Beste secretariaat,

            Ik ben HR-adviseur bij Werkorganisatie Bommelerdijk en houd mij bezig met de organisatieontwikkeling
            na onze fusie, vooral cultuur en leiderschap. Zou ik lid kunnen worden en deelnemen aan de ateliers,
            met name als het thema organisatie aan bod komt? Of is het netwerk strikt voor directeuren? Mijn
            directeur vindt het prima, maar heeft zelf weinig tijd.

            Vriendelijke groet,
            Monique Dekkers
            """
        ),
    },
    {
        "id": "d121-014",
        "kind": "other",
        "sender": "Hans Leeflang <h.leeflang@dommelvliet.nl>",
        "quote": "none",
        "subject": "Volgend atelier",
        "body": _(
            """
            Goedemiddag,

            Interessant initiatief. Ik zit tot over mijn oren in de kadernota en wil me nog niet als lid
            vastleggen, maar houdt u mij op de hoogte als er een nieuw atelier gepland wordt? Dan kijk ik of het
            in de agenda past.

            Groet,
            Hans Leeflang
            directeur bedrijfsvoering Werkorganisatie Dommelvliet
            """
        ),
    },
    {
        "id": "d121-015",
        "kind": "confirm",
        "sender": "Eveline Post <e.post@vechtstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bij deze bevestigd.

            Groet, Eveline Post
            """
        ),
    },
    {
        "id": "d121-016",
        "kind": "subscribe",
        "sender": "Ruud Verbeek <r.verbeek@kempenhaven.nl>",
        "quote": "none",
        "subject": "Nieuw lid vanuit Kempenhaven",
        "body": _(
            """
            Goedemiddag,

            Per 1 februari is Tarik El Idrissi begonnen als directeur Dienstverlening & Ruimte bij onze
            werkorganisatie. Graag meld ik hem aan als lid, zijn adres is t.elidrissi@kempenhaven.nl. Ik heb hem
            al enthousiast gemaakt voor het atelier.

            Met groet,
            Ruud Verbeek
            algemeen directeur Kempenhaven
            """
        ),
    },
    {
        "id": "d121-017",
        "kind": "other",
        "sender": "Petra Smulders <p.smulders@gr-westervenen.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam GR Westervenen",
        "body": _(
            """
            Beste mensen,

            Wij willen graag met het voltallige directieteam lid worden:
            - Petra Smulders, algemeen directeur, p.smulders@gr-westervenen.nl
            - Gerrit Jan Ubbink, directeur Fysiek Domein, g.ubbink@gr-westervenen.nl
            - Yvonne Kroes, directeur Bedrijfsvoering, y.kroes@gr-westervenen.nl

            Alvast bedankt voor het verwerken.

            Petra Smulders
            """
        ),
    },
    {
        "id": "d121-018",
        "kind": "other",
        "sender": "Els van Beek <e.vanbeek@zandmeren.nl>",
        "quote": "none",
        "subject": "Collega wil ook lid worden",
        "body": _(
            """
            Hoi Melanie,

            Mijn collega Wouter Rijkens, net begonnen als directeur Samenleving bij ons, wil ook graag lid
            worden. Hij zit de hele week in inwerkgesprekken, dus ik meld het even namens hem. Zijn mailadres
            heb ik niet paraat, hij krijgt pas volgende week een account.

            Groetjes,
            Els
            """
        ),
    },
    {
        "id": "d121-019",
        "kind": "other",
        "sender": "Marco Sterrenburg <m.sterrenburg@lekdijk-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Geen onderwerp van mijn kant deze ronde. Wel viel me op dat er een Adviesraad is die de suggesties
            weegt. Ik ben nu ruim een jaar lid en zou daar graag in plaatsnemen. Hoe verloopt de samenstelling,
            en is er nog ruimte voor iemand uit het rivierengebied?

            Marco Sterrenburg
            """
        ),
    },
    {
        "id": "d121-020",
        "kind": "other",
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-noordkust.nl>",
        "quote": "none",
        "subject": "Welke organisaties zijn aangesloten?",
        "body": _(
            """
            Geacht secretariaat,

            Kunt u mij een overzicht sturen van de leden van het netwerk, of in elk geval van de werkorganisaties
            die aangesloten zijn? Ik wil graag weten of collega's uit het noorden al meedoen voordat ik me
            aanmeld.

            Met vriendelijke groet,
            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d121-021",
        "kind": "other",
        "sender": "Nadia Bouzid <n.bouzid@vechtstroom.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart",
        "body": _(
            """
            Goedemorgen,

            Via LinkedIn zag ik dat er op 11 maart een Leer- en inspireer-atelier in Utrecht is over
            samenwerking en eigenheid. Ik ben geen lid, maar zou die middag graag aanschuiven, het onderwerp past
            precies bij waar wij nu mee worstelen. Kan ik mij daarvoor opgeven?

            Groet,
            Nadia Bouzid
            directeur werkorganisatie Vechtstroom
            """
        ),
    },
    {
        "id": "d121-022",
        "kind": "other",
        "sender": "Dick Hofstede <d.hofstede@gr-rijnwaarden-oost.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden nodig?",
        "body": _(
            """
            Hallo,

            Volgens mij ben ik al lid (in het najaar kreeg ik nog een uitnodiging), maar een collega vertelde
            dat de ledenlijst opnieuw is opgebouwd en dat iedereen zich opnieuw moet aanmelden. Klopt dat? Zo ja,
            dan geldt deze mail als mijn aanmelding, zo nee, dan hoor ik het graag.

            Dick Hofstede
            """
        ),
    },
    {
        "id": "d121-023",
        "kind": "subscribe",
        "sender": "Sophie Martens <sophie.martens@bergenland-werkt.nl>",
        "quote": "none",
        "subject": "Aanmelding / sign-up",
        "body": _(
            """
            Hi, beste secretariaat,

            Graag meld ik me aan voor het netwerk. For the record: I'm the new algemeen directeur at Bergenland
            Werkt, the joint organisation of Bergen-Oost and Heuvelland, and this is the address I'd like you to
            use.

            Thanks / dank!
            Sophie Martens
            """
        ),
    },
    {
        "id": "d121-024",
        "kind": "other",
        "sender": "Johan Kuipers <j.kuipers@interimpool.nl>",
        "quote": "none",
        "subject": "Aanmelding interim",
        "body": _(
            """
            Goedendag,

            Sinds kort ben ik als interim-manager waarnemend directeur bedrijfsvoering bij de GR Westervenen, voor
            een half jaar, tot er een vaste kracht is. Heeft het zin dat ik me voor zo'n korte periode aanmeld,
            en dan met mijn eigen adres van het interimbureau? Of kan mijn opvolger beter straks aansluiten?

            Met vriendelijke groet,
            Johan Kuipers
            """
        ),
    },
    {
        "id": "d121-025",
        "kind": "other",
        "sender": "Femke Jansma <f.jansma@student.rug-example.nl>",
        "quote": "none",
        "subject": "Scriptieonderzoek ambtelijke fusies",
        "body": _(
            """
            Beste heer of mevrouw,

            Ik ben masterstudent Bestuurskunde en schrijf mijn scriptie over sturing in ambtelijke
            fusieorganisaties. Zou ik lid kunnen worden van het netwerk, of een atelier mogen bijwonen om te
            observeren? Uiteraard ga ik vertrouwelijk om met alles wat er besproken wordt.

            Met vriendelijke groet,
            Femke Jansma
            """
        ),
    },
    {
        "id": "d121-026",
        "kind": "other",
        "sender": "Wim de Haas <wim@dehaas-organisatieadvies.nl>",
        "quote": "none",
        "subject": "Lidmaatschap voor adviseurs",
        "body": _(
            """
            Goedemiddag,

            Als zelfstandig organisatieadviseur begeleid ik al vijftien jaar ambtelijke fusies, van
            businesscase tot evaluatie. Ik zou graag lid worden en mijn ervaring delen met de directeuren in uw
            netwerk. Is het lidmaatschap ook open voor externen zoals ik?

            Met vriendelijke groet,
            Wim de Haas
            De Haas Organisatieadvies
            """
        ),
    },
    {
        "id": "d121-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Liesbeth Groeneveld <l.groeneveld@maasveste.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Eén onderwerp van ons:
            - hoe meten we de tevredenheid van inwoners nu we de balies van drie gemeentehuizen hebben
              samengevoegd tot één publieksplein?
            """
        ),
    },
    {
        "id": "d121-028",
        "kind": "other",
        "sender": "Annemiek Smit <a.smit@leerkracht-overheid.nl>",
        "quote": "none",
        "subject": "Partnerschap en masterclass",
        "body": _(
            """
            Geachte secretariaat,

            LeerKracht Overheid verzorgt leiderschapsprogramma's voor topambtenaren. Wij zouden graag als partner
            aansluiten bij uw netwerk en een masterclass 'Leiden in de dubbele loyaliteit' aanbieden tijdens een
            van de komende ateliers, kosteloos voor de leden. Met wie kan ik hierover in gesprek?

            Met vriendelijke groet,
            drs. Annemiek Smit
            """
        ),
    },
    {
        "id": "d121-029",
        "kind": "other",
        "sender": "Platform Regionale Uitvoering <secretariaat@platformregionaleuitvoering.nl>",
        "quote": "none",
        "subject": "Uitnodiging jaarbijeenkomst 14 april voor uw leden",
        "body": _(
            """
            Beste collega's van het directeurennetwerk,

            Namens het Platform Regionale Uitvoering nodigen wij de leden van uw netwerk van harte uit voor onze
            jaarbijeenkomst op 14 april in Zwolle. Zou u deze uitnodiging onder uw leden willen verspreiden? Ook
            verkennen wij graag of een gezamenlijk atelier in het najaar haalbaar is.

            Met collegiale groet,
            het bestuur van het Platform Regionale Uitvoering
            """
        ),
    },
    {
        "id": "d121-030",
        "kind": "subscribe",
        "sender": "Mirjam Haverkamp <m.haverkamp@hunzedal.nl>",
        "quote": "none",
        "subject": "Graag op de lijst",
        "body": _(
            """
            Hoi! Zet mij maar op de lijst. Sinds deze maand directeur bij de werkorganisatie Hunzedal en ik hoor
            alleen maar goeds over jullie ateliers.

            Groetjes, Mirjam

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d121-031",
        "kind": "other",
        "sender": "Ferdinand Blok <f.blok@werkorganisatie-eemvallei.nl>",
        "quote": "none",
        "subject": "Aanmelding + vraag",
        "body": _(
            """
            Beste secretariaat,

            Hierbij meld ik mij aan voor het netwerk. Een vraag: worden de ateliers ook opgenomen? Op
            donderdagmiddag zit ik vaak in het algemeen bestuur en dan zou ik het graag achteraf terugkijken.

            Ferdinand Blok
            algemeen directeur Eemvallei
            """
        ),
    },
    {
        "id": "d121-032",
        "kind": "other",
        "sender": "Clarissa Voorhoeve <c.voorhoeve@stichtsemeren.nl>",
        "quote": "none",
        "subject": "Lidmaatschap onder voorwaarde",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik word graag lid, op voorwaarde dat mijn e-mailadres niet wordt gedeeld met adviesbureaus of
            leveranciers; ik word daar al genoeg door benaderd. Kunt u mij dat eerst bevestigen? Dan is mijn
            aanmelding wat mij betreft definitief.

            Met vriendelijke groet,
            C. Voorhoeve
            directeur bedrijfsvoering Werkorganisatie Stichtse Meren
            """
        ),
    },
    {
        "id": "d121-033",
        "kind": "subscribe",
        "sender": "Mirjam Haverkamp <m.haverkamp@hunzedal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het warme welkom! Mijn collega-directeur Lotte van Arkel (l.vanarkel@hunzedal.nl) was net
            zo enthousiast toen ik erover vertelde; willen jullie haar ook aanmelden?

            Mirjam
            """
        ),
    },
    {
        "id": "d121-034",
        "kind": "other",
        "sender": "Joris Nieland <j.nieland@maasveste.nl>",
        "quote": "none",
        "subject": "Aanmelding namens directie",
        "body": _(
            """
            Goedemiddag,

            Ik werk als strategisch beleidsadviseur voor de directie van Werkorganisatie Maasveste. Mijn
            directeur vroeg me 'ons' aan te melden. Kan ik me namens de organisatie met mijn eigen adres
            inschrijven, zodat ik de uitnodigingen en oproepen kan voorbereiden en doorzetten?

            Met vriendelijke groet,
            Joris Nieland
            """
        ),
    },
    {
        "id": "d121-035",
        "kind": "other",
        "sender": "Rianne Bosschaart <r.bosschaart@gr-kustzoom.nl>",
        "quote": "none",
        "subject": "Informatie over het netwerk",
        "body": _(
            """
            Hallo,

            Wat houdt het lidmaatschap precies in? Hoeveel tijd vraagt het naast de twee ateliers, en wordt er
            van leden verwacht dat ze zelf iets presenteren? Ik overweeg lid te worden, maar wil eerst een beeld
            hebben voordat ik er iets bij neem.

            Groet,
            Rianne Bosschaart
            """
        ),
    },
    {
        "id": "d121-036",
        "kind": "subscribe",
        "sender": "mr. dr. W.A. (Willem) Oostergo <w.oostergo@werkorganisatie-walcheren-noord.nl>",
        "quote": "none",
        "subject": "Verzoek tot inschrijving",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Tijdens de jaarvergadering van de gemeentesecretarissen in november sprak ik met enkele collega's die
            zeer te spreken zijn over de Leer- en inspireer-ateliers. Zelf sta ik sinds de zomer aan het hoofd
            van de werkorganisatie Walcheren-Noord, die de ambtelijke taken van drie gemeenten uitvoert, en
            ik herken veel van de vraagstukken die daar werden genoemd.

            Bij dezen verzoek ik u mij als lid van het netwerk in te schrijven, op het adres waarvan deze e-mail
            afkomstig is.

            Hoogachtend,

            mr. dr. W.A. Oostergo
            algemeen directeur / gemeentesecretaris
            Werkorganisatie Walcheren-Noord
            """
        ),
    },
    {
        "id": "d121-037",
        "kind": "other",
        "sender": "Lianne Kortekaas <lianne.kortekaas@provincie-gelderwaard.nl>",
        "quote": "none",
        "subject": "Aanmelden per 1 juni?",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juni word ik algemeen directeur van werkorganisatie Linge-Betuwerand; nu werk ik nog bij de
            provincie. Kan ik me nu al aanmelden, of doe ik dat beter na mijn start? Mijn nieuwe mailadres ken
            ik nog niet.

            Vriendelijke groet,
            Lianne Kortekaas
            """
        ),
    },
    {
        "id": "d121-038",
        "kind": "confirm",
        "sender": "Bram Teunissen <b.teunissen@eemvallei.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, was hem vergeten in alle drukte. Ja, ik wil lid worden.

            Bram
            """
        ),
    },
    {
        "id": "d121-039",
        "kind": "other",
        "sender": "Harm Lubbers <h.lubbers@odnoordveen.nl>",
        "quote": "none",
        "subject": "Lidmaatschap omgevingsdienst",
        "body": _(
            """
            Goedemorgen,

            Ik ben directeur van Omgevingsdienst Noordveen, een gemeenschappelijke regeling van elf gemeenten
            en de provincie. Wij zijn geen ambtelijke fusie in strikte zin, maar de sturingsvraagstukken lijken
            sterk op die van jullie leden. Kom ik in aanmerking voor het lidmaatschap?

            Met groet,
            Harm Lubbers
            """
        ),
    },
    {
        "id": "d121-040",
        "kind": "subscribe",
        "sender": "A.J. Brinkhorst <a.brinkhorst@heuvelrugse-dienst.nl>",
        "quote": "none",
        "subject": "Lidmaatschap Netwerk van directeuren",
        "body": _(
            """
            Goedemiddag,

            Graag word ik lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Met vriendelijke groet,

            A.J. (Arjen) Brinkhorst
            Directeur Heuvelrugse Dienst
            Postbus 120, 3940 AC Doorn-West
            T 0343 - 56 70 00

            ---------------------------------------------------------------
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,
            wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de
            inhoud niet te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend.
            ---------------------------------------------------------------
            """
        ),
    },
    {
        "id": "d121-041",
        "kind": "other",
        "sender": "Gerda Wolters <g.wolters@maasveste.nl>",
        "quote": "none",
        "subject": "Lid worden en meteen naar 11 maart",
        "body": _(
            """
            Beste Stan,

            Meld mij aan als lid en zet me meteen op de lijst voor het atelier van 11 maart, met mijn
            plaatsvervanger erbij. Lukt dat nog met die 30 plaatsen, of zit het al vol?

            Gerda
            """
        ),
    },
    {
        "id": "d121-042",
        "kind": "other",
        "sender": "Desiree Hoogland <d.hoogland@cloudkompas.nl>",
        "quote": "none",
        "subject": "Graag aanmelden voor het netwerk",
        "body": _(
            """
            Beste organisatie,

            Graag aanmelden voor het netwerk! CloudKompas ondersteunt inmiddels veertien werkorganisaties bij de
            migratie naar de cloud en denkt graag mee over digitalisering na een fusie. Als accountmanager
            overheid ontvang ik graag de uitnodigingen, zodat ik collega-directeuren kan ontmoeten.

            Hartelijke groet,
            Desiree Hoogland
            CloudKompas | Accountmanager Overheid
            """
        ),
    },
    {
        "id": "d121-043",
        "kind": "other",
        "sender": "Maarten Ravesteijn <m.ravesteijn@topsearch-publiek.nl>",
        "quote": "none",
        "subject": "Verzoek ledenlijst / vacature",
        "body": _(
            """
            Geachte heer Van de Laar,

            Wij zijn een executive-searchbureau voor de publieke sector en zoeken momenteel een algemeen
            directeur voor een werkorganisatie in Brabant. Zouden wij uw ledenlijst mogen ontvangen, of anders
            de vacature onder uw leden mogen verspreiden? Een vergoeding is uiteraard bespreekbaar.

            Met vriendelijke groet,
            Maarten Ravesteijn
            """
        ),
    },
    {
        "id": "d121-044",
        "kind": "subscribe",
        "sender": "Esther Mol <e.mol@vechtstroom.nl>",
        "quote": "none",
        "subject": "Aanmelding mevrouw Wassenaar",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw drs. H. (Hilde) Wassenaar, algemeen directeur van Werkorganisatie Vechtstroom, meld
            ik haar aan als lid van uw netwerk. Haar e-mailadres is h.wassenaar@vechtstroom.nl.

            Met vriendelijke groet,
            Esther Mol
            managementassistent directie
            """
        ),
    },
    {
        "id": "d121-045",
        "kind": "other",
        "sender": "Pieter Ruijgrok <p.ruijgrok@gmail.com>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Goedemorgen,

            Ik ben al lid, maar onze werkorganisatie gaat per 1 maart over op een nieuw domein. Mijn adres wordt
            dan p.ruijgrok@duinstreek-samen.nl in plaats van p.ruijgrok@duinstreek.nl. Kunt u dat aanpassen? Ik
            wil natuurlijk gewoon lid blijven. (Ik mail even vanaf privé omdat mijn werkmail in de migratie zit.)

            Pieter Ruijgrok
            """
        ),
    },
    {
        "id": "d121-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Martin O'Donnell <m.odonnell@zandmeren.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I can't make it after all: the council meeting has been moved to that Thursday.
            Please give my seat to someone on the waiting list.

            Martin
            """
        ),
    },
    {
        "id": "d121-047",
        "kind": "other",
        "sender": "Henny Wijers <h.wijers@gemeente-oudewaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij nergens aangemeld. Hoe komt u aan mijn adres, en wie heeft mij opgegeven? Dat wil ik wel
            graag weten voordat er verder iets gebeurt.

            H. Wijers
            """
        ),
    },
    {
        "id": "d121-048",
        "kind": "subscribe",
        "sender": "Yvonne Kroes <y.kroes@gr-westervenen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Oei, dat was te snel van mij. Ik blijf toch liever lid, draai de afmelding maar terug.

            Yvonne
            """
        ),
    },
    {
        "id": "d121-049",
        "kind": "other",
        "sender": "Jan Hendriks <j.hendriks@lekdijk-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Ik ga per 1 april met pensioen, vandaar de afmelding. Eigenlijk zou ik
            graag als oud-directeur lid blijven op mijn privéadres, jan.hendriks62@kpnmail.nl, om de ateliers
            nog een beetje te volgen. Kan dat, of is het echt alleen voor zittende directeuren?

            Jan Hendriks
            """
        ),
    },
    {
        "id": "d121-050",
        "kind": "other",
        "sender": "Ferdinand Blok <f.blok@werkorganisatie-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Graag meld ik mij aan voor de voorbereidingsgroep van het atelier, als die er is. Ik heb in onze
            eigen fusie veel geleerd over de couleur locale en denk graag mee over de opzet van de middag. Over
            mijn aanwezigheid laat ik nog weten.

            Ferdinand
            """
        ),
    },
    {
        "id": "d121-051",
        "kind": "subscribe",
        "sender": "Koen Steggink <k.steggink@bommelerdijk.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            hallo, ik wil graag lid worden van jullie netwerk van directuren. ben sinds kort directur
            bedrijfsvoering bij de GR Bommelerdijk (drie gemeeten, een werkorganisatie), mails graag naar dit
            adress.

            groet koen steggink
            """
        ),
    },
    {
        "id": "d121-052",
        "kind": "other",
        "sender": "Thijs Veenstra <t.veenstra@werkorganisatie-friese-meren-zuid.nl>",
        "quote": "none",
        "subject": "Meer informatie en aanmeldformulier",
        "body": _(
            """
            Goedemiddag,

            Wilt u mij meer informatie en het aanmeldformulier toesturen? Ik wil het eerst in ons directieteam
            bespreken, daarna laten we weten of en met wie we aansluiten.

            Met groet,
            Thijs Veenstra
            """
        ),
    },
    {
        "id": "d121-053",
        "kind": "other",
        "sender": "Lotte van Arkel <l.vanarkel@hunzedal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de welkomstmail. Twee vraagjes: kan mijn plaatsvervanger de berichten ook ontvangen, en
            weten jullie al wanneer het volgende atelier is? Dan blok ik de middag alvast.

            Lotte
            """
        ),
    },
    {
        "id": "d121-054",
        "kind": "subscribe",
        "sender": "Ronald Spijkerman <r.spijkerman@eemvallei.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemorgen,

            Mijn collega Ferdinand stuurde me zijn welkomstmail door. Ik ben directeur Sociaal Domein bij
            dezelfde werkorganisatie en wil me ook graag aanmelden, op dit adres.

            Met vriendelijke groet,
            Ronald Spijkerman
            """
        ),
    },
    {
        "id": "d121-055",
        "kind": "other",
        "sender": "Agnes Tromp <a.tromp@werkorganisatie-veenkoloniaal.nl>",
        "quote": "none",
        "subject": "Twijfel",
        "body": _(
            """
            Beste Stan,

            Ik twijfel eerlijk gezegd nog. Ik zit al in drie netwerken en in twee kringen en mijn agenda loopt
            over. Als ik me aanmeld, word ik dan geacht bij beide ateliers per jaar te zijn? En kan ik er later
            zonder gedoe weer uit? Laat maar even weten, dan beslis ik.

            Agnes Tromp
            """
        ),
    },
    {
        "id": "d121-056",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Karin Oudshoorn <k.oudshoorn@lingewerf-dijkstede.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de fijne middag en het verslag. Voor de volgende keer:
            langetermijnvisie op de werkorganisatie zelf, waar staan we in 2035 en wie bepaalt dat eigenlijk?

            Karin
            """
        ),
    },
    {
        "id": "d121-057",
        "kind": "other",
        "sender": "Roel Keijzer <r.keijzer@dienstverlening-drechtmond.nl>",
        "quote": "none",
        "subject": "Clustermanagers als lid?",
        "body": _(
            """
            Goedemiddag,

            Ik ben al een tijdje lid en heb veel aan de ateliers. Kunnen onze drie clustermanagers ook lid
            worden? Formeel zijn ze geen directeur, maar ze sturen wel ieder een derde van de organisatie aan en
            ze zouden veel hebben aan de gesprekken over het thema organisatie.

            Roel Keijzer
            """
        ),
    },
    {
        "id": "d121-058",
        "kind": "subscribe",
        "sender": "Hugo Verhaar <h.verhaar@deltawest.nl>",
        "quote": "none",
        "subject": "Sign-up form (copy)",
        "body": _(
            """
            Een formulier op de site kon ik niet vinden, dus ik plak de gegevens hier:

            Name: Hugo Verhaar
            Role: Algemeen directeur
            Organisation: Werkorganisatie Zeeuwse Delta-West
            Email: h.verhaar@deltawest.nl
            Message: Graag aanmelden als lid van het netwerk. Ik ben per 1 maart gestart.
            """
        ),
    },
    {
        "id": "d121-059",
        "kind": "other",
        "sender": "Ilse Vermeulen <ilse.vermeulen@gemeentezaken-magazine.nl>",
        "quote": "none",
        "subject": "Verzoek bijwonen atelier (pers)",
        "body": _(
            """
            Goedendag,

            Voor vakblad Gemeentezaken schrijf ik een serie over ambtelijke fusies, tien jaar na de grote golf.
            Zou ik het atelier van maart mogen bijwonen, of met een paar leden kunnen spreken? Ik wil me ook
            graag op uw mailinglijst laten zetten om op de hoogte te blijven.

            Met vriendelijke groet,
            Ilse Vermeulen, redacteur
            """
        ),
    },
    {
        "id": "d121-060",
        "kind": "other",
        "sender": "prof. dr. K. Hoogeveen <k.hoogeveen@bestuurskunde-utrecht.example.nl>",
        "quote": "none",
        "subject": "Onderzoek onder leden van uw netwerk",
        "body": _(
            """
            Geachte secretariaat,

            Onze leerstoelgroep onderzoekt de governance van gemeentelijke samenwerkingsverbanden. Wij zouden
            graag een korte vragenlijst uitzetten onder de leden van uw netwerk, en ik zou zelf graag lid worden
            om de ontwikkelingen te volgen. Staat u daarvoor open?

            Met vriendelijke groet,
            Karel Hoogeveen
            """
        ),
    },
    {
        "id": "d121-061",
        "kind": "subscribe",
        "sender": "Agnes Tromp <a.tromp@werkorganisatie-veenkoloniaal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Afgelopen voorjaar meldde ik me af omdat het me even te veel werd. Nu de reorganisatie achter de rug
            is, wil ik graag weer meedoen. Ik antwoord maar op deze oude mail, dan weten jullie meteen wie ik
            ben.

            Agnes
            """
        ),
    },
    {
        "id": "d121-062",
        "kind": "other",
        "sender": "Bert Schouten <b.schouten@gr-kustzoom.nl>",
        "quote": "none",
        "subject": "Geen bevestiging ontvangen",
        "body": _(
            """
            Hallo,

            Vorige week heb ik me aangemeld via een mail aan dit adres, maar ik heb nooit een bevestiging of
            welkomstmail gekregen, ook niet in de spam. Is mijn aanmelding wel aangekomen?

            Bert Schouten
            """
        ),
    },
    {
        "id": "d121-063",
        "kind": "other",
        "sender": "Marleen de Groot <m.degroot@noordhaven.nl>",
        "quote": "none",
        "subject": "Welkom als gemeentesecretaris van één gemeente?",
        "body": _(
            """
            Goedemiddag,

            Ik ben gemeentesecretaris van de gemeente Noordhaven. Wij zijn geen fusieorganisatie, maar we werken
            voor ICT, belastingen en inkoop samen met twee buurgemeenten in een bedrijfsvoeringsorganisatie. Ben
            ik welkom in het netwerk, of valt dat erbuiten?

            Met vriendelijke groet,
            Marleen de Groot
            """
        ),
    },
    {
        "id": "d121-064",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Kempenhaven <secretariaat.directie@kempenhaven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Verbeek: hij komt graag op 11 maart, zonder gasten. Het staat in zijn agenda.

            Met vriendelijke groet,
            Hanneke Bos
            secretariaat directie
            """
        ),
    },
    {
        "id": "d121-065",
        "kind": "other",
        "sender": "Tjeerd Hoekstra <t.hoekstra@werkorganisatie-waddenkust.nl>",
        "quote": "none",
        "subject": "Aanmelding, en graag even bellen",
        "body": _(
            """
            Beste Stan en Melanie,

            Hierbij meld ik mij aan. Ik zou wel graag eens kort met een van jullie bellen over wat de Adviesraad
            precies doet en hoe de onderwerpen gekozen worden. Ik ben het best bereikbaar op 06 - 41 22 87 03,
            liefst voor tienen.

            Tjeerd Hoekstra
            """
        ),
    },
    {
        "id": "d121-066",
        "kind": "subscribe",
        "sender": "Hendrik-Jan Vos <hj.vos@werkorganisatie-achterhoek-zuid.nl>",
        "quote": "none",
        "subject": "Na het congres",
        "body": _(
            """
            Beste Melanie,

            Leuk je vorige week in Den Bosch gesproken te hebben, ook al was het kort tussen twee sessies door.
            Ik moest daarna nog terug naar huis door de sneeuw, drie uur over een rit van anderhalf, maar goed,
            dat hoort bij februari. Jouw verhaal over de ateliers bleef wel hangen: bij ons in de Achterhoek
            worstelen we met precies die vragen over drie raden en één ambtelijke organisatie. Meld mij dus maar
            aan, dan zie ik vanzelf wanneer het volgende atelier is. Onze bestuurders zitten er niet op te
            wachten dat ik weer een netwerk bij neem, maar dit lijkt me de moeite waard.

            Hartelijke groet,
            Hendrik-Jan Vos
            algemeen directeur Werkorganisatie Achterhoek-Zuid
            """
        ),
    },
    {
        "id": "d121-067",
        "kind": "other",
        "sender": "Daan Rutten <d.rutten@bergenland-werkt.nl>",
        "quote": "none",
        "subject": "LinkedIn of Teams?",
        "body": _(
            """
            Hoi,

            Hebben jullie een LinkedIn-groep of een Teams-omgeving waar ik me bij kan aansluiten? Mail is niet
            zo mijn ding, ik zit liever in een omgeving waar je ook tussendoor met collega's kunt sparren.

            Daan
            """
        ),
    },
    {
        "id": "d121-068",
        "kind": "other",
        "sender": "Kring Concerncontrollers Werkorganisaties <bestuur@kringconcerncontrol.nl>",
        "quote": "none",
        "subject": "Verkenning samenwerking tussen onze netwerken",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Vanuit de Kring Concerncontrollers Werkorganisaties willen wij graag verkennen of onze leden
            wederzijds toegang kunnen krijgen tot elkaars bijeenkomsten. Veel van onze controllers werken nauw
            samen met uw directeuren. Zullen we een kennismakingsgesprek plannen?

            Namens het bestuur,
            Marga Dijkhuis, voorzitter
            """
        ),
    },
    {
        "id": "d121-069",
        "kind": "subscribe",
        "sender": "Sjoerd Hiemstra <s.hiemstra@fryske-marren-west.nl>",
        "quote": "none",
        "subject": "Moi, aanmelding",
        "body": _(
            """
            Moi,

            Sjoerd Hiemstra hier, directeur van de werkorganisatie Fryske Marren-West. Ik wil me graag aanmelden
            bij jullie netwerk, die tocht naar Utrecht neem ik voor lief.

            Groetnis,
            Sjoerd
            """
        ),
    },
    {
        "id": "d121-070",
        "kind": "other",
        "sender": "Petra Smulders <p.smulders@gr-westervenen.nl>",
        "quote": "none",
        "subject": "Nieuwe collega aanmelden",
        "body": _(
            """
            Beste Stan,

            Willen jullie onze nieuwe directeur Fysiek Domein aanmelden? Ze heet Marloes Bakker,
            m.bakker@gr-westervenen.nl. Kan zij dan meteen mee naar het atelier van 11 maart, of is dat al vol?
            Dan rijden we samen.

            Petra
            """
        ),
    },
    {
        "id": "d121-071",
        "kind": "confirm",
        "sender": "Hilde Wassenaar <h.wassenaar@vechtstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, bevestigd. Mijn assistent had me al gewaarschuwd dat deze zou komen.

            Hilde Wassenaar
            """
        ),
    },
    {
        "id": "d121-072",
        "kind": "other",
        "sender": "Erwin Plas <e.plas@werkorganisatie-eemvallei.nl>",
        "quote": "none",
        "subject": "Programmamanager fusie",
        "body": _(
            """
            Goedemorgen,

            Ik ben programmamanager van de fusie tussen Eemvallei en Amersweide, die per 2028 tot één
            werkorganisatie moet leiden. Directeur ben ik (nog) niet, maar ik draag wel de verantwoordelijkheid
            voor het hele traject. Zou het lidmaatschap voor mij openstaan?

            Met vriendelijke groet,
            Erwin Plas
            """
        ),
    },
    {
        "id": "d121-073",
        "kind": "other",
        "sender": "Roel Keijzer <r.keijzer@dienstverlening-drechtmond.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kreeg vanochtend deze welkomstmail, maar ik ben al jaren lid. Moet ik iets doen, of is dit een
            vergissing? Ik wil niet ineens dubbel op de lijst staan.

            Roel
            """
        ),
    },
    {
        "id": "d121-074",
        "kind": "subscribe",
        "sender": "Ana Ferreira <a.ferreira@deltawest.nl>",
        "quote": "none",
        "subject": "Sign me up",
        "body": _(
            """
            Please sign me up for the directors' network. I have just taken over as director of public services
            at Werkorganisatie Zeeuwse Delta-West.

            Best,
            Ana Ferreira
            """
        ),
    },
    {
        "id": "d121-075",
        "kind": "other",
        "sender": "Wendy Schipper <w.schipper@gr-amstelhoeve.nl>",
        "quote": "none",
        "subject": "Aanmelding webinar hybride werken",
        "body": _(
            """
            Beste organisatie,

            Graag meld ik mij aan voor het webinar 'Hybride werken in de werkorganisatie' op 4 februari. Kunt u
            mij de link toesturen?

            Met vriendelijke groet,
            Wendy Schipper
            """
        ),
    },
    {
        "id": "d121-076",
        "kind": "other",
        "sender": "Joost Hageman <j.hageman@vlietmonde.nl>",
        "quote": "none",
        "subject": "Plaatsvervanger ook lid?",
        "body": _(
            """
            Goedemiddag,

            Ik ben sinds kort lid. Kan mijn vaste plaatsvervanger ook lid worden, zodat hij kan gaan als ik
            verhinderd ben? Hij heet Bart Lemmens, b.lemmens@vlietmonde.nl, en is onze concerncontroller, dus
            geen directeur. Ik weet niet of dat mag.

            Joost
            """
        ),
    },
    {
        "id": "d121-077",
        "kind": "subscribe",
        "sender": "Chantal Roosendaal <c.roosendaal@regio-rivierstad.nl>",
        "quote": "none",
        "subject": "Aanmelding lidmaatschap",
        "body": _(
            """
            Beste secretariaat,

            Bij dezen geef ik mij op als lid van het netwerk. Ik ben sinds 1 januari algemeen directeur van de
            ambtelijke organisatie Regio Rivierstad, die voor vier gemeenten werkt.

            Met vriendelijke groet / Kind regards,

            Chantal Roosendaal

            DISCLAIMER: De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde. The information in this e-mail is confidential and intended solely for the addressee.
            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "d121-078",
        "kind": "other",
        "sender": "Gertjan Wiersma <g.wiersma@hunzedal.nl>",
        "quote": "none",
        "subject": "Aanmelding teamleider",
        "body": _(
            """
            Beste Melanie,

            Onze teamleider Financiën, Nicole Brands (n.brands@hunzedal.nl), is erg geïnteresseerd in de
            ateliers. Zij is geen directeur, maar wel lid van ons MT. Mag ik haar aanmelden, of past dat niet bij
            de opzet van het netwerk?

            Gertjan
            """
        ),
    },
    {
        "id": "d121-079",
        "kind": "subscribe",
        "sender": "Wilma Ten Brinke <w.tenbrinke@werkorganisatie-oldambt-zuid.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden a.u.b.

            Wilma ten Brinke
            directeur Publiekszaken & Bedrijfsvoering
            Werkorganisatie Oldambt-Zuid
            """
        ),
    },
    {
        "id": "d121-080",
        "kind": "subscribe",
        "sender": "Frank Meulenbelt <f.meulenbelt@werkorganisatie-dinkelland-oost.nl>",
        "quote": "none",
        "subject": "Inschrijving mailinglijst",
        "body": _(
            """
            Goedemorgen,

            Ik wil me graag inschrijven voor jullie mailinglijst, zodat ik de oproepen en uitnodigingen voor de
            ateliers ontvang. Ik ben algemeen directeur van de werkorganisatie Dinkelland-Oost.

            Groet,
            Frank Meulenbelt
            """
        ),
    },
    {
        "id": "d121-081",
        "kind": "subscribe",
        "sender": "Corine Lagerwey <c.lagerwey@ijsselvenen.nl>",
        "quote": "none",
        "subject": "Terug van sabbatical",
        "body": _(
            """
            Beste Stan,

            Na een half jaar sabbatical ben ik weer aan het werk als directeur Samenleving bij IJsselvenen.
            Tijdens mijn verlof heb ik me afgemeld om mijn inbox leeg te houden; graag zet je me weer op de
            lijst.

            Hartelijke groet,
            Corine
            """
        ),
    },
    {
        "id": "d121-082",
        "kind": "subscribe",
        "sender": "Peter Ashworth <p.ashworth@gr-westervenen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            I'd like to stay a member, please. My office manager unsubscribed me by mistake while clearing out
            old newsletters.

            Peter Ashworth
            """
        ),
    },
    {
        "id": "d121-083",
        "kind": "subscribe",
        "sender": "Bram Teunissen <b.teunissen@eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Geen onderwerp van mij deze keer, wel een nieuw lid: onze nieuwe directeur Sociaal Domein, Hatice
            Yilmaz, h.yilmaz@eemvallei.nl, wil graag aangemeld worden.

            Bram
            """
        ),
    },
    {
        "id": "d121-084",
        "kind": "subscribe",
        "sender": "Nienke Bosma <n.bosma@werkorganisatie-waddenkust.nl>",
        "quote": "none",
        "subject": "Lidmaatschap overnemen van mijn voorganger",
        "body": _(
            """
            Goedemiddag,

            Mijn voorganger Henk Dijkstra was lid van uw netwerk; hij is in december vertrokken en ik heb zijn
            functie als directeur bedrijfsvoering overgenomen. Graag word ik zelf lid, op dit adres.

            Met vriendelijke groet,
            Nienke Bosma
            """
        ),
    },
    {
        "id": "d121-085",
        "kind": "subscribe",
        "sender": "Erik Zandbergen <e.zandbergen@gr-kustzoom.nl>",
        "quote": "none",
        "subject": "Aanmelding",
        "body": _(
            """
            Hierbij mijn aanmelding als lid. Gesproken met Stan op het VNG-congres, hij zei dat ik gewoon kon
            mailen. Directeur GR Kustzoom.

            Groet, Erik

            Verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "d121-086",
        "kind": "subscribe",
        "sender": "Lidewij van Santen <l.vansanten@amstelhoeve-werkt.nl>",
        "quote": "none",
        "subject": "Lidmaatschap",
        "body": _(
            """
            Beste secretariaat,

            Graag word ik lid van het netwerk. Ik ben algemeen directeur van Amstelhoeve Werkt. Ik lees mijn
            mail meestal pas 's avonds, dus reken niet op snelle antwoorden van mijn kant.

            Met vriendelijke groet,
            Lidewij van Santen
            """
        ),
    },
    {
        "id": "d121-087",
        "kind": "other",
        "sender": "Eveline Post <e.post@vechtstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Ik zie wel dat de aanmelding via ons secretariaat liep; kunnen de mails ook naar dat
            adres, secretariaat@vechtstroom.nl, zodat zij mijn agenda kunnen bijhouden?

            Eveline
            """
        ),
    },
    {
        "id": "d121-088",
        "kind": "other",
        "sender": "Geesje Mulder <g.mulder@ommelanden-oost.nl>",
        "quote": "none",
        "subject": "Aanmelding als er iets in het noorden komt",
        "body": _(
            """
            Goedemorgen,

            Ik meld me aan als jullie ook eens iets in het noorden organiseren; Utrecht is voor mij ruim twee
            uur rijden, enkele reis. Is dat het plan, of zitten de ateliers altijd in het midden van het land?

            Geesje Mulder
            directeur Werkorganisatie Ommelanden-Oost
            """
        ),
    },
    {
        "id": "d121-089",
        "kind": "other",
        "sender": "Dorien Vlaar <d.vlaar@gemeente-brakelhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Deze uitnodiging kreeg ik doorgestuurd van een collega-directeur. Zelf ben ik geen lid. Mag ik ook
            komen, en moet ik me daarvoor eerst bij het netwerk aanmelden?

            Dorien Vlaar
            """
        ),
    },
    {
        "id": "d121-090",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marco Sterrenburg <m.sterrenburg@lekdijk-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nog eentje erbij: de verhouding tussen de werkorganisatie en de drie colleges bij het opstellen van
            de kadernota. Wie is eigenaar, en hoe voorkom je dat elke gemeente haar eigen lijstje aanlevert?
            """
        ),
    },
]
# fmt: on
