"""devset102: answers about the atelier that carry details (issue 17).

Mostly replies to the invitation, the reminder, the RSVP acknowledgement (waiting list), the change mail, the
substitute's invitation, the cancellation and the call for themes, plus some new mails. The answers come with
details: arriving late or leaving early, only part of the afternoon, a guest or colleague brought along (with or
without an address), a substitute, dietary wishes, accessibility, parking and train times, slides afterwards, a
yes under reserve, tentative answers, a yes that later became a no (and the reverse), answers covering two
ateliers, answers for the wrong date, answers that also propose a topic, and mail with only practical questions.

Conventions relied on (the secretariat's view):
- A plain yes or no with a remark the service needs not act on stays `rsvp`; a yes or no that depends on an answer
  from the secretariat, or that comes with a real question or request the secretariat must handle, is `other`.
- A tentative answer without a decision ("ik probeer te komen", "waarschijnlijk wel", "onder voorbehoud, ik laat
  het nog weten") is `other`. An answer for a date that is not the atelier's date is `other`.
- A mail that changes an earlier answer carries the latest answer.
- A director who cannot come but sends a substitute: `rsvp` False. An answer for someone else in a NEW mail is
  `other`; in reply to our invitation it is `rsvp`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the
  form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`; a named successor with an address
  taking over the seat: `unsubscribe` (hand-over).
- For an answer written inline between our quoted lines, the body holds those lines and the case has no `quoted`.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d102-001-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Hanneke Rozendaal <h.rozendaal@hltsamen.nl>",
        "body": """
Goedemorgen,

Ja, ik kom. Tot half drie zit ik in een stuurgroep in Amersfoort, dus ik schuif rond drie uur aan.

Met vriendelijke groet,

Hanneke Rozendaal
Algemeen directeur Werkorganisatie HLTsamen
""",
    },
    {
        "id": "d102-002-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Joost Verhagen <joost.verhagen.dir@gmail.com>",
        "body": """
Ik ben erbij, al moet ik om kwart over vier weer weg voor een raadsinformatieavond.

Groet, Joost
""",
    },
    {
        "id": "d102-003-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Anouk Prins <a.prins@werkorganisatie-buch.nl>",
        "body": """
Beste Stan en Melanie,

Aanwezig! Wel alleen het eerste deel, tot de pauze. Daarna heb ik een afspraak met de burgemeester van Heiloo
die ik niet kan verzetten.

Anouk
""",
    },
    {
        "id": "d102-004-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Frits de Boer <f.deboer@noaberkracht.nl>",
        "body": """
Ik kom, maar pas na de pauze. Eerder die middag zit ik bij het algemeen bestuur van de veiligheidsregio.

Frits de Boer
directeur Noaberkracht Dinkelland Tubbergen
""",
    },
    {
        "id": "d102-005-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Mark Janssens <m.janssens@dommelvallei.nl>",
        "body": """
Beste secretariaat,

Graag! Wij komen met twee personen: ik neem onze concerncontroller mee, Petra Hoekstra
(p.hoekstra@dommelvallei.nl).

Vriendelijke groet,
Mark Janssens
Directeur GR Dommelvallei

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
""",
    },
    {
        "id": "d102-006-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Gerda Wiersma <g.wiersma@a2samenwerking.nl>",
        "body": """
Goedemiddag,

Wij zijn er met z'n tweeën: ikzelf en mijn plaatsvervangend directeur.

Gerda Wiersma
Directeur A2-samenwerking Cranendonck, Heeze-Leende, Valkenswaard
""",
    },
    {
        "id": "d102-007-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Pieter-Jan Claassen <pj.claassen@sed-organisatie.nl>",
        "body": """
Dag Melanie,

Ik kom graag. Mocht er iets te eten zijn: ik ben vegetariër, maar maak je geen zorgen, ik red me altijd wel.

Hartelijke groet,
Pieter-Jan Claassen
SED-organisatie
""",
    },
    {
        "id": "d102-008-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Yvonne Kremer <yvonne.kremer@belcombinatie.nl>",
        "body": """
Hallo,

Ik kom. Kunt u mij laten weten of er bij de koffie en de borrel ook iets lactosevrij is? Ik heb een flinke
allergie en wil anders zelf iets meenemen.

Met vriendelijke groet,
Yvonne Kremer
BEL Combinatie
""",
    },
    {
        "id": "d102-009-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Wim Terpstra <w.terpstra@gemeente-oldambt.nl>",
        "body": """
Ja, ik kom graag. Ik loop sinds kort met krukken en neem dus de lift; ik heb al gezien dat het Stadskantoor
daar prima op is ingericht.

