"""heldout63: a year of mail from shared civil-service organisations in the Drechtsteden and Zuid-Holland Zuid.

Directors, gemeentesecretarissen-directeur, directeuren bedrijfsvoering and their management assistants of invented
werkorganisaties, GR's and ambtelijke fusies along the Merwede, the Oude Maas, the Alblasserwaard and the Hoeksche
Waard write to info@ambtelijkefusie.nl over one year: sign-ups and their confirmations in January, topics under the
call for themes, answers to the invitation, the reminder, the change and the cancellation, reactions to the follow-up,
departures and hand-overs in the summer, and the automatic mail of their servers. Registers run from stiff and formal
to phone-typed; a few writers write in English. About a third are look-alikes: a decline phrased as "afmelden", a
topic hidden behind a no, an assistant writing for a director, a hand-over that waits until January.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer;
- a topic proposed under any of our mails is a suggestion, also when the writer says whether they come; a proposal on
  the form of the atelier, backing someone else's topic and asking to present are other;
- leaving the network and declining in one mail is unsubscribe; declining the atelier only ("afmelden voor
  donderdag", off the waiting list) or with a substitute is rsvp False;
- a hand-over with the successor's address, or leaving with a successor named without an address, is unsubscribe; a
  hand-over for a later date while staying a member is other; a colleague reporting a departure is other;
- an AVG erasure is unsubscribe with erase, also with a question beside it; a request to see one's data is other;
- signing up one colleague with an address is subscribe, several people is other; "lid blijven" under our goodbye is
  subscribe;
- a plain denial under the confirmation mail, also asking who did it, is unsubscribe; asking where we got the address
  is other; a signature alone or an empty reply under the confirmation is confirm; an assistant confirming from their
  own address, or a confirmation with a real question, is other;
- an assistant answering our invitation is rsvp; an assistant's new mail or forward about the director's attendance
  is other; a condition or a question the secretariat must answer first is other; answering only the side questions
  (guest, diet) is other;
- replies to the follow-up carry the thread followup; auto-replies carry the thread their headers point to, bounces
  none, and neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ January: sign-ups and confirmations
    {
        "id": "h63-001",
        "kind": "subscribe",
        "sender": "Gerrit-Jan Bosschaart <gj.bosschaart@waardenland-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Op de nieuwjaarsbijeenkomst van de regio sprak ik Arjen Reinders, die lyrisch was over jullie
            ateliers. Sinds november ben ik algemeen directeur van Werkorganisatie Waardenland, de ambtelijke
            organisatie van Lekwaard, Noordgiessen en Papendam. Ik meld mij hierbij graag aan als lid.

            Met vriendelijke groet,

            Gerrit-Jan Bosschaart
            Algemeen directeur
            Werkorganisatie Waardenland
            T 078 - 614 22 90
            """
        ),
    },
    {
        "id": "h63-002",
        "kind": "confirm",
        "sender": "Gerrit-Jan Bosschaart <gj.bosschaart@waardenland-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Gerrit-Jan Bosschaart
            Algemeen directeur | Werkorganisatie Waardenland
            Postbus 117, 2960 AC Lekwaard

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder
            het dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "h63-003",
        "kind": "subscribe",
        "sender": "Hannah Verbeke-Lowe <h.verbeke@sodrechtoever.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Hello,

            I started in September as director of operations at Serviceorganisatie Drechtoever, after eight
            years at an intercommunale near Ghent. Several colleagues told me your network is the place to meet
            peers who run merged civil services, so I would like to join.

            My Dutch is perfectly fine for reading, so no need to write to me in English.

            Kind regards,
            Hannah Verbeke-Lowe
            Director of Operations, Serviceorganisatie Drechtoever
            """
        ),
    },
    {
        "id": "h63-004",
        "kind": "confirm",
        "sender": "Hannah Verbeke-Lowe <h.verbeke@sodrechtoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Yes, that was me - consider it confirmed. Looking forward to the first atelier.

            Hannah
            """
        ),
    },
    {
        "id": "h63-005",
        "kind": "other",
        "sender": "Joke Valk <secretariaat.directie@admerwezoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            De heer Ouwehand is deze week met wintersportvakantie en heeft mij gevraagd zijn post bij te houden.
            Bij deze bevestig ik namens hem de aanmelding voor het netwerk.

            Met vriendelijke groet,
            Joke Valk
            Managementondersteuning directie
            Ambtelijke Dienst Merwezoom
            """
        ),
    },
    {
        "id": "h63-006",
        "kind": "unsubscribe",
        "sender": "Ruud Hoogvliet <r.hoogvliet@binnenwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven. Wie heeft mij hier eigenlijk voor aangemeld?
            Stuurt u mij verder niets meer toe.

            R. Hoogvliet
            """
        ),
    },
    {
        "id": "h63-007",
        "kind": "other",
        "sender": "Esther van Gelderen <e.vangelderen@bvo-kijfwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Geachte heer, mevrouw,

            Nu krijg ik zelfs een herinnering. Ik ken uw netwerk niet en heb mij niet aangemeld. Mag ik
            weten hoe u aan dit adres komt? Het staat nergens openbaar vermeld en ik gebruik het alleen
            binnen de BVO.

            Esther van Gelderen
            """
        ),
    },
    {
        "id": "h63-008",
        "kind": "subscribe",
        "sender": "Wim de Ruiter <w.deruiter@bvo-kijfwaard.nl>",
        "quote": "none",
        "subject": "Nieuwe collega voor het netwerk",
        "body": _(
            """
            Hoi Stan en Melanie,

            Per 1 februari krijgen we eindelijk weer een directeur bedrijfsvoering: Said el Khatib, afkomstig
            van de Omgevingsdienst. Ik heb hem al over de ateliers verteld en hij wil graag meedoen. Willen
            jullie hem aanmelden? Zijn adres is s.elkhatib@bvo-kijfwaard.nl.

            Groet,
            Wim
            """
        ),
    },
    {
        "id": "h63-009",
        "kind": "other",
        "sender": "Marloes Kranendonk <m.kranendonk@alblasserzoom.nl>",
        "quote": "none",
        "subject": "Aanmelden directieteam Alblasserzoom",
        "body": _(
            """
            Beste secretariaat,

            Wij hebben sinds de herindeling een directieteam van vier. Omdat de onderwerpen van de ateliers
            ons allemaal raken, zou ik graag naast mijzelf ook Koen Visser, Ayla Demir en Peter-Paul Stam
            aanmelden. Kan dat, en moet ieder zich dan apart opgeven?

            Met hartelijke groet,
            Marloes Kranendonk
            Gemeentesecretaris / algemeen directeur Werkorganisatie Alblasserzoom
            """
        ),
    },
    {
        "id": "h63-010",
        "kind": "subscribe",
        "sender": "Mounir Tahiri <m.tahiri@spuiland.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            Hoi, wil me graag aansluiten bij jullie directeurennetwerk. Ben sinds kort secretaris-directeur bij
            de ambtelijke fusie Spuiland (3 gemeenten, ca 480 fte). Zet me maar op de lijst!

            Mounir

            Verzonden vanaf mijn telefoon, excuus voor de korte tekst
            """
        ),
    },
    {
        "id": "h63-011",
        "kind": "confirm",
        "sender": "Mounir Tahiri <m.tahiri@spuiland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sorry, de eerste mail was in mijn spamfolder verdwenen. Bij dezen alsnog bevestigd!
            """
        ),
    },
    {
        "id": "h63-012",
        "kind": "confirm",
        "sender": "Said el Khatib <s.elkhatib@bvo-kijfwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "",
    },
    {
        "id": "h63-013",
        "kind": "other",
        "sender": "Anneke Brouwer-Tan <a.brouwer@dvo-zhdelta.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Hierbij bevestig ik mijn aanmelding. Eén vraag nog: mijn adjunct-directeur vervangt mij geregeld
            in regionale overleggen. Mag hij ook lid worden, of is het netwerk strikt voorbehouden aan de
            eerste directeur van een fusieorganisatie?

            Met vriendelijke groet,
            Anneke Brouwer-Tan
            Directeur Dienstverleningsorganisatie Zuid-Hollandse Delta
            """
        ),
    },
    {
        "id": "h63-014",
        "kind": "confirm",
        "sender": "Frits van der Giessen <f.vandergiessen@oms-werkorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Klopt, mijn secretariaat heeft dit op mijn verzoek geregeld. Akkoord dus.

            F.J. van der Giessen
            Directeur GR Oude Maas Samenwerking
            """
        ),
    },
    # ------------------------------------------------------------------ January: the call for themes
    {
        "id": "h63-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Corine Leeuwenburgh <c.leeuwenburgh@waardenland-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een onderwerp dat bij ons boven de markt hangt:
            - wat doe je als één van de deelnemende gemeenten hardop overweegt uit te treden, en hoe houd je de
              andere twee dan aan boord?

            Ik hoor graag of collega's dit ook hebben meegemaakt.

            Met vriendelijke groet,
            Corine Leeuwenburgh
            Directeur Werkorganisatie Waardenland
            """
        ),
    },
    {
        "id": "h63-016",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Anneke Brouwer-Tan <a.brouwer@dvo-zhdelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            1. Strategische personeelsplanning: binnen vijf jaar gaat een kwart van onze medewerkers met
               pensioen. Hoe vangen anderen dat op?
            2. Eén digitaal ondernemersloket over de gemeentegrenzen heen, zodat een ondernemer niet meer
               hoeft te weten in welke kern zijn pand ligt.

            Anneke
            """
        ),
    },
    {
        "id": "h63-017",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bart Schippers <b.schippers@admerwezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Op 11 maart zit ik met het college op werkbezoek in Brussel, dus ik moet deze keer helaas
            verstek laten gaan. Toch geef ik graag iets mee: hoe kom je tot een organisatievisie voor 2035
            als de bestuurlijke prioriteiten elke vier jaar opnieuw worden geschud? Wij lopen daar bij elke
            verkiezing weer tegenaan.

            Hartelijke groet,
            Bart Schippers
            """
        ),
    },
    {
        "id": "h63-018",
        "kind": "other",
        "sender": "Dolf Pronk <d.pronk@sodrechtoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag beide,

            Een inhoudelijk onderwerp heb ik niet, wel een wens voor de vorm. Utrecht is vanuit het zuiden van
            de provincie een flinke reis; zou het atelier niet eens bij een van ons in Dordrecht of Gorinchem
            kunnen? En maak er dan een ochtend van met een lunch na afloop, dan hoeven we niet in de spits
            terug.

            Groet, Dolf Pronk
            """
        ),
    },
    {
        "id": "h63-019",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hannah Verbeke-Lowe <h.verbeke@sodrechtoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            One topic from me: how do shared service organisations measure the quality of their service to
            residents in a way that means something to three different councils? We report on dozens of
            indicators and nobody reads them.

            Best,
            Hannah
            """
        ),
    },
    {
        "id": "h63-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mounir Tahiri <m.tahiri@spuiland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Ik loop direct tegen iets aan dat misschien een goed atelieronderwerp is.
            Wij draaien nog steeds op drie verschillende zaaksystemen, overgebleven uit de tijd vóór de fusie.
            Hoe hebben anderen hun I&A-landschap geharmoniseerd, en hoe lang heeft dat geduurd?

            Mounir
            """
        ),
    },
    {
        "id": "h63-021",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Frits van der Giessen <f.vandergiessen@oms-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Graag agendeer ik de kostenverdeelsleutel. Hoe verdeel je de kosten van de werkorganisatie
            eerlijk als de ene deelnemer veel meer maatwerk afneemt dan de andere, zonder dat het
            onderlinge vertrouwen eronder lijdt? Bij ons ligt de verdeelsleutel elk jaar bij de
            begrotingsbehandeling weer op tafel.

            Hoogachtend,
            F.J. van der Giessen
            """
        ),
    },
    {
        "id": "h63-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wim de Ruiter <w.deruiter@bvo-kijfwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp: inhuur. We zitten bij de BVO op 22 procent van de loonsom aan externen en dat is
            onhoudbaar. Ben benieuwd hoe anderen dat naar beneden hebben gekregen zonder dat projecten
            stil komen te liggen.

            Wim
            """
        ),
    },
    {
        "id": "h63-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anneke Brouwer-Tan <a.brouwer@dvo-zhdelta.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje die ik gisteren vergat: de inzet van een chatbot of AI-assistent aan de voorkant van
            het KCC. Wij twijfelen of inwoners daar blij van worden of juist niet.

            Anneke
            """
        ),
    },
    # ------------------------------------------------------------------ February: the invitation
    {
        "id": "h63-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Corine Leeuwenburgh <c.leeuwenburgh@waardenland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ja, ik kom graag, en ik neem onze concerncontroller Petra Hoogendoorn mee. We zijn dus met z'n
            tweeën.

            Hartelijke groet,
            Corine
            """
        ),
    },
    {
        "id": "h63-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dolf Pronk <d.pronk@sodrechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas. Die donderdag is de gezamenlijke raadsinformatieavond over de begroting en daar kan
            ik als directeur echt niet wegblijven. Volgende keer beter!

            Dolf
            """
        ),
    },
    {
        "id": "h63-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Hoogvliet <r.hoogvliet@binnenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Zelf ben ik verhinderd, maar onze directeur sociaal domein Edwin Stolk gaat graag in mijn plaats.
            Zijn adres: e.stolk@binnenwaard.nl.

            Met vriendelijke groet,
            Ruud Hoogvliet
            Algemeen directeur Werkorganisatie Binnenwaard
            """
        ),
    },
    {
        "id": "h63-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nicole Sprenger <n.sprenger@oms-werkorganisatie.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in mijn agenda, tot dan.
            """
        ),
    },
    {
        "id": "h63-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Verbeke-Lowe <h.verbeke@sodrechtoever.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            School holiday week in Belgium - I'm with the kids at my parents'. Sorry to miss my first one.
            """
        ),
    },
    {
        "id": "h63-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Molenaar <s.molenaar@dvo-zhdelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Brouwer-Tan laat ik u weten dat zij aanwezig zal zijn bij het atelier. Zij reist
            met de trein en verwacht rond kwart voor twee binnen te zijn.

            Met vriendelijke groet,
            Sandra Molenaar
            Directiesecretaresse DVO Zuid-Hollandse Delta
            """
        ),
    },
    {
        "id": "h63-030",
        "kind": "other",
        "sender": "Ilse Verhoef <i.verhoef@alblasserzoom.nl>",
        "quote": "none",
        "subject": "Atelier maart - dhr. Kooijman",
        "body": _(
            """
            Goedemiddag,

            De heer Kooijman heeft mij gevraagd hem op te geven voor het atelier van maart. Zou u kunnen
            laten weten of dat gelukt is? Dan zet ik het definitief in zijn agenda.

            Met vriendelijke groet,
            Ilse Verhoef
            Secretariaat directie Werkorganisatie Alblasserzoom
            """
        ),
    },
    {
        "id": "h63-031",
        "kind": "other",
        "sender": "Gülsen Aydın <g.aydin@admerwezoom.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen, mevrouw Doğan komt graag naar onderstaand atelier. Wilt u haar noteren? Zij kan zelf
            deze week niet mailen, ze zit op cursus.

            Groet, Gülsen Aydın (secretariaat)
            """
        ),
    },
    {
        "id": "h63-032",
        "kind": "other",
        "sender": "Bart Schippers <b.schippers@admerwezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Stan,

            Brussel is toch verschoven, dus ik zou kunnen, maar alleen online: ik zit die ochtend in Den Haag
            en red de reis naar Utrecht niet. Kun je online ook echt meedoen aan de gesprekken, of is het
            vooral meekijken? In het laatste geval laat ik het liever aan me voorbijgaan.

            Bart
            """
        ),
    },
    {
        "id": "h63-033",
        "kind": "other",
        "sender": "Nicole Sprenger <n.sprenger@oms-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Voor de volledigheid: ik neem geen gast mee. En als er iets te eten is, graag glutenvrij voor mij.
            """
        ),
    },
    {
        "id": "h63-034",
        "kind": "other",
        "sender": "Marloes Kranendonk <m.kranendonk@alblasserzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wij hebben vorig jaar onze sturing volledig omgegooid, van lijnorganisatie naar opgavegericht
            werken, met alle pijn en winst die daarbij hoort. Zou ik daar op het atelier tien minuten over
            mogen vertellen, als opmaat voor het gesprek? Ik ben er sowieso bij.

            Groet,
            Marloes
            """
        ),
    },
    {
        "id": "h63-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Said el Khatib <s.elkhatib@bvo-kijfwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom. En alvast een idee voor een volgend atelier: de doorlooptijden van
            omgevingsvergunningen. Wij monitoren die nu per gemeente in drie losse dashboards; hoe houden
            anderen dat bij, en wat rapporteren ze aan hun raden?

            Said
            """
        ),
    },
    {
        "id": "h63-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dolf Pronk <d.pronk@sodrechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nieuw bericht van mijn kant: de raadsinformatieavond is naar april geschoven. Vorige week schreef
            ik nog nee, maar ik ben er dus toch bij op de 11e.

            Dolf
            """
        ),
    },
    {
        "id": "h63-037",
        "kind": "unsubscribe",
        "sender": "Henk Vermeulen <h.vermeulen@adkil.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Ik kom niet, en eigenlijk kunt u mij ook helemaal van de verzendlijst halen. Per 1 april ga ik met
            vervroegd pensioen en het heeft weinig zin dat ik nog uitnodigingen krijg. Dank voor de mooie
            middagen van de afgelopen jaren.

            Henk Vermeulen
            Directeur Ambtelijk Apparaat Dordtse Kil
            """
        ),
    },
    {
        "id": "h63-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Edwin Stolk <e.stolk@binnenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ruud heeft mij opgegeven, wat ik erg waardeer, maar op 11 maart zit ik de hele dag op het
            Jeugdzorgcongres in Rotterdam. Ik moet het dus helaas laten schieten; Ruud weet het inmiddels.

            Groet,
            Edwin Stolk
            """
        ),
    },
    {
        "id": "h63-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frits van der Giessen <f.vandergiessen@oms-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Dank voor het bericht. U mag mij van de wachtlijst halen; ik heb die middag inmiddels een
            overleg met de accountant ingepland.

            F.J. van der Giessen
            """
        ),
    },
    # ------------------------------------------------------------------ March: change, reminder, cancellation
    {
        "id": "h63-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Corine Leeuwenburgh <c.leeuwenburgh@waardenland-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Balen, de nieuwe datum valt precies op de AB-vergadering van onze GR en die zit ik voor. Op de
            18e kan ik dus niet. Petra komt dan ook niet.

            Corine
            """
        ),
    },
    {
        "id": "h63-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Kranendonk <m.kranendonk@alblasserzoom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij meld ik mij af voor donderdag; de griep heeft mij te pakken. Geef mijn plek gerust aan
            iemand op de wachtlijst. Mijn verhaal over de sturing bewaar ik voor een volgende keer.

            Marloes
            """
        ),
    },
    {
        "id": "h63-042",
        "kind": "other",
        "sender": "Said el Khatib <s.elkhatib@bvo-kijfwaard.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer, ik had er zin in. Is er al een idee wanneer het wél doorgaat? Dan blok ik die datum
            meteen, mijn agenda loopt in het voorjaar snel vol.
            """
        ),
    },
    # ------------------------------------------------------------------ after the atelier: the follow-up
    {
        "id": "h63-043",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Nicole Sprenger <n.sprenger@oms-werkorganisatie.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een inspirerende middag en het snelle verslag.

            Voor de volgende keer: hoe ga je om met raadsleden uit de kleinere kernen die vinden dat de
            werkorganisatie 'van de grote gemeente' is? Bij ons speelt dat na elke verkiezing opnieuw.

            Nicole Sprenger
            Directeur bedrijfsvoering GR Oude Maas Samenwerking
            """
        ),
    },
    {
        "id": "h63-044",
        "kind": "other",
        "sender": "Ayla Demir <a.demir@alblasserzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank jullie wel! Ik sluit me graag aan bij wat Wim de Ruiter aan tafel voorstelde over de krappe
            arbeidsmarkt, dat herken ik een-op-een. Zelf heb ik geen nieuwe punten.

            Ayla
            """
        ),
    },
    # ------------------------------------------------------------------ spring and summer: leaving and changes
    {
        "id": "h63-045",
        "kind": "unsubscribe",
        "sender": "Koen Visser <k.visser@alblasserzoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Linda Achterberg,
            l.achterberg@alblasserzoom.nl. Zij neemt per 1 juni mijn portefeuille over en ik heb haar al
            verteld dat ze van u hoort.

            Koen Visser
            """
        ),
    },
    {
        "id": "h63-046",
        "kind": "subscribe",
        "sender": "Ruud Hoogvliet <r.hoogvliet@binnenwaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit klopt niet. Ik heb mij niet afgemeld - ik vermoed dat iemand op ons secretariaat op de
            verkeerde knop heeft gedrukt. Ik wil graag lid blijven.

            Ruud Hoogvliet
            """
        ),
    },
    {
        "id": "h63-047",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Esther van Gelderen <e.vangelderen@bvo-kijfwaard.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Met een beroep op artikel 17 van de AVG verzoek ik u alle persoonsgegevens die u van mij
            bewaart te verwijderen. Daarnaast vraag ik u mij te laten weten of mijn gegevens ooit aan
            derden zijn verstrekt.

            Met vriendelijke groet,
            mr. E. van Gelderen
            Functionaris gegevensbescherming a.i., BVO Kijfwaard
            """
        ),
    },
    {
        "id": "h63-048",
        "kind": "other",
        "sender": "Peter-Paul Stam <pp.stam@alblasserzoom.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedendag,

            Kunt u mij een overzicht sturen van de gegevens die u over mij vastlegt, en hoe lang u die
            bewaart? Ik wil dat graag weten voordat ik besluit of ik lid blijf.

            Vriendelijke groet,
            P.P. Stam
            """
        ),
    },
    {
        "id": "h63-049",
        "kind": "unsubscribe",
        "sender": "Oliver Brinkman <o.brinkman@waardenland-wo.nl>",
        "quote": "none",
        "subject": "Unsubscribe",
        "body": _(
            """
            Dear secretariat,

            As of next month I'm moving to a programme role at the province, so the network is no longer
            relevant for me. Please take me off your mailing list. Thanks for the good conversations over
            the past two years.

            Regards,
            Oliver Brinkman
            """
        ),
    },
    {
        "id": "h63-050",
        "kind": "other",
        "sender": "Bart Schippers <b.schippers@admerwezoom.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 januari",
        "body": _(
            """
            Beste Stan en Melanie,

            Even ter aankondiging: per 1 januari neem ik afscheid van Merwezoom. Mijn opvolger wordt Yvonne
            Bakker-Slingerland (y.bakker@admerwezoom.nl). Tot die tijd blijf ik gewoon lid, en het
            najaarsatelier wil ik zeker nog meemaken.

            Hartelijke groet,
            Bart
            """
        ),
    },
    {
        "id": "h63-051",
        "kind": "other",
        "sender": "Tineke Blaauw <t.blaauw@adkil.nl>",
        "quote": "none",
        "subject": "Dhr. Vermeulen",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: de heer Vermeulen is per 1 april met pensioen gegaan. Uw berichten aan hem komen nu
            bij mij binnen, als zijn voormalig secretaresse. Wie hem opvolgt is nog niet bekend; dat
            verwachten wij na de zomer.

            Met vriendelijke groet,
            Tineke Blaauw
            """
        ),
    },
    {
        "id": "h63-052",
        "kind": "other",
        "sender": "Mounir Tahiri <m.tahiri@spuiland.nl>",
        "quote": "none",
        "subject": "nieuw mailadres per 1 juli",
        "body": _(
            """
            Hoi,

            Per 1 juli gaan we over op een nieuw domein. Mijn adres wordt dan m.tahiri@hw-spuiland.nl; het
            oude blijft nog een half jaar doorsturen. Willen jullie het aanpassen in je lijst?

            Mounir
            """
        ),
    },
    {
        "id": "h63-053",
        "kind": "unsubscribe",
        "sender": "Ingeborg Romeijn <i.romeijn@oudemaasoevers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Geen thema's van mij deze keer: per september vertrek ik bij de Dienst Oude Maasoevers. Mijn
            opvolger wordt Tom Rijsdijk, maar zijn mailadres hier heeft hij nog niet. Schrijf mij maar uit.

            Groet,
            Ingeborg
            """
        ),
    },
    {
        "id": "h63-054",
        "kind": "unsubscribe",
        "sender": "Jacqueline Versluis <j.versluis@binnenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Graag van de lijst, ik red het met netwerken dit jaar gewoon niet meer en de uitnodigingen
            blijven maar liggen. Niets persoonlijks, het zijn vast goede bijeenkomsten.

            J. Versluis
            """
        ),
    },
    # ------------------------------------------------------------------ automatic mail
    {
        "id": "h63-055",
        "kind": "autoreply",
        "sender": "Koen Visser <k.visser@alblasserzoom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben afwezig tot en met maandag 22 februari en lees mijn mail niet. Voor dringende zaken kunt u
            terecht bij het secretariaat van de werkorganisatie, 0184 - 41 22 00.
            """
        ),
    },
    {
        "id": "h63-056",
        "kind": "autoreply",
        "sender": "Hannah Verbeke-Lowe <h.verbeke@sodrechtoever.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your message. I am out of the office until 4 January with no access to email.
            Your mail will not be forwarded; for urgent matters please call the front office of
            Serviceorganisatie Drechtoever.
            """
        ),
    },
    {
        "id": "h63-057",
        "kind": "autoreply",
        "sender": "Jeroen Baas <j.baas@waardenland-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Jeroen Baas is niet meer werkzaam bij Werkorganisatie Waardenland. Dit e-mailadres is niet meer
            in gebruik en uw bericht wordt niet doorgestuurd. Voor algemene vragen: info@waardenland-wo.nl.
            """
        ),
    },
    {
        "id": "h63-058",
        "kind": "autoreply",
        "sender": "Servicedesk Kijfwaard <servicedesk@bvo-kijfwaard.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[Melding INC-2027-04418] Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Uw bericht is geregistreerd onder meldingsnummer INC-2027-04418 en toegewezen aan de
            behandelgroep Frontoffice. U ontvangt binnen drie werkdagen een inhoudelijke reactie.
            Reageren op deze e-mail is niet nodig.
            """
        ),
    },
    {
        "id": "h63-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@binnenwaard.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Kan niet bezorgen bij deze ontvangers of groepen:

            m.vandoorn@binnenwaard.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het opnieuw.

            Diagnostische gegevens voor beheerders:
            Server die fout heeft gegenereerd: AM6PR02MB4410.eurprd02.prod.outlook.com
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'
            """
        ),
    },
    {
        "id": "h63-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.oudemaasoevers.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.oudemaasoevers.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                               The mail system

            <i.romeijn@oudemaasoevers.nl>: host mail.oudemaasoevers.nl[10.20.4.11] said:
                550 5.1.1 <i.romeijn@oudemaasoevers.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
