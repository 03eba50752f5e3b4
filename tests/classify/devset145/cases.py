"""devset145: erasure, data and privacy: AVG erasure requests and the mail that only looks like them.

Members, former members, colleagues and strangers write about their personal data: erasure requests in plain,
formal, angry, legalistic and English words, hidden at the end of a long mail or next to a decline, during a
hand-over or under our goodbye; requests to see or correct what we hold, questions about how long we keep it and
who we share it with, complaints about where our mail went; leaving without erasure; a colleague or a widow asking
to remove someone else; and look-alikes that use verwijderen, wissen, gegevens or privacy for other things (a
calendar item, a whiteboard, a name in the report, a withdrawn topic, a disclaimer, a topic about privacy).

Conventions this set relies on (from the brief):
- A request to erase one's data (all of it, from the files) is an `unsubscribe` with `erase` True, also beside a
  decline, a hand-over with the successor's address, a denial under our confirmation or under our goodbye.
- Leaving that keeps the data, or only asks to be taken off the mailing list, is an `unsubscribe` without `erase`.
- Asking to see or correct one's data, asking what we keep or share, an address change: `other`.
- A denial that asks where we got the address is `other`; so is an erasure request with a real question beside it,
  a confirmation with a question and a yes on a condition the secretariat must answer first.
- A colleague (or relative) reporting that someone left or died and asking to remove them is `other`.
- A decline of one atelier that keeps the membership (off the waiting list, off the list for the new date): `rsvp`
  False; a topic proposed under any of our mails is a `suggestion` with the themes of the topic itself.
- Out-of-office mail is `autoreply` and a delivery failure `bounce`; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- erasure requests: unsubscribe with erase ---
    {
        "id": "d145-001",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Joost Hakkenberg <j.hakkenberg@kempenrandwerkt.nl>",
        "quote": "none",
        "subject": "Uitschrijven en gegevens verwijderen",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari werk ik buiten het openbaar bestuur, dus het netwerk is voor mij niet meer aan de
            orde. Wilt u mij uitschrijven en daarbij ook mijn naam, e-mailadres en functiegegevens uit uw
            administratie verwijderen? Een archiefexemplaar hoeft u wat mij betreft niet te bewaren.

            Hartelijke groet,
            Joost Hakkenberg
            """
        ),
    },
    {
        "id": "d145-002",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "W.F. Ganzevoort <w.ganzevoort@grveenzuid.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij verzoek ik u, met een beroep op artikel 17 van de Algemene Verordening Gegevensbescherming,
            alle persoonsgegevens die u over mij verwerkt onverwijld te wissen en mijn lidmaatschap van het netwerk
            te beëindigen. Tevens verzoek ik u eventuele ontvangers aan wie u mijn gegevens hebt verstrekt van dit
            verzoek in kennis te stellen, overeenkomstig artikel 19 AVG.

            Ik ga ervan uit dat u mij binnen de termijn van artikel 12, derde lid, AVG bericht over de uitvoering.

            Hoogachtend,

            mr. drs. W.F. (Wouter) Ganzevoort
            directeur bedrijfsvoering
            GR Bedrijfsvoering Veenkoloniën-Zuid
            """
        ),
    },
    {
        "id": "d145-003",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R. Oosterbaan <r.oosterbaan@werkorganisatie-wadkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            En nu weer een herinnering. Ik heb in november al aan uw collega laten weten dat ik hier klaar mee
            ben. Ik wil NIETS meer van jullie ontvangen en ik wil dat mijn gegevens uit jullie systeem gaan.
            Allemaal. Vandaag nog, niet "binnen vier weken".

            R. Oosterbaan
            """
        ),
    },
    {
        "id": "d145-004",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Fiona Mackintosh <f.mackintosh@zeeuwsedeltawerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hello,

            My Dutch isn't quite good enough to contribute topics, and in any case I moved to a role in the
            private sector this month. Please take me off your member list and delete all personal data you hold
            about me, in line with the GDPR right to erasure.

            Many thanks, and good luck with the next atelier,
            Fiona Mackintosh
            """
        ),
    },
    {
        "id": "d145-005",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Gerdien Scholtens <g.scholtens@bedrijfsvoeringhoekschewaard-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Nog even napraten over donderdag, want het heeft mij meer gedaan dan ik vooraf dacht. Vooral het
            gesprek aan de tafel van de collega uit het noorden, over hoe je als directeur loyaal blijft aan vier
            colleges die elk iets anders van je willen, herkende ik tot in de details. Bij ons is dat de afgelopen
            twee jaar ook een worsteling geweest, met een burgemeester die de werkorganisatie eigenlijk als "zijn"
            ambtelijk apparaat bleef zien. Wat me opviel is hoe open iedereen was; dat maak je in de regio zelden
            mee. Ook de werkvorm met de dilemmakaarten werkte goed, al was het tweede deel wat kort.

            Het verslag heb ik gelezen en doorgestuurd naar mijn MT, met complimenten voor de heldere weergave.

            Dan iets minder vrolijks: dit was mijn laatste atelier. Vrijdag was mijn laatste werkdag, na negen jaar
            ga ik iets heel anders doen. Ik wil u daarom vragen mij uit het netwerk te halen en, daar ben ik wat
            principieel in, ook alle gegevens die u van mij hebt bewaard te verwijderen.

            Dank voor alles en veel succes met de volgende edities.

            Gerdien Scholtens
            """
        ),
    },
    {
        "id": "d145-006",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Annemiek Stoopman-Rijk <a.stoopman@grkromme-ijssel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas, ik kom niet op 11 maart en eerlijk gezegd ook niet meer daarna. Na de ontvlechting van
            onze GR zit ik niet meer in een fusieorganisatie. Wilt u mij afmelden en mijn persoonsgegevens uit het
            ledenbestand wissen?

            Met vriendelijke groet,
            Annemiek Stoopman-Rijk
            """
        ),
    },
    {
        "id": "d145-007",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Mirjam Blokzijl <m.blokzijl@werkorganisatievechtstreek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dank voor de snelle afhandeling. Eén ding nog: ik zou graag zien dat ook mijn gegevens worden
            verwijderd, dus niet alleen afgemeld maar echt uit het bestand.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d145-008",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sanne Verbeek <sanne.verbeek@lingeplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld, ik ben beleidsmedewerker en geen directeur. Wilt u mijn naam en
            adres per direct wissen en niet meer gebruiken?

            Sanne
            """
        ),
    },
    {
        "id": "d145-009",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ton Verhagen <t.verhagen@werkorganisatie-lingemaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Deze week heb ik de werkorganisatie verlaten. Mijn taken als algemeen directeur zijn overgenomen door
            Hamid el Bouzidi (h.elbouzidi@werkorganisatie-lingemaas.nl); ik heb hem gevraagd ook de uitnodiging
            voor maart op te pakken. Wilt u hem in mijn plaats als lid opnemen? Mijn eigen gegevens mogen wat mij
            betreft volledig uit uw systeem, ik wil na mijn vertrek nergens meer in een bestand staan.

            Groet,
            Ton Verhagen
            """
        ),
    },
    {
        "id": "d145-010",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Petra Zijlstra <p.zijlstra@smallingerwerkt.nl>",
        "quote": "none",
        "subject": "avg",
        "body": _(
            """
            Graag mijn lidmaatschap stopzetten én alles wat u over mij hebt vastgelegd verwijderen (AVG). Zit in de
            trein, vandaar zo kort.
            Mvg Petra Zijlstra

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d145-011",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "J.M. Brouwer-Idema <jm.brouwer@gemeentenoardwest.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Mijn secretaresse heeft mij zonder overleg aangemeld en ik heb die bevestigingsmail kennelijk
            beantwoord zonder hem goed te lezen. Ik wil geen lid zijn. Schrijf mij uit en vergeet mij verder maar
            helemaal: geen naam, geen adres, geen aantekeningen in uw administratie.

            J.M. Brouwer-Idema
            gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "d145-012",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Maarten Oduya <m.oduya@servicecentrumdrechtsteden-noord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear secretariat / beste secretariaat,

            The new date doesn't work for me, and to be honest I've decided to step out of the network
            altogether. Graag uitschrijven, and please erase my personal details from your records as well; I'd
            rather not have them stored anywhere now that I'm no longer involved.

            Kind regards / met vriendelijke groet,
            Maarten Oduya
            """
        ),
    },
    {
        "id": "d145-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Hidde Kooistra <h.kooistra@friesemeren-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dit is de vierde mail van u in drie weken en daar heb ik simpelweg geen tijd voor. Beëindig mijn
            lidmaatschap en verwijder mijn gegevens uit al uw bestanden, zodat ik zeker weet dat ik niet via een
            andere lijst alsnog word gemaild.

            Met vriendelijke groet,

            ir. H. (Hidde) Kooistra
            Directeur
            Werkorganisatie De Friese Meren-West
            """
        ),
    },
    {
        "id": "d145-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lieke Tjoa <lieke.tjoa@dijklandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik maak graag gebruik van mijn recht op vergetelheid: meld me af en zorg dat er daarna niets meer over
            mij in uw ledenadministratie te vinden is. Met dank, Lieke Tjoa
            """
        ),
    },
    {
        "id": "d145-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ruud Kamphorst <r.kamphorst@bergenmaasdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Beste,

            Ik weet niet waarom ik in iemands plaats ben opgegeven; ik ken de naam in uw mail niet eens. Ik kom
            niet, en ik wil ook niet in uw bestand terechtkomen. Verwijder mijn naam en e-mailadres en stuur mij
            een korte bevestiging zodra dat gebeurd is.

            R. Kamphorst
            """
        ),
    },
    {
        "id": "d145-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Bas Heijnekamp <b.heijnekamp@gr-utrechtseheuvelrug-zuid.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Fijn dat ik op de wachtlijst sta, maar laat maar zitten en geef mijn plek aan een ander. Ik heb
            besloten mijn lidmaatschap op te zeggen; het netwerk past niet meer bij mijn huidige rol.

            Hartelijke groet,
            Bas

            PS Wilt u dan ook mijn gegevens uit het systeem halen? Dank.
            """
        ),
    },
    # --- leaving without erasure ---
    {
        "id": "d145-017",
        "kind": "unsubscribe",
        "sender": "Karin Westerveld <k.westerveld@werkorganisatie-oostbetuwe.nl>",
        "quote": "none",
        "subject": "Opzegging lidmaatschap",
        "body": _(
            """
            Beste secretariaat,

            Graag zeg ik mijn lidmaatschap van het netwerk op. Mijn gegevens mag u gerust bewaren: als ik ooit
            weer in een fusieorganisatie terechtkom, meld ik me vast opnieuw en dan hoeft u niet alles opnieuw
            in te voeren.

            Groet, Karin Westerveld
            """
        ),
    },
    {
        "id": "d145-018",
        "kind": "unsubscribe",
        "sender": "Dylan Achterberg <d.achterberg@rijnwaardenwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Thanks for a great afternoon, I really enjoyed it. That said, it was my last one for a while: please
            unsubscribe me from the network. No need to purge anything on my account, feel free to keep my
            details on file in case I come back in a future role.

            Best,
            Dylan
            """
        ),
    },
    {
        "id": "d145-019",
        "kind": "unsubscribe",
        "sender": "Herma Polman <h.polman@grwesterkwartier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Verwijder mij s.v.p. van uw verzendlijst. Sinds de herinrichting heb ik geen rol meer in de
            bedrijfsvoering en deze mails lees ik eerlijk gezegd toch niet.

            H. Polman
            """
        ),
    },
    {
        "id": "d145-020",
        "kind": "unsubscribe",
        "sender": "Gijs van Ommeren <g.vanommeren@werkorganisatie-krimpenerhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Sinds deze maand geniet ik van mijn pensioen, dus het aandragen van onderwerpen laat ik graag aan
            jongere collega's over. Zou u mij willen afmelden voor het netwerk? Het was mij een genoegen.

            Gijs van Ommeren
            """
        ),
    },
    {
        "id": "d145-021",
        "kind": "unsubscribe",
        "sender": "Wendelien Roos <w.roos@servicepuntaaenmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan,

            Ik ben vorige week vertrokken bij het servicepunt, dus maart gaat niet meer lukken. Mijn opvolger is
            Ellen Hoogkamp; haar mailadres is nog niet aangemaakt, dat laat ze zelf wel weten. Meld mij maar af.

            Groetjes, Wendelien
            """
        ),
    },
    {
        "id": "d145-022",
        "kind": "unsubscribe",
        "sender": "Evert Lamers <e.lamers@werkorganisatie-heuvelmaas.nl>",
        "quote": "none",
        "subject": "eruit",
        "body": _(
            """
            Haal me van die lijst. Ik begrijp niet waarom elk clubje denkt dat een adres dat op een gemeentelijke
            website staat vrij te gebruiken is voor de zoveelste netwerkbijeenkomst.

            E. Lamers
            """
        ),
    },
    # --- other: see, correct, what we keep, complaints, someone else ---
    {
        "id": "d145-023",
        "kind": "other",
        "sender": "Ilse Draaisma <i.draaisma@gr-dongeradeel-oost.nl>",
        "quote": "none",
        "subject": "Inzageverzoek art. 15 AVG",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 15 AVG verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij
            verwerkt, de doeleinden waarvoor dat gebeurt, de bron waaruit u ze hebt verkregen en de termijn
            gedurende welke zij worden bewaard. Mijn lidmaatschap wil ik overigens gewoon voortzetten.

            Met vriendelijke groet,
            drs. I. Draaisma
            """
        ),
    },
    {
        "id": "d145-024",
        "kind": "other",
        "sender": "Koen Rademaker <k.rademaker@utrechtsewaardwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Leuk dat het gelukt is! Uit nieuwsgierigheid: wat hebt u nu eigenlijk van mij vastgelegd? Alleen naam
            en mailadres, of ook organisatie en functie? Ik heb bij de aanmelding zelf niets ingevuld, dat deed
            mijn managementassistent.

            Koen
            """
        ),
    },
    {
        "id": "d145-025",
        "kind": "other",
        "sender": "Naomi Whitfield-de Graaf <n.whitfield@ijsselvallei-services.nl>",
        "quote": "none",
        "subject": "Subject access request",
        "body": _(
            """
            Dear Sir or Madam,

            Under Article 15 of the GDPR I would like to receive a copy of the personal data your network holds
            about me, including any notes made about my participation in past ateliers. I am not asking you to
            remove anything; I simply want to know what is on file.

            Kind regards,
            Naomi Whitfield-de Graaf
            """
        ),
    },
    {
        "id": "d145-026",
        "kind": "other",
        "sender": "Yasmina van Dijk-Ouaziz <y.vandijk@werkorganisatiegeldermaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goedemorgen,

            Voordat ik antwoord over 11 maart: mijn achternaam staat in uw bestand verkeerd, u schrijft
            "Van Dijk-Ouazis" en het is Van Dijk-Ouaziz, met een z aan het eind. Zou u dat willen verbeteren?
            Of ik kom, laat ik u na overleg met mijn agenda nog weten.

            Yasmina van Dijk-Ouaziz
            """
        ),
    },
    {
        "id": "d145-027",
        "kind": "other",
        "sender": "Arend Schuitema <a.schuitema@noorderkwartierwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            In uw gegevens sta ik nog als directeur bedrijfsvoering van de oude Werkorganisatie Marne-Zuid. Sinds
            1 januari heet onze organisatie Noorderkwartier Werkt en ben ik algemeen directeur. Mijn mailadres is
            wel hetzelfde gebleven. Wilt u dat aanpassen, ook voor de naambadges?

            A. Schuitema
            """
        ),
    },
    {
        "id": "d145-028",
        "kind": "other",
        "sender": "Lotte Brinkhuis <l.brinkhuis@ambtelijkeorganisatieveluwerand.nl>",
        "quote": "none",
        "subject": "Oud adres verwijderen",
        "body": _(
            """
            Beste Melanie,

            Door de fusie van onze ICT-omgeving verandert mijn adres. Wilt u l.brinkhuis@gemeenteheerdewold.nl uit
            uw lijst verwijderen en voortaan dit adres gebruiken: l.brinkhuis@ambtelijkeorganisatieveluwerand.nl?
            Het oude adres vervalt eind van de maand.

            Met dank,
            Lotte Brinkhuis
            """
        ),
    },
    {
        "id": "d145-029",
        "kind": "other",
        "sender": "Frank Mulderij <f.mulderij@werkorganisatie-langstraat.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dank voor het bericht. Hoe lang blijven mijn gegevens eigenlijk bij u in het systeem staan nu ik geen
            lid meer ben? Ik vraag het niet om moeilijk te doen, maar onze eigen FG stelt die vraag ook altijd.

            Frank Mulderij
            """
        ),
    },
    {
        "id": "d145-030",
        "kind": "other",
        "sender": "Marloes Tichelaar <m.tichelaar@twentekanaalwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het welkom. Een vraag vooraf: deelt u de ledenlijst met anderen, bijvoorbeeld met de VNG,
            sponsors of het eigen adviesbureau? Na mijn aanmelding bij een ander netwerk kreeg ik ineens
            commerciële mails en dat wil ik hier liever voorkomen.

            Marloes
            """
        ),
    },
    {
        "id": "d145-031",
        "kind": "other",
        "sender": "Pieter-Jan Hoving <pj.hoving@werkorganisatie-amstelrand.nl>",
        "quote": "none",
        "subject": "Vraag van onze functionaris gegevensbescherming",
        "body": _(
            """
            Goedemiddag,

            Onze functionaris gegevensbescherming is bezig met een inventarisatie van externe partijen die
            gegevens van medewerkers verwerken en vroeg mij naar dit netwerk. Waar worden de ledengegevens
            opgeslagen (een Nederlandse server of een Amerikaanse cloud?) en is er tussen het netwerk en
            SeinstravandeLaar een verwerkersovereenkomst? Ik blijf uiteraard graag lid.

            Met vriendelijke groet,
            Pieter-Jan Hoving
            """
        ),
    },
    {
        "id": "d145-032",
        "kind": "other",
        "sender": "Thijs Kerkhof <thijs.kerkhof@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Deze uitnodiging kwam binnen op mijn privéadres, terwijl ik dat nooit aan u heb doorgegeven. Ik gebruik
            voor mijn werk uitsluitend mijn adres bij de werkorganisatie. Hoe komt u aan dit adres? Ik wil dat
            graag weten voordat ik verder iets met uw uitnodiging doe.

            T. Kerkhof
            """
        ),
    },
    {
        "id": "d145-033",
        "kind": "other",
        "sender": "Gerrit Nijhof <g.nijhof@grhavenstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag, deze herinnering is gericht aan iemand anders (zie de aanhef hieronder), niet aan mij,
            en er staat zelfs in of zij een gast meeneemt. Ik heb hem na het lezen verwijderd, maar u wilt
            waarschijnlijk nagaan hoe dit kon gebeuren. Gerrit Nijhof
            """
        ),
    },
    {
        "id": "d145-034",
        "kind": "other",
        "sender": "Sabine Grotenhuis <s.grotenhuis@ambtelijkdienstverband-ommelanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Ik heb nooit uitdrukkelijk toestemming gegeven voor het ontvangen van deze berichten. Op welke
            grondslag als bedoeld in artikel 6 AVG verwerkt u mijn e-mailadres? Ik hoor dat graag voordat ik
            besluit of ik op uw oproep inga.

            S. Grotenhuis
            """
        ),
    },
    {
        "id": "d145-035",
        "kind": "other",
        "sender": "Corine Habets <c.habets@werkorganisatie-geuldal.nl>",
        "quote": "none",
        "subject": "Overlijden van onze algemeen directeur",
        "body": _(
            """
            Geachte mevrouw Huurneman, geachte heer Van de Laar,

            Met groot verdriet laat ik u weten dat onze algemeen directeur, de heer Leon Rutten, op 3 februari
            onverwacht is overleden. Hij was lid van uw netwerk. Wilt u zijn gegevens uit uw bestand verwijderen,
            zodat er geen uitnodigingen meer naar zijn adres gaan? Het is voor de collega's die zijn mailbox
            afhandelen moeilijk om die nog binnen te zien komen.

            Met vriendelijke groet,
            Corine Habets
            bestuurssecretaris
            """
        ),
    },
    {
        "id": "d145-036",
        "kind": "other",
        "sender": "Marja de Leeuw <m.deleeuw@servicecentrumbommelerwaard-west.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen, deze mail kwam binnen in de mailbox van mevrouw Pauwels, maar zij is per 1 januari uit
            dienst. Haar box wordt binnenkort opgeheven. Kunt u haar gegevens uit uw lijst verwijderen? Wie haar
            functie overneemt is nog niet bekend.

            Marja de Leeuw, secretariaat directie
            """
        ),
    },
    {
        "id": "d145-037",
        "kind": "other",
        "sender": "Frits Oldenhof <f.oldenhof@werkorganisatiezuidoostdrenthe.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik schrijf u vanaf het account van mijn man, Frits, dat ik met hulp van zijn oud-collega's nog
            afhandel. Frits is in december overleden. Er komen nog steeds berichten van u binnen; wilt u hem uit
            uw bestand halen?

            Met vriendelijke groet,
            Hennie Oldenhof-Bakker
            """
        ),
    },
    {
        "id": "d145-038",
        "kind": "other",
        "sender": "Daan IJzerman <d.ijzerman@gemeentelangedijkerveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me niet aangemeld en ken dit netwerk niet. Van wie of waar hebt u mijn adres gekregen? En
            verwijder het meteen daarna, graag.

            Daan IJzerman
            """
        ),
    },
    {
        "id": "d145-039",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wilma Tuinstra <w.tuinstra@grnoordoostpolder-urkland.nl>",
        "quote": "none",
        "subject": "Gegevens wissen + vraag",
        "body": _(
            """
            Beste secretariaat,

            Ik wil mij afmelden en vraag u al mijn gegevens te wissen. Voordat u dat doet: kunt u mij laten weten
            of mijn gegevens ooit aan derden zijn verstrekt, bijvoorbeeld aan sprekers of andere deelnemers van
            het atelier? Dat wil ik graag weten voor mijn eigen dossier.

            Met vriendelijke groet,
            Wilma Tuinstra
            """
        ),
    },
    {
        "id": "d145-040",
        "kind": "other",
        "sender": "Jeroen Spaanderman <j.spaanderman@werkorganisatiedeventer-noord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd. Wel een vraag: wordt mijn adres ook gebruikt voor iets anders dan het netwerk,
            bijvoorbeeld nieuwsbrieven of aanbiedingen van uw adviesbureau?

            Jeroen Spaanderman
            """
        ),
    },
    {
        "id": "d145-041",
        "kind": "other",
        "sender": "Roos Kleinjan <r.kleinjan@kopvannoordhollandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom graag, op één voorwaarde: mijn naam en organisatie mogen niet op de deelnemerslijst die vooraf
            wordt rondgestuurd. In verband met een lopende procedure ben ik daar op dit moment terughoudend in.
            Kunt u mij dat toezeggen?

            Roos Kleinjan
            """
        ),
    },
    {
        "id": "d145-042",
        "kind": "other",
        "sender": "Hans Wiegerinck <h.wiegerinck@gr-achterhoekmidden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het verslag. Ik zie dat ik daarin met naam word geciteerd over de spanning met onze
            raadsfracties. Dat was zo niet bedoeld voor buiten de zaal. Wilt u mijn naam uit die passage halen, of
            het citaat anoniem maken? Verder prima.

            Hans Wiegerinck
            """
        ),
    },
    {
        "id": "d145-043",
        "kind": "other",
        "sender": "Nienke Haverkort <n.haverkort@grmiddenbrabantwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wilt u mijn suggestie toch weer verwijderen? Na overleg met mijn bestuur vinden we het onverstandig
            om onze casus nu al in een bredere kring te bespreken. Misschien een volgende keer.

            Groet, Nienke
            """
        ),
    },
    {
        "id": "d145-044",
        "kind": "other",
        "sender": "Bart Ruiterkamp <b.ruiterkamp@werkorganisatie-reggedal.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer! Heb hem uit mijn agenda verwijderd. Hoor graag wanneer de nieuwe datum er is.

            Bart
            """
        ),
    },
    {
        "id": "d145-045",
        "kind": "other",
        "sender": "Esther Vleugels <e.vleugels@servicecentrumpeelkempen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Aan het eind van de middag is het whiteboard in de tweede zaal gewist voordat ik er een foto van kon
            maken. Hebben jullie toevallig nog een foto van dat bord of van de flappen? Het verslag is mooi, maar
            de schema's van onze tafel wil ik graag aan mijn MT laten zien.

            Esther
            """
        ),
    },
    {
        "id": "d145-046",
        "kind": "other",
        "sender": "Oliver Bramhall <o.bramhall@werkorganisatie-gooivecht.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            I accidentally deleted the original invitation while clearing my inbox, so the meeting has vanished
            from my calendar too. Could you resend the calendar attachment?

            Thanks,
            Oliver
            """
        ),
    },
    # --- rsvp look-alikes ---
    {
        "id": "d145-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Linda Hofstede <l.hofstede@werkorganisatiewestfriesmeer.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haal mij maar van de wachtlijst: op 11 maart heb ik toch een extra raadsvergadering. Lid blijf ik
            natuurlijk gewoon, ik hoop de volgende keer wel te komen.

            Linda Hofstede
            """
        ),
    },
    {
        "id": "d145-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Michiel Doornbos <m.doornbos@grzuidwesthoek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Op de 18e zit ik in Brussel, dus schrap mij maar van de deelnemerslijst voor dit atelier. Jammer, het
            onderwerp sprak me erg aan.

            M. Doornbos
            """
        ),
    },
    {
        "id": "d145-049",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Pennings <a.pennings@werkorganisatie-maasduinen-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, samen met mijn directeur dienstverlening. Dus twee personen.

            Met vriendelijke groet,

            Anouk Pennings
            Algemeen directeur
            Werkorganisatie Maasduinen-Noord

            Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie of
            persoonsgegevens bevatten. Bent u niet de geadresseerde, dan verzoeken wij u de afzender te informeren
            en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    # --- confirm look-alikes ---
    {
        "id": "d145-050",
        "kind": "confirm",
        "sender": "Rutger Visscher <r.visscher@gemeentelijkeorganisatiewaterland-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Met vriendelijke groet,

            R. (Rutger) Visscher
            gemeentesecretaris-directeur
            T 0299 - 74 12 30

            Gemeentelijke Organisatie Waterland-Oost verwerkt persoonsgegevens conform de AVG. Is dit bericht
            niet voor u bestemd, wis het dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "d145-051",
        "kind": "confirm",
        "sender": "Meike Zandbergen <m.zandbergen@werkorganisatie-oudeijssel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hierbij alsnog bevestigd, excuus voor de vertraging. Prettig dat u niet meer vastlegt dan nodig is.

            Meike Zandbergen
            """
        ),
    },
    # --- subscribe ---
    {
        "id": "d145-052",
        "kind": "subscribe",
        "sender": "Sjoerd Hellinga <s.hellinga@grsudwestkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dat was niet de bedoeling. Ik had gereageerd op een mail van onze eigen privacyfunctionaris over
            het opschonen van lijsten en heb per ongeluk u beantwoord. Ik wil graag lid blijven.

            Sjoerd Hellinga
            """
        ),
    },
    {
        "id": "d145-053",
        "kind": "subscribe",
        "sender": "Fatima Bouzerda <f.bouzerda@werkorganisatie-zaanvliet.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedendag,

            Via een collega-directeur hoorde ik over uw netwerk. Ik meld mij graag aan als lid, met dit adres. Ik
            ga ervan uit dat u mijn gegevens alleen voor het netwerk gebruikt, en daar stem ik mee in.

            Fatima Bouzerda
            directeur bedrijfsvoering, Werkorganisatie Zaanvliet
            """
        ),
    },
    # --- suggestions about data and privacy ---
    {
        "id": "d145-054",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Vincent Tromp <v.tromp@werkorganisatiebrabantsewal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn onderwerp: hoe organiseer je privacy en informatiebeveiliging in de eigen bedrijfsvoering van een
            werkorganisatie? Bij ons ligt het nu verspreid over drie teams, er is te weinig formatie voor en na
            een datalek vorig jaar willen we de processen opnieuw inrichten.

            Vincent Tromp
            """
        ),
    },
    {
        "id": "d145-055",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ingeborg Lammerts <i.lammerts@gemeentenlandvanmaasenhorn.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het welkom! Ik heb meteen een onderwerp: inwoners die willen zien welke gegevens de
            gemeente over hen heeft, of die willen laten corrigeren. Hoe maak je dat via het digitale loket
            eenvoudig en klantvriendelijk, zonder dat zij drie formulieren moeten invullen? Ik ben benieuwd hoe
            anderen dat voor hun inwoners hebben opgelost.

            Ingeborg
            """
        ),
    },
    {
        "id": "d145-056",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ramon Tielemans <r.tielemans@grheuvellandwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor een inspirerende middag. Voor de volgende keer stel ik voor: gegevens delen tussen de
            deelnemende gemeenten. Elk college wil zelf eigenaar blijven van "zijn" data, terwijl de
            werkorganisatie ze voor alle vier beheert. Wie beslist er dan, en hoe voorkom je dat elke gemeente
            eigen afspraken wil?

            Ramon Tielemans
            """
        ),
    },
    # --- automatic mail ---
    {
        "id": "d145-057",
        "kind": "autoreply",
        "sender": "Henk Dijkgraaf <h.dijkgraaf@werkorganisatie-vijfheerenland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben met verlof tot en met 6 maart. Uw bericht wordt niet doorgestuurd en na mijn terugkomst
            verwijderd als het niet meer actueel is. Voor dringende zaken kunt u terecht bij het secretariaat
            directie, 0345 - 61 88 20.

            In verband met de AVG bewaren wij e-mails niet langer dan noodzakelijk.
            """
        ),
    },
    {
        "id": "d145-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.werkorganisatie-rivierenland-west.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.werkorganisatie-rivierenland-west.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <a.boekestijn@werkorganisatie-rivierenland-west.nl>: host
                mailstore.werkorganisatie-rivierenland-west.nl[10.12.4.8] said: 550 5.1.1 User unknown:
                mailbox has been removed (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