Groet,
Wim Terpstra

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d102-010-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Saskia Molenaar <s.molenaar@werkorganisatie-cpbr.nl>",
        "body": """
Beste Stan,

Ik wil er graag bij zijn, maar ik zit in een rolstoel. Is de zaal zonder trappen te bereiken en is er een
aangepast toilet in de buurt? Als dat in orde is, meld ik mij definitief aan.

Met vriendelijke groet,
Saskia Molenaar
""",
    },
    {
        "id": "d102-011-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Harm Oosterhuis <h.oosterhuis@westerkwartier.nl>",
        "body": """
Ja, ik kom. Ik reis met de trein uit Groningen; de intercity staat om 13.52 uur op Utrecht Centraal, dus het kan
zijn dat ik een paar minuten na tweeën binnenloop.

Harm Oosterhuis
""",
    },
    {
        "id": "d102-012-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Marloes van Dijk <m.vandijk@bar-organisatie.nl>",
        "body": """
Ja, ik kom.

Vraagje: kan ik bij het Stadskantoor parkeren, of kan ik de auto beter op P+R Papendorp zetten en het laatste
stuk met de tram doen?

Groet,
Marloes van Dijk
Algemeen directeur BAR-organisatie
""",
    },
    {
        "id": "d102-013-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Erik Veldkamp <e.veldkamp@kempengemeenten.nl>",
        "body": """
Beste Stan en Melanie,

Helaas kan ik er op 11 maart niet bij zijn. Zouden jullie mij na afloop de presentaties willen sturen? Het
onderwerp speelt bij ons volop.

Met vriendelijke groet,
Erik Veldkamp
Samenwerking Kempengemeenten
""",
    },
    {
        "id": "d102-014-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Ingeborg Laan <ingeborg.laan@gemeente-aaenhunze.nl>",
        "body": """
Nee, helaas. Die week ben ik met het college op werkbezoek in Brussel. Veel succes, het verslag lees ik later.

Ingeborg
""",
    },
    {
        "id": "d102-015-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ruben Hazelaar <r.hazelaar@duoplus.nl>",
        "body": """
Beste Melanie,

Onder voorbehoud: ja. Er kan die middag nog een extra raadsvergadering vallen; dat hoor ik eind februari.
Ik laat het dan definitief weten.

Met vriendelijke groet,
Ruben Hazelaar
Directeur Duo+
""",
    },
    {
        "id": "d102-016-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Ton Smeets <t.smeets@leudal.nl>",
        "body": """
Ik probeer te komen, maar mijn agenda staat die week vol met begrotingsoverleggen. Ik houd u op de hoogte.

Ton Smeets
""",
    },
    {
        "id": "d102-017-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Lotte Brinkman <l.brinkman@werkorganisatie-vijfheerenlanden.nl>",
        "body": """
Waarschijnlijk wel! Ik bevestig het nog.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d102-018-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jacqueline Hermsen <j.hermsen@werkorganisatie-buch.nl>",
        "body": """
Beste mensen,

Zelf kan ik niet. In mijn plaats komt Ruud Verbeek, manager bedrijfsvoering: r.verbeek@werkorganisatie-buch.nl.

Met vriendelijke groet,
Jacqueline Hermsen
Algemeen directeur Werkorganisatie BUCH
""",
    },
    {
        "id": "d102-019-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Dennis Schouten <d.schouten@hoekschewaard.nl>",
        "body": """
Hoi,

Ik ben verhinderd. Mijn collega Sandra Mol uit ons MT gaat in mijn plaats.

Dennis
""",
    },
    {
        "id": "d102-020-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Carla Vos <c.vos@gemeente-stedebroec.nl>",
        "body": """
Op 11 maart ben ik van de partij. Het najaarsatelier staat trouwens ook al met potlood in mijn agenda.

Carla Vos
""",
    },
    {
        "id": "d102-021-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Bas Wolters <b.wolters@noordoostpolder.nl>",
        "body": """
Goedemorgen,

Voor 11 maart moet ik passen. Kunt u mij wel alvast noteren voor het atelier in het najaar? En weet u al
ongeveer wanneer dat is?

Met vriendelijke groet,
Bas Wolters
""",
    },
    {
        "id": "d102-022-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Henriëtte Kuipers <h.kuipers@gemeente-waadhoeke.nl>",
        "body": """
Donderdag 4 maart staat in mijn agenda, ik kom!

Henriëtte Kuipers
""",
    },
    {
        "id": "d102-023-other",
        "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Arjen Dekker <a.dekker@werkorganisatie-druten.nl>",
        "body": """
Prima, dan zie ik jullie op de elfde in het Stadskantoor.

Arjen
""",
    },
    {
        "id": "d102-024-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Miriam Haverkamp <miriam.haverkamp@gmail.com>",
        "body": """
Twee vragen vooraf: eindigt het echt om half zes, of loopt het meestal uit? En is er na afloop gelegenheid om
nog even na te praten?

Miriam Haverkamp
""",
    },
    {
        "id": "d102-025-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ingrid Mulder <secretariaat.directie@gemeente-midden-delfland.nl>",
        "body": """
Geachte heer Van de Laar,

Namens de heer Bakker laat ik u weten dat hij aanwezig is. Hij neemt zijn beleidsadviseur mee.

Met vriendelijke groet,
Ingrid Mulder
Managementassistent directie
""",
    },
    {
        "id": "d102-026-other",
        "kind": "other",
        "thread": None,
        "subject": "Atelier 11 maart - mevrouw Dijkstra",
        "sender": "Nadia el Amrani <n.elamrani@werkorganisatie-duivenvoorde.nl>",
        "body": """
Goedendag,

Mevrouw Dijkstra komt op 11 maart naar het atelier in Utrecht. Bij dezen meld ik haar namens haar aan.

Met vriendelijke groet,
Nadia el Amrani
Bestuurssecretariaat
""",
    },
    {
        "id": "d102-027-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": None,
        "subject": "Aanmelding atelier 11 maart",
        "sender": "Olaf Brouwer <o.brouwer@gemeente-oostgelre.nl>",
        "body": """
Beste secretariaat,

Hierbij meld ik mij aan voor het atelier van 11 maart in Utrecht. Ik ben er vanaf ongeveer half drie.

Groet,
Olaf Brouwer
""",
    },
    {
        "id": "d102-028-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Marieke Schipper <m.schipper@werkorganisatie-zuidwest.nl>",
        "body": """
Beste Stan,

Vorige week zei ik ja, maar er is inmiddels een bestuurlijk overleg met de provincie op dezelfde middag gezet.
Ik moet mij dus helaas toch afmelden.

Groet,
Marieke

Van: Marieke Schipper
Verzonden: dinsdag 23 februari 2027 08:41
Aan: info@ambtelijkefusie.nl
Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

Ja, ik kom.
""",
    },
    {
        "id": "d102-029-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Koen Lambregts <k.lambregts@gemeente-bergeijk.nl>",
        "body": """
Hallo Melanie,

Vorige week heb ik afgezegd, maar de vergadering die ik had is verschoven. Ik kom dus toch! Hopelijk is er nog
een plekje.

Koen
""",
    },
    {
        "id": "d102-030-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sjoerd Venema <s.venema@werkorganisatie-buch.nl>",
        "body": """
Beste organisatie,

Ik kom, als ik mijn collega-directeur van de gemeente Castricum mag meenemen. Is daar nog ruimte voor? Hoor
graag van u.

Sjoerd Venema
""",
    },
    {
        "id": "d102-031-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Elske Bosma <e.bosma@gemeente-tytsjerksteradiel.nl>",
        "body": """
Helaas, ik kan niet. Ik lig met griep op de bank.

Elske
""",
    },
    {
        "id": "d102-032-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Robert Peeters <r.peeters@gemeente-reuseldemierden.nl>",
        "body": """
Dag Stan,

Ik kom zeker, maar mijn gast heeft afgezegd. Ik ben er dus alleen.

Robert
""",
    },
    {
        "id": "d102-033-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Hilde Jonker <h.jonker@werkorganisatie-dewolden-hoogeveen.nl>",
        "body": """
Goedemorgen,

Ik ben er, alleen iets later: tussen Amersfoort en Utrecht rijden er die dag bussen in plaats van treinen.
Ik verwacht er rond half drie te zijn.

Met vriendelijke groet,
Hilde Jonker

Verzonden vanuit Outlook voor Android
""",
    },
    {
        "id": "d102-034-other",
        "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Jeroen Smit <jeroen.smit@gemeente-kaagenbraassem.nl>",
        "body": """
Beste Melanie,

Waar kan ik mijn fiets kwijt bij het Stadskantoor? En is de ingang aan het Vredenburg zelf of aan de achterkant?

Groeten,
Jeroen
""",
    },
    {
        "id": "d102-035-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "Annemiek Groot <a.groot@werkorganisatie-sed.nl>",
        "body": """
Ik kom, maar om vier uur vertrek ik om mijn dochter op te halen.

Annemiek Groot
""",
    },
    {
        "id": "d102-036-other",
        "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gerard Hofstede <g.hofstede@gemeente-berkelland.nl>",
        "body": """
Goedemiddag,

Ik begrijp deze herinnering niet: ik dacht dat ik mij juist had afgemeld. Kunt u nagaan wat u van mij hebt
ontvangen?

Met vriendelijke groet,
Gerard Hofstede
""",
    },
    {
        "id": "d102-037-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "reminder",
        "sender": "Femke Dijkman <femke.dijkman@gemeente-lochem.nl>",
        "body": """
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Binnenkort is het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid". Fijn dat u erbij bent,
> met 1 gast!

Dat was de bedoeling, maar het gaat niet lukken.

> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
> iemand op de wachtlijst.

Klopt, ik kan niet. Geef onze twee plekken maar door.

Femke
""",
    },
    {
        "id": "d102-038-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Wouter Kamphuis <w.kamphuis@gemeente-hofvantwente.nl>",
        "body": """
Dank voor het bericht. Inmiddels kan ik toch niet meer; u mag mij van de wachtlijst halen.

Wouter Kamphuis
""",
    },
    {
        "id": "d102-039-other",
        "kind": "other",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Daphne Verschuren <d.verschuren@gemeente-goirle.nl>",
        "body": """
Hoe lang is die wachtlijst ongeveer? Als ik kan komen moet ik een andere afspraak verzetten. Kunt u mij uiterlijk
5 maart laten weten of ik een plaats heb?

Daphne Verschuren
""",
    },
    {
        "id": "d102-040-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "sender": "Michiel de Ruiter <m.deruiter@werkorganisatie-voorne.nl>",
        "body": """
De nieuwe datum, donderdag 18 maart, past mij niet: dan heb ik de jaarlijkse heisessie met het MT. Ik meld
mij dus af.

Michiel de Ruiter
""",
    },
    {
        "id": "d102-041-other",
        "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Linda Kok <l.kok@gemeente-eemnes.nl>",
        "body": """
Beste Stan,

De achttiende kan ik ook. Is er bij het Provinciehuis een parkeerplaats voor bezoekers, of moet ik iets
reserveren?

Groet,
Linda Kok
""",
    },
    {
        "id": "d102-042-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "groupwise",
        "sender": "Aart van Leeuwen <a.vanleeuwen@gemeente-lisse.nl>",
        "body": """
De nieuwe datum komt mij goed uit. Ik blijf graag op de wachtlijst staan.

Aart van Leeuwen
""",
    },
    {
        "id": "d102-043-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Sanne Willemsen <s.willemsen@werkorganisatie-smit.nl>",
        "body": """
Beste Stan en Melanie,

Dank u wel, ik kom graag in de plaats van Dirk. Een gast neem ik niet mee.

Met vriendelijke groet,
Sanne Willemsen
""",
    },
    {
        "id": "d102-044-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "gmail",
        "sender": "Tijmen Aalders <t.aalders@werkorganisatie-smit.nl>",
        "body": """
Dirk heeft mij opgegeven, maar ik zit die middag zelf in een aanbestedingsgesprek. Ik kan dus ook niet, sorry.

Tijmen
""",
    },
    {
        "id": "d102-045-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
        "sender": "Rianne Boelens <r.boelens@werkorganisatie-smit.nl>",
        "body": """
Goedemiddag,

Ik neem de plek van Dirk over. Moet ik me nog ergens apart aanmelden, of is deze mail voldoende? En krijg ik
vooraf nog stukken om me voor te bereiden?

Met vriendelijke groet,
Rianne Boelens
""",
    },
    {
        "id": "d102-046-other",
        "kind": "other",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "apple",
        "sender": "Hans Vermeulen <h.vermeulen@gemeente-eersel.nl>",
        "body": """
Jammer! Zijn er al nieuwe data in beeld? Ik leg ze graag vroeg vast, want mijn agenda loopt snel vol.

Hans
""",
    },
    {
        "id": "d102-047-suggestion",
        "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Esther Vink <e.vink@werkorganisatie-cranendonck.nl>",
        "body": """
Beste Stan en Melanie,

Op 11 maart ben ik erbij. Graag bespreek ik hoe je omgaat met de uiteenlopende ambities van de deelnemende
gemeenten binnen één werkorganisatie: de ene wil groeien, de andere vooral de eigen kernen bedienen.

Met vriendelijke groet,
Esther Vink
""",
    },
    {
        "id": "d102-048-suggestion",
        "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Niels Huisman <n.huisman@gemeente-heezeleende.nl>",
        "body": """
Ik kan er in maart niet bij zijn, maar geef graag een onderwerp mee: strategische personeelsplanning nu de
krapte op de arbeidsmarkt ons steeds meer vacatures oplevert die we niet vervuld krijgen.

Niels Huisman
""",
    },
    {
        "id": "d102-049-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Marjolein Raats <m.raats@gemeente-oirschot.nl>",
        "body": """
Dank voor de oproep. Onderwerpen heb ik niet, maar op 11 maart ben ik er zeker bij.

Marjolein Raats
""",
    },
    {
        "id": "d102-050-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Paul Gerritsen <p.gerritsen@gemeente-montferland.nl>",
        "body": """
Op 11 maart zit ik met het gezin in Oostenrijk, dus ik kom niet. Suggesties heb ik verder niet.

Paul Gerritsen
""",
    },
    {
        "id": "d102-051-other",
        "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Irene Tammes <i.tammes@gemeente-drechterland.nl>",
        "body": """
Goedemorgen,

Geen inhoudelijk thema, wel een idee: zou het atelier niet beter op een vrijdagochtend passen? Op donderdagmiddag
zitten veel van ons bij de collegevergadering.

Groet,
Irene Tammes
""",
    },
    {
        "id": "d102-052-suggestion",
        "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Johan Rikkers <j.rikkers@gemeente-enkhuizen.nl>",
        "body": """
Dank voor de mooie middag!

Voor de volgende keer: hoe meet je de tevredenheid van inwoners over onze dienstverlening, aan de balie én via de
digitale kanalen, en wat doe je met die uitkomsten?

Johan Rikkers
""",
    },
    {
        "id": "d102-053-other",
        "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Claudia Bertens <c.bertens@gemeente-bladel.nl>",
        "body": """
Wat een goed atelier. Mag ik de slides van de inleider ontvangen? Ik heb ze niet in het verslag gevonden.

Claudia
""",
    },
    {
        "id": "d102-054-suggestion",
        "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
        "sender": "Theo Brands <t.brands@gemeente-geldropmierlo.nl>",
        "body": """
Nog een aanvulling op mijn eerdere mail: het harmoniseren van de planning-en-controlcyclus binnen de
werkorganisatie, zodat we niet drie keer een voorjaarsnota hoeven te maken.

Theo Brands
""",
    },
    {
        "id": "d102-055-suggestion",
        "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Ellen Zijlstra <e.zijlstra@gemeente-achtkarspelen.nl>",
        "body": """
Of ik kom weet ik nog niet zeker, dat hoort u later. Een onderwerp heb ik wel: een langetermijnvisie voor de
werkorganisatie. Waar willen we in 2035 staan, en hoe houd je die koers vast over verkiezingen heen?

Ellen Zijlstra
""",
    },
    {
        "id": "d102-056-suggestion",
        "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rob Kerkhof <r.kerkhof@werkorganisatie-dvo.nl>",
        "body": """
Beste secretariaat,

Mijn onderwerp: digitale dienstverlening aan inwoners en de backoffice daarachter. Hoe richt je de werkprocessen
zo in dat het digitale loket ook echt werkt, in plaats van dat een aanvraag alsnog op papier rondgaat?

Met vriendelijke groet,
Rob Kerkhof
""",
    },
    {
        "id": "d102-057-suggestion",
        "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "sender": "Maud Ramaekers <m.ramaekers@gemeente-beekdaelen.nl>",
        "body": """
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de
> regio;

Hier heb ik er een: de positie van onze werkorganisatie in de Regio Deal Parkstad. Hoe voorkom je dat de
samenwerkende gemeenten daar langs elkaar heen werken?

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Maud
""",
    },
    {
        "id": "d102-058-suggestion",
        "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Gijs Vreeswijk <g.vreeswijk@gemeente-zederik.nl>",
        "body": """
Suggestie: informatiebeveiliging volgens de BIO, als één I&A-afdeling voor vier gemeenten werkt. Wie is waarvoor
verantwoordelijk, en hoe organiseer je de audits?

Ik ben er op 11 maart overigens gewoon bij.

Gijs Vreeswijk
""",
    },
    {
        "id": "d102-059-suggestion",
        "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Roos Hendrikx <r.hendrikx@gemeente-peelenmaas.nl>",
        "body": """
Helaas ben ik er niet bij, maar toch een suggestie: prestaties van de dienstverlening monitoren met één
gezamenlijk dashboard dat alle raden kunnen inzien.

Roos Hendrikx
""",
    },
    {
        "id": "d102-060-suggestion",
        "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Victor Wessels <v.wessels@gemeente-berkelland.nl>",
        "body": """
Onderwerp voor maart: de bestuurlijke prioriteiten na de verkiezingen van 2026. Hoe zet je als directie met de
nieuwe colleges een meerjarige inhoudelijke agenda neer?

Victor
""",
    },
    {
        "id": "d102-061-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "sender": "Sophie Lambert <s.lambert@werkorganisatie-cpbr.nl>",
        "body": """
Vergeten te melden: ik kom zelf ook naar het atelier, samen met een collega.

Sophie
""",
    },
    {
        "id": "d102-062-other",
        "kind": "other",
        "thread": None,
        "subject": "Atelier maart",
        "sender": "Kees Bronkhorst <k.bronkhorst@gemeente-neder-betuwe.nl>",
        "body": """
Beste secretariaat,

Ik heb de uitnodiging voor het atelier niet ontvangen, maar een collega vertelde dat het op 11 maart is. Kan ik
nog aanschuiven?

Met vriendelijke groet,
Kees Bronkhorst
""",
    },
    {
        "id": "d102-063-other",
        "kind": "other",
        "thread": None,
        "subject": "Vraag over deelname atelier",
        "sender": "Marja Hoogland <m.hoogland@werkorganisatie-hollandsrijnland.nl>",
        "body": """
Goedemiddag,

Is het atelier van 11 maart ook bedoeld voor concerncontrollers? Ik zou onze controller graag sturen, omdat zij
de financiële kant van de samenwerking trekt.

Vriendelijke groet,
Marja Hoogland
""",
    },
    {
        "id": "d102-064-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": None,
        "subject": "Afwezig atelier 11 maart",
        "sender": "Erwin Pauwels <e.pauwels@gemeente-cranendonck.nl>",
        "body": """
Voor de volledigheid: ik kan niet naar het atelier van 11 maart. De uitnodiging had ik per ongeluk verwijderd,
vandaar deze losse mail.

Erwin Pauwels
""",
    },
    {
        "id": "d102-065-unsubscribe",
        "kind": "unsubscribe", "erase": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bert Nijhuis <b.nijhuis@gemeente-tubbergen.nl>",
        "body": """
Beste Stan,

Naar het atelier kom ik niet, sterker nog: per 1 april ga ik met pensioen. Haal mij maar uit het netwerk.
Dank voor de mooie jaren.

Bert Nijhuis
""",
    },
    {
        "id": "d102-066-unsubscribe",
        "kind": "unsubscribe", "erase": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Astrid Meijer <a.meijer@belcombinatie.nl>",
        "body": """
Beste Melanie,

Het atelier gaat aan mij voorbij: per 1 maart vertrek ik naar de provincie. Mijn opvolger, Eva Lammers
(e.lammers@belcombinatie.nl), neemt mijn plek in het netwerk over. Wilt u haar voortaan uitnodigen?

Hartelijke groet,
Astrid Meijer
""",
    },
    {
        "id": "d102-067-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Jan-Willem Rutten <jw.rutten@gemeente-teylingen.nl>",
        "body": """
Ja, ik kom, en ik neem als gast mijn collega-directeur uit Lisse mee. Wij komen dus met twee.

Jan-Willem Rutten
""",
    },
    {
        "id": "d102-068-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Monique Stam <m.stam@werkorganisatie-hw.nl>",
        "body": """
Aanmelding: 3 personen (ikzelf en twee teammanagers).

M. Stam
""",
    },
    {
        "id": "d102-069-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Tessa Ligthart <tessa.ligthart@outlook.com>",
        "body": """
Ja! Ik kom met het openbaar vervoer, fijn dat het Stadskantoor pal naast het station ligt.

Tessa Ligthart
directeur werkorganisatie Oude IJsselstreek-Doetinchem
""",
    },
    {
        "id": "d102-070-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Dirk-Jan Hekman <dj.hekman@gemeente-ommen.nl>",
        "body": """
Graag. Ik kom met de auto en zet hem in de Jaarbeursgarage, dus een parkeerkaart heb ik niet nodig.

Dirk-Jan Hekman
""",
    },
    {
        "id": "d102-071-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Mirjam Bakker <mirjam.bakker@gemeente-ede.nl>",
        "body": """
Ik kom, maar helaas alleen het eerste uur: om drie uur zit ik aan tafel bij een bestuurlijk overleg in Zeist.

Mirjam
""",
    },
    {
        "id": "d102-072-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Rik Overbeek <r.overbeek@gemeente-staphorst.nl>",
        "body": """
Aanwezig. Ik heb een notenallergie, maar dat geef ik ter plekke zelf wel even door.

Rik Overbeek
""",
    },
    {
        "id": "d102-073-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Judith Lubbers <j.lubbers@gemeente-dinkelland.nl>",
        "body": """
Ik accepteer. Het accepteren van de agenda-uitnodiging in Outlook wilde bij mij niet lukken, vandaar deze mail.

Judith Lubbers
""",
    },
    {
        "id": "d102-074-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Petra Claessens <bestuurssecretariaat@gemeente-someren.nl>",
        "body": """
Geachte heer, mevrouw,

De heer Visser komt naar het atelier. Hij komt rechtstreeks van een overleg in Den Bosch en is er rond kwart
over twee.

Met vriendelijke groet,
Petra Claessens
Bestuurssecretariaat
""",
    },
    {
        "id": "d102-075-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "sender": "Hugo Sanders <h.sanders@gemeente-altena.nl>",
        "body": """
Zie mijn antwoorden in de tekst hieronder, in hoofdletters.

Hugo Sanders

Van: "Netwerk van directeuren van ambtelijke fusieorganisaties" <info@ambtelijkefusie.nl>
Verzonden: dinsdag 2 maart 2027 09:00
Aan: Hugo Sanders <h.sanders@gemeente-altena.nl>
Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]

