"""Held-out set 18: a realistic autumn month in the mailbox info@ambtelijkefusie.nl (ids "h18-...").

About a hundred messages in the mix a real inbox gets: 18 RSVPs, 18 topic suggestions, 14 sign-ups, 12 leaves (four
with an AVG erasure, two hand-overs), 8 confirmations, 8 machine answers and 23 mails for the secretariat. Written by
many different people (directors, management assistants, municipal staff, an outside researcher, a supplier), short
and long, formal and informal, some in English, some with typos, some with two things in one mail; replies in every
quote style (and answers written inline between our quoted lines), and many new mails without a thread. Written
independently of the classifier and of the other sets; never used to tune anything, only to measure.

Conventions this set relies on (the secretariat's view):
- A colleague who writes from their own address that they want to join: `subscribe`. Signing up someone else, or
  several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- `themes` holds the themes of what the writer proposes (all topics in the mail), not of words used in passing.
- Out-of-office mails, bounces and ticket-system receipts are `autoreply`, also when they say that someone left.
- `thread` is None for new mails, forwards, and clients that dropped the reply headers; inline answers carry our
  quoted lines in `body` and have no `quoted`.
"""

from __future__ import annotations

from typing import Any

UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEVESTIG = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rsvp
    {
        "id": "h18-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jeroen Dijkhuizen <j.dijkhuizen@werkorganisatie-maasoever.nl>",
        "body": """
Ja, ik kom.

Met vriendelijke groet,

Jeroen Dijkhuizen
Algemeen directeur
Werkorganisatie Maasoever
""",
    },
    {
        "id": "h18-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Annemiek Zwart <a.zwart@dekempenstroom.nl>",
        "subject": "Re: " + UITNODIGING,
        "body": """
Beste Stan en Melanie,

Dank voor de uitnodiging. Helaas kan ik er op 11 maart niet bij zijn: die middag vergadert het
algemeen bestuur van onze GR en dat kan ik niet verzetten. Hopelijk lukt het de volgende keer wel.

Hartelijke groet,
Annemiek Zwart
""",
    },
    {
        "id": "h18-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Wilma Jonkman <w.jonkman@bvo-heuvelland.nl>",
        "subject": "Re: " + UITNODIGING,
        "body": """
Ik kom graag, samen met onze concerncontroller Ruud Verhagen. Dus met z'n tweeën.

Groet, Wilma

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h18-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Paul Hendrickx <paul.hendrickx@amstelrand-samen.nl>",
        "body": """
Dear Stan and Melanie,

Thank you for the kind invitation. I will gladly attend the atelier on 11 March.

Kind regards,

Paul Hendrickx
Interim Director | Werkorganisatie Amstelrand
""",
    },
    {
        "id": "h18-rsvp-05", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Frank Ottens <f.ottens@gemeente-zuidwaarde.nl>",
        "body": """
helaas, ik kan niet. Er is die middag een extra raadsvergadering over de begroting ingelast.
Geef mijn plek maar aan iemand op de wachtlijst.

Gr. Frank Ottens
""",
    },
    {
        "id": "h18-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "groupwise",
        "sender": "Mirjam Kok <m.kok@servicecentrum-zoomland.nl>",
        "body": """
Beste mensen, halen jullie mij maar van de wachtlijst? Ik kan op 11 maart toch niet. Succes met de organisatie!
Mirjam Kok
Directeur Bedrijfsvoering
Servicecentrum Zoomland
""",
    },
    {
        "id": "h18-rsvp-07", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "notes",
        "sender": "H.J. Leemreize <h.leemreize@twentse-poort.nl>",
        "body": """
Geachte heer Van de Laar, mevrouw Huurneman,

Op de nieuwe datum, 18 maart, ben ik helaas met vakantie. Ik moet mij daarom voor dit atelier afmelden.
Uiteraard blijf ik graag op de hoogte van de volgende bijeenkomsten.

Met vriendelijke groet,

drs. H.J. (Hans) Leemreize
Gemeentesecretaris / algemeen directeur
""",
    },
    {
        "id": "h18-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "apple",
        "sender": "Sander Wijnberg <sander.wijnberg@wo-de-bevelanden.nl>",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
18 maart past mij ook prima, ik blijf erbij. Tot dan!
Sander
""",
    },
    {
        "id": "h18-rsvp-09", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marloes Verbeek <m.verbeek@werkorganisatie-ijsselvliet.nl>",
        "body": """
Beste Melanie,

Dirk had al gevraagd of ik wilde gaan, dus ik kom graag in zijn plaats. Mijn gast is mijn collega
Fatima el Amrani, teammanager Publiekszaken.

Groeten,
Marloes Verbeek
Adjunct-directeur
""",
    },
    {
        "id": "h18-rsvp-10", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Gerrit Wolters <gerrit.wolters@hunzedal.nl>",
        "subject": "Re: " + OPROEP,
        "body": """
Ik heb op dit moment geen onderwerpen die bovenaan staan, maar ik ben er in maart zeker bij.

Met groet,
Gerrit Wolters
""",
    },
    {
        "id": "h18-rsvp-11", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Karin de Boer <k.deboer@werkorganisatie-rivierenhoek.nl>",
        "body": """
Goedemiddag,

Zelf ben ik verhinderd, maar mijn collega Joost Mulder, directeur Sociaal Domein, gaat in mijn plaats.
Zijn adres is j.mulder@werkorganisatie-rivierenhoek.nl.

Met vriendelijke groet,
Karin de Boer
algemeen directeur Werkorganisatie Rivierenhoek
""",
    },
    {
        "id": "h18-rsvp-12", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Bas Timmer <b.timmer@gr-polderland.nl>",
        "body": """
Vorige week heb ik afgezegd, maar het overleg dat ik die middag had is naar april verschoven.
Ik kom dus toch!

Met vriendelijke groet,
Bas Timmer
""",
    },
    {
        "id": "h18-rsvp-13", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quote": "none",
        "sender": "Ineke Schouten <i.schouten@samenwerkingsorganisatie-wadden.nl>",
        "subject": "RE: " + UITNODIGING,
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Alleen.

> Graag uw antwoord vóór 2 maart 2027.

Bij deze dus ruim op tijd.

Ineke
""",
    },
    {
        "id": "h18-rsvp-14", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Rob Kuijpers <r.kuijpers@werkorganisatie-peelrand.nl>",
        "subject": "RE: FW: " + UITNODIGING,
        "body": """
Beste secretariaat,

Via mijn managementassistent kreeg ik uw uitnodiging door. Ik ben er op 11 maart bij.

Groet,
Rob Kuijpers
""",
    },
    {
        "id": "h18-rsvp-15", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Sylvia Brand <s.brand@gemeente-lindenburg.nl>",
        "body": """
Geachte heer, mevrouw,

Namens de heer Van Wijk laat ik u weten dat hij helaas niet bij het atelier aanwezig kan zijn.
Hij heeft die middag een regionaal bestuurlijk overleg.

Met vriendelijke groet,

Sylvia Brand
Managementondersteuning directie
Gemeente Lindenburg
""",
    },
    {
        "id": "h18-rsvp-16", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Henk Scholtens <h.scholtens@wo-drentsche-aa.nl>",
        "body": """
ja ik kom , gr henk

Outlook voor iOS downloaden<https://aka.ms/o0ukef>
""",
    },
    {
        "id": "h18-rsvp-17", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Noor Bakkali <noor.bakkali@deltaregio-services.nl>",
        "subject": "Re: " + HERINNERING,
        "body": """
Hi both,

Unfortunately something came up and I can't make it on Thursday after all. Please give my seat to someone
on the waiting list.

Best,
Noor
""",
    },
    {
        "id": "h18-rsvp-18", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Pieter-Jan Roozendaal <pj.roozendaal@a2-werkorganisatie.nl>",
        "body": """
Ik ben erbij, al moet ik helaas om half vijf weg voor een afspraak met de burgemeester.

Met vriendelijke groet,
ir. Pieter-Jan Roozendaal
""",
    },
    # ------------------------------------------------------------ suggestion
    {
        "id": "h18-sugg-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Linda Vermeulen <l.vermeulen@werkorganisatie-oostgaarde.nl>",
        "body": """
Beste Stan en Melanie,

Mijn suggestie voor maart:
- Hoe houden we goede mensen vast nu grotere gemeenten en het Rijk ons talent wegkapen? Vooral bij ICT
  en ruimtelijke ordening krijgen we vacatures nauwelijks nog vervuld.

Met vriendelijke groet,
Linda Vermeulen
Directeur Werkorganisatie Oostgaarde
""",
    },
    {
        "id": "h18-sugg-02", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Erik Mulderij <e.mulderij@bvo-vlietlanden.nl>",
        "subject": "Re: " + OPROEP,
        "body": """
Een onderwerp dat bij ons speelt: een van onze drie gemeenten overweegt uit de samenwerking te stappen.
Hoe voer je dat gesprek, en hoe houd je de andere twee aan boord? Ik ben benieuwd of collega's dit herkennen.

Groet,
Erik Mulderij
""",
    },
    {
        "id": "h18-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Yvonne Terpstra <y.terpstra@noardeast-gemeenten.nl>",
        "body": """
Graag agenderen: één klantcontactcentrum voor de inwoners van alle deelnemende gemeenten, en hoe je
meet of inwoners daar ook echt beter van worden.

Mvg,
Yvonne Terpstra
""",
    },
    {
        "id": "h18-sugg-04", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Arjen Kloosterman <a.kloosterman@werkorganisatie-zeeduinen.nl>",
        "subject": "Re: " + OPROEP,
        "body": """
Na de raadsverkiezingen liggen er weer nieuwe bestuurlijke prioriteiten. Hoe bouw je daar een meerjarige
visie op de organisatie omheen, zonder elke vier jaar opnieuw te beginnen? Dat lijkt me een mooi gesprek.

Arjen

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h18-sugg-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Martijn de Graaf <m.degraaf@servicepunt-kromme-rijn.nl>",
        "body": """
Hello,

A suggestion for the March session: how are other shared service organisations using generative AI in their
work processes, and what rules have they set for its use?

Regards,
Martijn de Graaf
CIO / Director Operations
""",
    },
    {
        "id": "h18-sugg-06", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Jacqueline Roelofs <j.roelofs@gemeenten-berkelland-oost.nl>",
        "body": """
Goedemorgen,

In maart kom ik zeker. Als onderwerp zou ik graag de bezuinigingstaakstelling bespreken die onze gemeenten
voor 2027 bij de werkorganisatie neerleggen: hoe vind je nog ruimte in je begroting en formatie zonder dat
je de dienstverlening uitholt?

Met vriendelijke groet,

Jacqueline Roelofs
""",
    },
    {
        "id": "h18-sugg-07", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Thea Bouwman <t.bouwman@werkorganisatie-vallei-oost.nl>",
        "body": """
Dank voor de inspirerende middag en het snelle verslag!

Voor de volgende keer zou ik het graag hebben over onze plek in de regio: hoe positioneer je je als
fusieorganisatie naast de grote centrumgemeente en alle regionale samenwerkingsverbanden?

Hartelijke groet,
Thea Bouwman
""",
    },
    {
        "id": "h18-sugg-08", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "groupwise",
        "sender": "Bert Hazelaar <b.hazelaar@dienst-lingegouw.nl>",
        "body": """
Nog een aanvulling op mijn eerdere suggestie: digitale inclusie. Hoe zorgen we dat ouderen en laaggeletterden
onze online dienstverlening echt kunnen gebruiken?
Groet, Bert Hazelaar
""",
    },
    {
        "id": "h18-sugg-09", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Cor Adriaanse <c.adriaanse@werkorganisatie-schouwen-tholen.nl>",
        "body": """
Dank voor het warme welkom.

U vraagt naar onderwerpen: ik zit midden in een herijking van ons sturingsconcept, van integraal management
naar meer zelforganiserende teams. Daar zou ik graag ervaringen over uitwisselen met collega's.

Met vriendelijke groet,
Cor Adriaanse
""",
    },
    {
        "id": "h18-sugg-10", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": None,
        "sender": "Monique Hartgers <m.hartgers@uitvoeringsorganisatie-westkust.nl>",
        "subject": "Onderwerp voor het atelier",
        "body": """
Beste secretariaat,

Ik zag de oproep voor thema's pas laat, maar wil toch nog iets aandragen.

Wij lopen steeds vast op de vraag hoe je de kosten van gezamenlijke ICT-investeringen eerlijk over de
deelnemende gemeenten verdeelt, als de ene gemeente veel verder wil digitaliseren dan de andere. Dat raakt
zowel de verhouding tussen de gemeenten als onze eigen I&A-huishouding.

Met vriendelijke groet,

Monique Hartgers
Directeur Uitvoeringsorganisatie Westkust
""",
    },
    {
        "id": "h18-sugg-11", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Ad Verbruggen <a.verbruggen@werkorganisatie-baarle-alphen.nl>",
        "body": """
Twee onderwerpen:
1. De overstap naar een nieuw zaaksysteem en wat dat vraagt van onze werkprocessen
2. Prestaties van de dienstverlening monitoren: welke indicatoren laat je aan inwoners en colleges zien?

Met vriendelijke groet,
A.C.M. Verbruggen
""",
    },
    {
        "id": "h18-sugg-12", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Marco Lensink <marco.lensink@wo-berkel-slinge.nl>",
        "body": """
hoi stan, idee voor maart: hybride werkne, vier jaar na corona. hoe ver zijn jullie leden met hun
huisvestingsbleid en de kantoorbezetting? bij ons staat het gemeentehuis op vrijdag half leeg.
gr marco
""",
    },
    {
        "id": "h18-sugg-13", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quote": "none",
        "sender": "Jolanda Brinkman <j.brinkman@gemeenten-maasland-noord.nl>",
        "subject": "Re: " + OPROEP,
        "body": """
> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?

Hoe je als werkorganisatie één gezicht naar ondernemers laat zien. Elk van onze gemeenten heeft nu nog
een eigen ondernemersloket; wij willen naar één bedrijvenloket met één telefoonnummer.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij deze :)

Jolanda
""",
    },
    {
        "id": "h18-sugg-14", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": None,
        "sender": "E.M. van der Sluis-Brink <e.vandersluis@werkorganisatie-hollands-midden.nl>",
        "subject": "Suggestie thema Leer- en inspireer-atelier",
        "body": """
Geachte heer Van de Laar,

Graag draag ik een thema aan voor een volgend atelier: de langetermijnvisie op onze dienstverlening.
Welke rol willen wij over tien jaar spelen voor inwoners, nu steeds meer contact digitaal verloopt en
gemeenten er telkens taken bij krijgen? Ik denk aan een gesprek over koers en keuzes, niet over uitvoering.

Hoogachtend,

mr. drs. E.M. (Evelien) van der Sluis-Brink
Algemeen directeur
""",
    },
    {
        "id": "h18-sugg-15", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Dennis Oudshoorn <d.oudshoorn@wo-gooi-vecht-oost.nl>",
        "body": """
Dank, helder verslag.

Voor het volgende atelier: hoe kies je als directie de drie of vier grote opgaven (energietransitie, woningbouw,
sociaal domein) die de inhoudelijke agenda van de organisatie de komende jaren bepalen, en wat laat je dan liggen?

Dennis
""",
    },
    {
        "id": "h18-sugg-16", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple",
        "sender": "Femke Dijkstra <f.dijkstra@werkorganisatie-friese-meren-noord.nl>",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": """
Vergeten te noemen: de samenwerking met buurgemeenten buiten onze fusie, bijvoorbeeld bij de regionale
woondeal. Wilt u dat onderwerp ook meenemen?

Femke
""",
    },
    {
        "id": "h18-sugg-17", "kind": "suggestion", "themes": ["organisatie"],
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "sender": "Hans Vos <h.vos@servicecentrum-mergelland.nl>",
        "subject": "RE: FW: " + OPROEP,
        "body": """
Beste secretariaat,

Mijn secretaresse stuurde mij uw oproep door. Mijn onderwerp: informatiebeveiliging en de NIS2-richtlijn.
Hoe hebben collega's dat georganiseerd, en met hoeveel formatie?

Groet,
Hans Vos
""",
    },
    {
        "id": "h18-sugg-18", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Richard Goossens <r.goossens@gemeente-altena-west.nl>",
        "body": """
Goeiemorgen,

Bij mij staat bovenaan: hoe krijgen we de wachttijden bij burgerzaken omlaag? Voor een paspoort of rijbewijs
moeten inwoners nu vijf weken op een afspraak wachten. Benieuwd hoe anderen dat oplossen. (En ik kom ook graag,
als de agenda het toelaat.)

Richard
""",
    },
    # ------------------------------------------------------------- subscribe
    {
        "id": "h18-sub-01", "kind": "subscribe", "thread": None,
        "sender": "Maarten Hoekstra <m.hoekstra@duinstreek-noord.nl>",
        "subject": "Aanmelding netwerk",
        "body": """
Geachte heer, mevrouw,

Per 1 oktober ben ik gestart als algemeen directeur van de Werkorganisatie Duinstreek-Noord. Graag meld ik
mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

drs. Maarten Hoekstra
""",
    },
    {
        "id": "h18-sub-02", "kind": "subscribe", "thread": None,
        "sender": "Ellen Bakker <e.bakker@servicecentrum-dewaarden.nl>",
        "subject": "aanmelden",
        "body": """
Graag aanmelden.

Groet, Ellen Bakker
directeur Bedrijfsvoering Servicecentrum De Waarden
""",
    },
    {
        "id": "h18-sub-03", "kind": "subscribe", "thread": None,
        "sender": "Sarah O'Connell <s.oconnell@kempenland-shared.nl>",
        "subject": "Joining the network",
        "body": """
Dear secretariat,

A colleague told me about your network. I recently joined the Kempenland shared services organisation as
managing director and would very much like to become a member. My Dutch is still a work in progress, so
the occasional English message is very welcome!

Best regards,
Dr Sarah O'Connell
""",
    },
    {
        "id": "h18-sub-04", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Henriëtte Smeets <h.smeets@werkorganisatie-heuvelrug-zuid.nl>",
        "body": """
lid blijven

Ik had per ongeluk in een oude mail op afmelden gereageerd. Excuses voor de verwarring!

Henriëtte Smeets
""",
    },
    {
        "id": "h18-sub-05", "kind": "subscribe", "thread": None,
        "sender": "Mieke Jansen <mieke.jansen@bwl-werkorganisatie.nl>",
        "subject": "lid worden",
        "body": """
Hoi,

Ik hoorde van Ad Verbruggen dat jullie een netwerk hebben voor directeuren van fusieorganisaties. Daar wil ik
graag bij! Ik ben sinds de zomer directuer van de BWL-werkorganisatie.

groetjes, Mieke
""",
    },
    {
        "id": "h18-sub-06", "kind": "subscribe", "thread": None,
        "sender": "Wouter Brouwer <w.brouwer@werkorganisatie-lekstroom.nl>",
        "subject": "Opnieuw aanmelden",
        "body": """
Goedemiddag,

Twee jaar geleden heb ik mij afgemeld, omdat ik bij de provincie ging werken. Inmiddels ben ik terug in het
gemeentelijk domein, als directeur van de Werkorganisatie Lekstroom, en ik meld mij dus graag opnieuw aan.

Met vriendelijke groet,
Wouter Brouwer
""",
    },
    {
        "id": "h18-sub-07", "kind": "subscribe",
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Ilse Koopmans <i.koopmans@vechtdal-west.nl>",
        "subject": "RE: FW: " + UITNODIGING,
        "body": """
Beste secretariaat,

Deze uitnodiging kreeg ik doorgestuurd. Ik ben zelf nog geen lid, maar zou dat graag worden. Wilt u mij
aanmelden?

Met vriendelijke groet,
Ilse Koopmans
directeur Werkorganisatie Vechtdal-West
""",
    },
    {
        "id": "h18-sub-08", "kind": "subscribe", "thread": None,
        "sender": "Carla Verhoef <carla.verhoef@gmail.com>",
        "subject": "Aanmelding",
        "body": """
Beste Stan en Melanie,

Graag word ik lid van jullie netwerk. Per 1 november ben ik directeur van de ambtelijke organisatie van
Oude IJssel en Bergh. Mijn werkadres is er nog niet, dus ik mail vanaf mijn privéadres; dit adres is prima
voor jullie berichten.

Hartelijke groet,
Carla Verhoef
""",
    },
    {
        "id": "h18-sub-09", "kind": "subscribe",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-en",
        "sender": "Laura Pronk <l.pronk@werkorganisatie-ommelanden.nl>",
        "body": """
Dank voor de uitnodiging namens Dirk Smit. Ik ben zelf ook directeur binnen onze organisatie (Ruimte) en zou
graag zelf lid worden van het netwerk.

Groet,
Laura Pronk
""",
    },
    {
        "id": "h18-sub-10", "kind": "subscribe", "thread": None,
        "sender": "Tom Veldkamp <t.veldkamp@achterhoek-oost-samen.nl>",
        "subject": "Sign me up",
        "body": """
Please add me to the network.

Tom Veldkamp
Director, Achterhoek-Oost Samen
""",
    },
    {
        "id": "h18-sub-11", "kind": "subscribe", "thread": None,
        "sender": "Gijs van Rossum <g.vanrossum@werkorganisatie-de-ronde-venen-noord.nl>",
        "subject": "Aanmelding Netwerk van directeuren",
        "body": """
Geachte mevrouw Huurneman,

Tijdens het congres van de Vereniging van Gemeentesecretarissen spraken wij kort over het netwerk. Uw
enthousiasme werkte aanstekelijk: als directeur van een werkorganisatie voor twee gemeenten herken ik veel van
de vraagstukken die u noemde. Hierbij meld ik mij dan ook graag aan.

Met vriendelijke groet,

Gijs van Rossum
Algemeen directeur

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
vriendelijk verzocht dit aan de afzender te melden. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "h18-sub-12", "kind": "subscribe", "thread": None,
        "sender": "Jan-Willem Oosting <jw.oosting@bvo-eemsdelta.nl>",
        "subject": "netwerk",
        "body": """
Goedendag, graag wil ik me aanmleden voor het netwerk van directeuren. Mvg Jan-Willem Oosting, BVO Eemsdelta
""",
    },
    {
        "id": "h18-sub-13", "kind": "subscribe", "thread": None,
        "sender": "Esther Claassen <e.claassen@dienstverleningsorganisatie-rijnwaarden.nl>",
        "subject": "Lidmaatschap",
        "body": """
Beste secretariaat,

In maart was ik als gast van mijn voorganger bij het atelier in Utrecht. Nu ik zijn functie heb overgenomen,
word ik graag zelf lid.

Vriendelijke groet,
Esther Claassen
""",
    },
    {
        "id": "h18-sub-14", "kind": "subscribe", "thread": None,
        "sender": "Ronald Pel <r.pel@werkorganisatie-hoeksewaard.nl>",
        "subject": "Aanmelden netwerk directeuren",
        "body": """

Met vriendelijke groet,

Ronald Pel
Directeur Werkorganisatie Hoeksewaard
T 0186 - 57 12 00
""",
    },
    # ----------------------------------------------------------- unsubscribe
    {
        "id": "h18-unsub-01", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Wim Kruithof <w.kruithof@gemeente-lindenburg.nl>",
        "body": """
Graag afmelden voor het netwerk.

W. Kruithof
""",
    },
    {
        "id": "h18-unsub-02", "kind": "unsubscribe", "thread": None,
        "sender": "Gert-Jan Hofman <gj.hofman@werkorganisatie-salland-zuid.nl>",
        "subject": "Afmelding i.v.m. pensioen",
        "body": """
Beste Stan en Melanie,

Per 1 december ga ik met pensioen, dus u kunt mij uitschrijven uit het netwerk. Mijn opvolger is nog niet
bekend.

Dank voor al die mooie ateliers!

Hartelijke groet,
Gert-Jan Hofman
""",
    },
    {
        "id": "h18-unsub-03", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "mr. A. Prins <a.prins@gemeenten-utrechtse-waarden.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
persoonsgegevens uit uw administratie te verwijderen en mij niet langer te benaderen.

Met vriendelijke groet,

mr. A. Prins
""",
    },
    {
        "id": "h18-unsub-04", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Lars Nijhuis <lars.nijhuis@outlook.com>",
        "subject": "Unsubscribe + delete my data",
        "body": """
Hi,

Please take me off your mailing list and delete whatever personal data you hold on me (GDPR, right to
erasure). I left local government in September.

Thanks,
Lars
""",
    },
    {
        "id": "h18-unsub-05", "kind": "unsubscribe", "erase": True,
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Petra Gorter <p.gorter@werkorganisatie-stichtse-rijn.nl>",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """
Dank voor de bevestiging. Nog één verzoek: wilt u ook al mijn gegevens uit uw bestanden wissen?

Petra Gorter
""",
    },
    {
        "id": "h18-unsub-06", "kind": "unsubscribe", "thread": None,
        "sender": "Rik Hermsen <r.hermsen@wo-lingewaard-oost.nl>",
        "subject": "Opvolging lidmaatschap",
        "body": """
Beste Melanie,

Ik vertrek per 1 november naar de provincie Gelderland. Mijn opvolger als algemeen directeur van de
Werkorganisatie Lingewaard-Oost is Ellen Bosch (e.bosch@wo-lingewaard-oost.nl). Wil je haar in mijn plaats
opnemen in het netwerk? Mij kun je uitschrijven.

Bedankt voor alles!
Rik
""",
    },
    {
        "id": "h18-unsub-07", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Ton Heijmans <t.heijmans@servicecentrum-baronie.nl>",
        "body": """
Geacht secretariaat,

Ik ben niet meer de juiste persoon. Sinds deze maand is Peter Smulders directeur van ons servicecentrum;
stuurt u de uitnodiging en verdere berichten voortaan naar hem: p.smulders@servicecentrum-baronie.nl.
Mijzelf graag afmelden.

Met vriendelijke groet,
T. Heijmans
""",
    },
    {
        "id": "h18-unsub-08", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "J. Verschoor <j.verschoor@gemeente-nieuwkoop-oost.nl>",
        "body": """
Ik heb mij niet aangemeld voor dit netwerk. Graag geen berichten meer.

J. Verschoor
""",
    },
    {
        "id": "h18-unsub-09", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Sanne Rietveld <s.rietveld@werkorganisatie-alblasserwaard.nl>",
        "subject": "Re: " + UITNODIGING,
        "body": """
Ik kom niet, en wil ook graag van de lijst af: per 1 januari begin ik aan een baan buiten de gemeentelijke
wereld.

Vriendelijke groet,
Sanne
""",
    },
    {
        "id": "h18-unsub-10", "kind": "unsubscribe", "thread": None,
        "sender": "R. de Wit <r.dewit@gemeente-westervoort-zuid.nl>",
        "subject": "uitschrijven",
        "body": """
goedemiddag, wil me graag uitschrijven van jullie maillijst. mvg R. de Wit
""",
    },
    {
        "id": "h18-unsub-11", "kind": "unsubscribe", "erase": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "sender": "Dieuwke Postma <d.postma@gemeenten-sudwest-noard.nl>",
        "body": """
Uitschrijven en al mijn gegevens wissen a.u.b. Ik zit niet meer in deze functie.
D. Postma
""",
    },
    {
        "id": "h18-unsub-12", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Koen Steenbergen <k.steenbergen@werkorganisatie-midden-delfland.nl>",
        "body": """
Toch maar niet: mijn collega-directeur blijkt al lid te zijn, en we hoeven niet allebei alles te ontvangen.
Haalt u mij er weer af?

Koen Steenbergen
""",
    },
    # --------------------------------------------------------------- confirm
    {
        "id": "h18-conf-01", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "",
    },
    {
        "id": "h18-conf-02", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Niels Faber <n.faber@werkorganisatie-dongeradeel.nl>",
        "subject": "Re: " + BEVESTIG,
        "body": "Bevestigd.\n",
    },
    {
        "id": "h18-conf-03", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Anouk Meijer <anouk.meijer@dvo-maasduinen.nl>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
Ja, graag!

Anouk
""",
    },
    {
        "id": "h18-conf-04", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Victor Aalders <v.aalders@werkorganisatie-lopik-ijssel.nl>",
        "body": """
Confirmed, thank you.

Victor Aalders
""",
    },
    {
        "id": "h18-conf-05", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "A.M. Stoffels <am.stoffels@servicecentrum-peel-en-maas.nl>",
        "body": """
Met vriendelijke groet,

A.M. Stoffels
Directeur
""",
    },
    {
        "id": "h18-conf-06", "kind": "confirm",
        "thread": None, "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Bram Vissers <bram.vissers@gr-beemster-purmer.nl>",
        "subject": "Re: " + BEVESTIG,
        "body": """
Hierbij bevestig ik mijn aanmelding.

Bram Vissers
""",
    },
    {
        "id": "h18-conf-07", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Hilde van Dongen <h.vandongen@werkorganisatie-bommelerwaard.nl>",
        "body": """
Klopt, mijn secretariaat heeft mij aangemeld. Akkoord.

H. van Dongen
""",
    },
    {
        "id": "h18-conf-08", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Fleur Willemsen <f.willemsen@gemeenten-land-van-cuijk-noord.nl>",
        "body": """
Dank u, ik bevestig hierbij graag mijn lidmaatschap. Ik kijk uit naar het eerste atelier.
Fleur Willemsen
""",
    },
    # ------------------------------------------------------------- autoreply
    {
        "id": "h18-auto-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Jeroen Dijkhuizen <j.dijkhuizen@werkorganisatie-maasoever.nl>",
        "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Tot en met vrijdag 25 oktober ben ik afwezig in verband met de herfstvakantie. Uw e-mail wordt niet
doorgestuurd. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0412 - 63 20 00.

Met vriendelijke groet,
Jeroen Dijkhuizen
""",
    },
    {
        "id": "h18-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Martijn de Graaf <m.degraaf@servicepunt-kromme-rijn.nl>",
        "subject": "Automatic reply: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Thank you for your email. I am out of the office until Monday 4 November with limited access to email.
For urgent matters please contact my office manager, Claudia Reijnders (c.reijnders@servicepunt-kromme-rijn.nl).
""",
    },
    {
        "id": "h18-auto-03", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Yvonne Terpstra <y.terpstra@noardeast-gemeenten.nl>",
        "subject": "Afwezig: " + OPROEP,
        "body": """
Ik volg deze week een leergang en lees mijn mail niet. Vanaf maandag ben ik weer bereikbaar. Met spoed?
Bel dan mijn collega Gerda Bosma via 0511 - 46 12 00.
""",
    },
    {
        "id": "h18-auto-04", "kind": "autoreply", "thread": "reminder",
        "sender": "Marjolein de Jong <m.dejong@gemeente-zuidwaarde.nl>",
        "subject": "Automatisch antwoord: " + HERINNERING,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Dit e-mailadres is niet meer in gebruik. Mevrouw De Jong is niet langer werkzaam bij de gemeente Zuidwaarde.
Uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u terecht bij info@gemeente-zuidwaarde.nl.
""",
    },
    {
        "id": "h18-auto-05", "kind": "autoreply", "thread": None,
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.werkorganisatie-rivierenhoek.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
This is the mail system at host mx2.werkorganisatie-rivierenhoek.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<a.peters@werkorganisatie-rivierenhoek.nl>: host
    mail.werkorganisatie-rivierenhoek.nl[10.20.1.5] said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)
""",
    },
    {
        "id": "h18-auto-06", "kind": "autoreply", "thread": "invitation",
        "sender": "Gemeente Lindenburg <noreply@gemeente-lindenburg.nl>",
        "subject": "Ontvangstbevestiging: " + UITNODIGING,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """
Geachte heer/mevrouw,

Bedankt voor uw e-mail aan de gemeente Lindenburg. Uw bericht is geregistreerd onder zaaknummer
Z-2026-118734. Wij streven ernaar u binnen vijf werkdagen te antwoorden.

Dit is een automatisch verzonden bericht; u kunt hierop niet reageren.
""",
    },
    {
        "id": "h18-auto-07", "kind": "autoreply", "thread": "welcome",
        "sender": "Romy Hassing <r.hassing@werkorganisatie-waterland-oost.nl>",
        "subject": "Afwezigheidsbericht / Out of office",
        "headers": {"Precedence": "auto_reply"},
        "body": """
Tot 1 februari ben ik met zwangerschapsverlof. Uw mail wordt niet gelezen. Voor lopende zaken kunt u
terecht bij Kees Moerman (k.moerman@werkorganisatie-waterland-oost.nl).

I am on maternity leave until 1 February and will not read your message. Please contact Kees Moerman
(k.moerman@werkorganisatie-waterland-oost.nl) instead.
""",
    },
    {
        "id": "h18-auto-08", "kind": "autoreply",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Hanneke Blom <h.blom@dienstverlening-langstraat.nl>",
        "subject": "Afwezig: RE: " + UITNODIGING,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben afwezig tot en met 8 november. Uw bericht lees ik na mijn terugkomst.

Hanneke Blom
""",
    },
    # ----------------------------------------------------------------- other
    {
        "id": "h18-other-01", "kind": "other", "thread": None,
        "sender": "Joris Dekker <j.dekker@bvo-kromme-rijn.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Beste secretariaat,

Per 1 november verandert ons domein van @bvo-kromme-rijn.nl naar @werkorganisatie-kr.nl. Mijn nieuwe adres
wordt dus j.dekker@werkorganisatie-kr.nl. Willen jullie dat in je bestand aanpassen?

Groet,
Joris Dekker
""",
    },
    {
        "id": "h18-other-02", "kind": "subscribe", "thread": None,
        "sender": "Marian Tuinstra <secretariaat.directie@werkorganisatie-noordoostpolder-urk.nl>",
        "subject": "Aanmelding namens directeur",
        "body": """
Goedemorgen,

Graag wil ik mijn directeur, de heer R. Oosterhuis, aanmelden voor het netwerk. Zijn e-mailadres is
r.oosterhuis@werkorganisatie-noordoostpolder-urk.nl.

Met vriendelijke groet,

Marian Tuinstra
Directiesecretaresse
""",
    },
    {
        "id": "h18-other-03", "kind": "other", "thread": None,
        "sender": "Paula Evers <p.evers@werkorganisatie-tielerwaard.nl>",
        "subject": "Aanmelding MT-leden",
        "body": """
Beste Stan,

Ik ben al een paar jaar lid en haal er veel uit. Mijn drie collega-directeuren willen ook graag meedoen; bij
dezen meld ik ze aan:
- Hugo Vermaat, h.vermaat@werkorganisatie-tielerwaard.nl
- Saskia Blom, s.blom@werkorganisatie-tielerwaard.nl
- Kemal Yilmaz, k.yilmaz@werkorganisatie-tielerwaard.nl

Groet,
Paula
""",
    },
    {
        "id": "h18-other-04", "kind": "other", "thread": None,
        "sender": "Tim Boersma <t.boersma@gemeenten-harlingen-franekeradeel.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """
Beste mensen,

Ik ben manager bedrijfsvoering bij een ambtelijke fusieorganisatie, maar geen directeur. Kan ik toch lid
worden van het netwerk, of is het echt alleen voor directeuren bedoeld?

Alvast dank,
Tim Boersma
""",
    },
    {
        "id": "h18-other-05", "kind": "other", "thread": None,
        "sender": "Jasper Kroon <jasper@kroonenpartners-advies.nl>",
        "subject": "Samenwerking: interactieve werkvorm voor uw atelier",
        "body": """
Geachte heer Van de Laar,

Kroon & Partners begeleidt al vijftien jaar ambtelijke fusies en herindelingen. Graag bieden wij aan om
tijdens een van uw volgende ateliers een interactieve werksessie te verzorgen over cultuurverschillen binnen
fusieorganisaties, op basis van onze Cultuurscan®.

Zullen we binnenkort een kop koffie drinken om de mogelijkheden te verkennen?

Met vriendelijke groet,

Jasper Kroon
Partner | Kroon & Partners Advies
06 - 41 22 87 90
""",
    },
    {
        "id": "h18-other-06", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Wendy Hooijer <w.hooijer@werkorganisatie-zaanoever.nl>",
        "body": """
Beste Stan en Melanie,

In de oproep lees ik dat de Adviesraad de suggesties weegt. Ik zou zelf graag zitting nemen in die Adviesraad.
Hoe gaat dat in zijn werk?

Met vriendelijke groet,
Wendy Hooijer
""",
    },
    {
        "id": "h18-other-07", "kind": "other", "thread": None,
        "sender": "Frits Lammers <f.lammers@werkorganisatie-voorne-oost.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """
Geachte heer, mevrouw,

Graag ontvang ik een overzicht van de persoonsgegevens die u over mij hebt vastgelegd, zoals bedoeld in
artikel 15 AVG, met de herkomst van die gegevens.

Met vriendelijke groet,
F. Lammers
""",
    },
    {
        "id": "h18-other-08", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Anita Vos <a.vos@gemeente-westland-zuid.nl>",
        "body": """
Goedemiddag,

Uw mail aan mevrouw Jansen kwam bij mij terecht. Zij is per 1 september uit dienst. Wie haar opvolgt,
weet ik nog niet.

Met vriendelijke groet,
Anita Vos
Secretariaat
""",
    },
    {
        "id": "h18-other-09", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Bart Luijten <b.luijten@werkorganisatie-de-liemers.nl>",
        "body": """
Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres?

B. Luijten
""",
    },
    {
        "id": "h18-other-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Klaas Hoogeveen <k.hoogeveen@westerkwartier-samen.nl>",
        "subject": "Re: " + OPROEP,
        "body": """
Geen inhoudelijk thema, wel een praktisch verzoek: zou het atelier eens in het noorden van het land kunnen
plaatsvinden? Vanuit Groningen is Utrecht op een donderdagmiddag een hele onderneming.

Klaas
""",
    },
    {
        "id": "h18-other-11", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Mariska Veen <m.veen@dvo-altena.nl>",
        "body": """
De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie het verslag als pdf sturen?

Mariska
""",
    },
    {
        "id": "h18-other-12", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Jan Aalbers <j.aalbers@werkorganisatie-wierden-rijssen.nl>",
        "subject": "Re: " + VERVOLG,
        "body": """
Dank voor de fijne middag en de goede gesprekken. Tot de volgende keer!

Jan

Verzonden met mijn iPhone
""",
    },
    {
        "id": "h18-other-13", "kind": "other", "thread": None,
        "sender": "Ingrid Mertens <i.mertens@werkorganisatie-land-van-horne.nl>",
        "subject": "Contact met collega uit de Achterhoek",
        "body": """
Beste Melanie,

Tijdens het atelier noemde een collega uit de Achterhoek een handreiking over het evalueren van ambtelijke
samenwerking. Ik weet helaas haar naam niet meer. Kun jij mij met haar in contact brengen?

Hartelijke groet,
Ingrid Mertens
""",
    },
    {
        "id": "h18-other-14", "kind": "other", "thread": None,
        "sender": "Pim Verkerk <p.verkerk@gemeenten-krimpenerwaard-oost.nl>",
        "subject": "Alles dubbel",
        "body": """
Hallo,

Ik krijg al jullie mails dubbel: op dit adres en op mijn oude adres pim.verkerk@krimpenerwaard-oost.nl.
Kan dat oude adres eruit?

Pim
""",
    },
    {
        "id": "h18-other-15", "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Desiree Kuipers <d.kuipers@werkorganisatie-hof-van-twente-noord.nl>",
        "body": """
Goedemorgen,

Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?

Met vriendelijke groet,
Desiree Kuipers
""",
    },
    {
        "id": "h18-other-16", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Leon Hamstra <leon.hamstra@tytsjerksteradiel-achtkarspelen.nl>",
        "subject": "Re: " + UITNODIGING,
        "body": """
Ik zou graag komen, maar kan pas rond drie uur aanschuiven. Is dat een probleem voor de groepsindeling?
Laat maar weten, dan zet ik het vast.

Leon
""",
    },
    {
        "id": "h18-other-17", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Suzanne Brouwers <s.brouwers@werkorganisatie-montferland-west.nl>",
        "body": """
Ik kom. Is er na afloop nog een borrel? Dan boek ik een latere trein.

Suzanne
""",
    },
    {
        "id": "h18-other-18", "kind": "other", "thread": None,
        "sender": "Katharina Weber <k.weber@uni-muenster.de>",
        "subject": "Research request: inter-municipal shared service organisations",
        "body": """
Dear Mr Van de Laar, dear Ms Huurneman,

I am a PhD researcher at the University of Münster, studying how shared service organisations of several
municipalities are governed in the Netherlands and Germany. Would it be possible to observe one of your
ateliers, or to interview a few of your members? I would of course treat all information confidentially.

Kind regards,
Katharina Weber
Institut für Politikwissenschaft
""",
    },
    {
        "id": "h18-other-19", "kind": "other", "thread": None,
        "sender": "Robert Schipper <r.schipper@werkorganisatie-duiven-zevenaar.nl>",
        "subject": "Kosten deelname?",
        "body": """
Beste secretariaat,

Onze controller vraagt of er kosten verbonden zijn aan deelname aan de ateliers, bijvoorbeeld voor locatie
of catering. Moeten wij daar budget voor reserveren?

Met vriendelijke groet,
Robert Schipper
""",
    },
    {
        "id": "h18-other-20", "kind": "other", "thread": None,
        "sender": "Marjan Oudejans <m.oudejans@werkorganisatie-lansingerland-oost.nl>",
        "subject": "Lidmaatschap na functiewisseling",
        "body": """
Beste Stan,

Per 1 januari word ik interim-directeur bij de provincie Zuid-Holland. Kan ik dan lid blijven van het netwerk,
of moet ik mij afmelden? Ik zou het jammer vinden om de ateliers te missen.

Groet,
Marjan
""",
    },
    {
        "id": "h18-other-21", "kind": "other", "thread": None,
        "sender": "Hans Leemreize <h.leemreize@twentse-poort.nl>",
        "subject": "",
        "body": """
Zie bijlage

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    },
    {
        "id": "h18-other-22", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Roel Mensink <r.mensink@werkorganisatie-dinkelland-tubbergen.nl>",
        "body": """
Hello,

De agenda-bijlage opent niet in Outlook op mijn Mac. Hoe krijg ik het atelier alsnog in mijn agenda?

Roel Mensink
""",
    },
    {
        "id": "h18-other-23", "kind": "subscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-capelle-krimpen.nl>",
        "subject": "Re: " + BEVESTIG,
        "body": """
Dit was ik niet. Wel wil mijn collega Samira Ouali, directeur Bedrijfsvoering, graag lid worden; misschien
heeft zij per ongeluk mijn adres ingevuld. Haar adres is s.ouali@werkorganisatie-capelle-krimpen.nl.

Nadia Bouzid
""",
    },
]
# fmt: on