Beste Hugo Sanders,

Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
Thema:   Samenwerking
Waar:    Stadskantoor, Vredenburg 3, Utrecht

Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
JA, IK KOM.
Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
MET TWEE: IK NEEM ONZE STRATEEG KARIN BLOM MEE.
Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.
Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.
Graag uw antwoord vóór 2 maart 2027.
""",
    },
    {
        "id": "d102-076-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "sender": "Lisa Timmerman <lisa.timmerman@gemeente-heumen.nl>",
        "body": """
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur

Past, ik ben er. Wel pas vanaf half drie.

> Thema:   Samenwerking
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

Lisa
""",
    },
    {
        "id": "d102-077-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Bert Holtkamp <b.holtkamp@zwolle.nl>",
        "body": """
Ja hoor, tel mij maar mee. Uit Zwolle ben ik wel even onderweg, dus misschien net na tweeën.

Bert

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d102-078-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Wiebe Hoekstra <w.hoekstra@gemeente-noardeast-fryslan.nl>",
        "body": """
Aanmelding: ja, één persoon. Om vijf uur stap ik op, anders mis ik de laatste handige trein naar Leeuwarden.

Wiebe Hoekstra
""",
    },
    {
        "id": "d102-079-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Martine Evers <m.evers@werkorganisatie-sed.nl>",
        "body": """
's Ochtends heb ik de MT-hei, maar 's middags ben ik gewoon bij het atelier. Ik kom dus.

Martine Evers
""",
    },
    {
        "id": "d102-080-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Stefan Aerts <s.aerts@gemeente-nederweert.nl>",
        "body": """
Ik kom graag. Eten hoeft voor mij niet te worden geregeld; ik volg een streng dieet en neem zelf iets mee.

Stefan Aerts
""",
    },
    {
        "id": "d102-081-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gonnie Veenstra <g.veenstra@gemeente-smallingerland.nl>",
        "body": """
Nee, helaas. Op die dag wordt in twee van onze drie raden de voorjaarsnota behandeld.

Gonnie Veenstra
""",
    },
    {
        "id": "d102-082-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Freek Mertens <f.mertens@gemeente-echt-susteren.nl>",
        "body": """
Helaas niet, ik ben met verlof van 8 tot en met 19 maart.

Freek Mertens
""",
    },
    {
        "id": "d102-083-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Anja Verbruggen <a.verbruggen@gemeente-boxtel.nl>",
        "body": """
Ik moet helaas afzeggen. Volgende keer beter!

Anja
""",
    },
    {
        "id": "d102-084-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Leon Kuiper <l.kuiper@gemeente-oldebroek.nl>",
        "body": """
Beste secretariaat,

Ik kan niet, en ook niemand anders uit ons MT: die middag hebben we overleg met de ondernemingsraad.

Leon Kuiper
""",
    },
    {
        "id": "d102-085-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Rutger Bos <rutger.bos@gemeente-hattem.nl>",
        "body": """
Niet aanwezig. Mijn agenda overlapt met het regionaal directeurenoverleg.

Met vriendelijke groet,
Rutger Bos
""",
    },
    {
        "id": "d102-086-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Nicole Wagemans <n.wagemans@gemeente-asten.nl>",
        "body": """
Ik heb die donderdag alleen de ochtend vrij. Het atelier is 's middags, dus dit keer lukt het niet.

Nicole
""",
    },
    {
        "id": "d102-087-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Karin Peters <directiesecretariaat@sed-organisatie.nl>",
        "body": """
Goedemorgen,

Mevrouw De Graaf is op 11 maart verhinderd. In haar plaats komt haar adjunct, Tom Hermans
(t.hermans@sed-organisatie.nl).

Met vriendelijke groet,
Karin Peters
Directiesecretariaat SED-organisatie
""",
    },
    {
        "id": "d102-088-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "sender": "Margriet Dekkers <m.dekkers@gemeente-vught.nl>",
        "body": """
Ik had me aangemeld, maar er is een crisisoverleg ingepland op dat tijdstip. Mijn plek mag naar iemand op de
wachtlijst.

Margriet Dekkers
""",
    },
    {
        "id": "d102-089-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "sender": "Peter van Rooij <p.vanrooij@gemeente-meierijstad.nl>",
        "body": """
Beste secretariaat,

Anja wees mij er net op dat het atelier samenvalt met de AB-vergadering van de GGD. Ik kan dus niet komen,
helaas.

Peter van Rooij
""",
    },
    {
        "id": "d102-090-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Lieke Janssen <l.janssen@gemeente-horstaandemaas.nl>",
        "body": """
Deze keer niet. In het najaar hoop ik er weer bij te zijn.

Lieke Janssen
""",
    },
    {
        "id": "d102-091-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Gerben de Haan <g.dehaan@gemeente-opsterland.nl>",
        "body": """
Ik moet voor 11 maart afzeggen, en het najaarsatelier ga ik ook missen: vanaf september heb ik een half jaar
sabbatical.

Gerben
""",
    },
    {
        "id": "d102-092-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Dorien Verhoef <d.verhoef@gemeente-zaltbommel.nl>",
        "body": """
Beste Melanie,

Naar Utrecht komen lukt niet, maar ik zou graag via Teams meedoen. Kan dat bij een interactieve sessie, en
telt dat dan ook als aanmelding?

Groet,
Dorien Verhoef
""",
    },
    {
        "id": "d102-093-other",
        "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Mathijs Prinsen <m.prinsen@gemeente-maasdriel.nl>",
        "body": """
Kan ik mijn aanmelding omzetten naar online deelname? De reis naar Utrecht past die dag niet meer in mijn
planning.

Mathijs Prinsen
""",
    },
    {
        "id": "d102-094-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Heleen Bouwman <h.bouwman@werkorganisatie-hw.nl>",
        "body": """
Ja, maar op voorwaarde dat mijn vervanger mijn plaats mag innemen als ik op het laatste moment moet afhaken.
Kan dat?

Heleen Bouwman
""",
    },
    {
        "id": "d102-095-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Evert Knol <e.knol@gemeente-midden-groningen.nl>",
        "body": """
Ik kom. Kunt u mij vooraf de deelnemerslijst sturen? Ik wil graag weten welke collega's er zijn.

Evert Knol
""",
    },
    {
        "id": "d102-096-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Nienke Roelofs <n.roelofs@gemeente-buren.nl>",
        "body": """
Ja graag! Krijgen deelnemers een bewijs van deelname? Dat heb ik nodig voor mijn opleidingsbudget.

Nienke Roelofs
""",
    },
    {
        "id": "d102-097-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Wilco Dam <w.dam@gemeente-culemborg.nl>",
        "body": """
Waarschijnlijk niet, maar dat hangt af van de raadsagenda voor maart, en die ligt nog niet vast.

Wilco Dam
""",
    },
    {
        "id": "d102-098-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ilse Kranenburg <i.kranenburg@gemeente-woerden.nl>",
        "body": """
Beste Stan,

Ik weet het nog niet. Mag ik ook na 2 maart nog reageren, of is de lijst dan gesloten?

Ilse
""",
    },
    {
        "id": "d102-099-other",
        "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Thijs Oomen <t.oomen@gemeente-altena.nl>",
        "body": """
Is het Stadskantoor op loopafstand van Utrecht Centraal? En welke ingang moet ik nemen?

Thijs

Sent from my iPhone
""",
    },
    {
        "id": "d102-100-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Corine Zwart <c.zwart@gemeente-woudenberg.nl>",
        "body": """
Ik ben pas om half vier vrij. Is het bezwaar als ik halverwege instroom, of verstoort dat het programma te veel?

Corine Zwart
""",
    },
    {
        "id": "d102-101-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Arno Bijl <a.bijl@gemeente-rhenen.nl>",
        "body": """
Goedemiddag,

Mag in mijn plaats onze programmamanager regionale samenwerking komen? Zij is geen directeur, maar het thema
ligt precies op haar terrein.

Arno Bijl
""",
    },
    {
        "id": "d102-102-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Sylvia Klomp <s.klomp@gemeente-veenendaal.nl>",
        "body": """
Ik kom graag op 11 april!

Sylvia Klomp
""",
    },
    {
        "id": "d102-103-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Joris Verbeek <j.verbeek@gemeente-oisterwijk.nl>",
        "body": """
Zet u mij maar op de lijst voor woensdag de tiende. Tot dan.

Joris
""",
    },
    {
        "id": "d102-104-other",
        "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Margot Heijnen <m.heijnen@gemeente-roerdalen.nl>",
        "body": """
Moet ik mij bij de receptie melden met een legitimatiebewijs, of staan mijn gegevens al op een lijst?

Margot Heijnen
""",
    },
    {
        "id": "d102-105-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Ferdinand Wouters <f.wouters@gemeente-sittard-geleen.nl>",
        "body": """
Komt er ook iemand van BZK spreken? In dat geval meld ik mij aan en neem ik mijn strateeg mee.

Ferdinand Wouters
""",
    },
    {
        "id": "d102-106-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Annelies Dijkhuis <annelies.dijkhuis@gmail.com>",
        "body": """
Ik doe mijn best om erbij te zijn, maar beloven kan ik niets.

Annelies Dijkhuis
directeur Werkorganisatie Duivenvoorde
""",
    },
    {
        "id": "d102-107-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Ramon Sprenger <r.sprenger@gemeente-veere.nl>",
        "body": """
Misschien. Uiterlijk vrijdag laat ik weten of het lukt.

Ramon
""",
    },
    {
        "id": "d102-108-other",
        "kind": "other",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Carolien Tromp <c.tromp@gemeente-schouwen-duiveland.nl>",
        "body": """
Beste Melanie,

Mijn collega van Noord-Beveland heeft wel een plaats maar kan niet. Kan ik mijn plek op de wachtlijst met de
zijne ruilen?

Groet,
Carolien Tromp
""",
    },
    {
        "id": "d102-109-other",
        "kind": "other",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "outlook-lijn",
        "sender": "Hendrik Kooistra <h.kooistra@gemeente-harlingen.nl>",
        "body": """
Ik had al een treinkaartje gekocht. Worden die kosten vergoed?

Hendrik Kooistra
""",
    },
    {
        "id": "d102-110-other",
        "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Yara Bakkum <y.bakkum@gemeente-langedijk.nl>",
        "body": """
De elfde kon ik, maar van de achttiende weet ik het nog niet. Ik kijk even in mijn agenda en laat het u weten.

Yara
""",
    },
    {
        "id": "d102-111-other",
        "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Dirk Weijers <d.weijers@gemeente-heiloo.nl>",
        "body": """
Ik was er helaas niet bij. Is er een opname van de middag die ik kan terugkijken?

Dirk Weijers
""",
    },
    {
        "id": "d102-112-other",
        "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Evelien Brink <e.brink@gemeente-ermelo.nl>",
        "body": """
Is dit hetzelfde atelier waarvoor ik mij in december al heb opgegeven? Dan hoeft u niets te doen; anders hoor
ik het graag.

Evelien Brink
""",
    },
    {
        "id": "d102-113-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Tom Geurts <t.geurts@gemeente-landerd.nl>",
        "body": """
Laat, ik weet het, de termijn is verstreken. Maar ik kom nog graag.

Tom Geurts
""",
    },
    {
        "id": "d102-114-rsvp",
        "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Marleen Hoefnagels <m.hoefnagels@gemeente-haaren.nl>",
        "body": """
Oei, ik had het een week later in mijn agenda gezet. Op 11 maart kan ik niet, dan zit ik in Maastricht.

Marleen Hoefnagels
""",
    },
    {
        "id": "d102-115-rsvp",
        "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Willem Scholten <w.scholten@gemeente-nijkerk.nl>",
        "body": """
Ja, ik kom, met 1 gast: de collega die mij over een jaar waarschijnlijk opvolgt en alvast wil meekijken.

Willem Scholten
""",
    },
]
