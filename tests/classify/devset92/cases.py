"""devset92: mail that looks like a request but must go to a person, and its real counterparts.

About two thirds of the set is `other` mail that holds the words of an act without making it: reports of someone
else's leave, sign-up or erasure; questions how to leave or what happens to one's data; conditional or hypothetical
requests that need an answer first; requests for a third party without that person's address (or for several people
at once); newsletters and vendor mail that reach info@ with their own "afmelden"/"unsubscribe" footer; forwarded
internal discussions ("ik meld me af voor de lunch"); complaints about too much mail that end in a question; feedback
on the last atelier that mentions themes without proposing a topic. The other third are the real acts in similar
words (a real leave, erasure, hand-over, sign-up, confirmation, yes/no, suggestion), so the boundary is tested from
both sides. Dutch and English, new mails and replies to our mails, several clients and quote styles.

Conventions relied on (from the dataset brief):
- Joining, by the person themself: `subscribe`. Signing up one named colleague WITH that colleague's e-mail address:
  `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail ("ik heb me niet aangemeld", "dit was ik niet"): `unsubscribe`. A denial
  that asks where we got the address: `other`.
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
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic (or the
  topics) clearly span two.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- other: reports of someone else's act
    {
        "id": "d92-oth-01", "kind": "other", "thread": None,
        "sender": "Gerard Hoekstra <g.hoekstra@werkorganisatie-cuijk.nl>",
        "subject": "Vertrek Henk Jansen",
        "body": """Goedemiddag,

Ter informatie: Henk Jansen, directeur van onze buurorganisatie, gaat per 1 april met pensioen. Hij vertelde
mij vorige week dat hij zich bij jullie al had afgemeld. Wie hem opvolgt is nog niet bekend.

Met vriendelijke groet,
Gerard Hoekstra""",
    },
    {
        "id": "d92-oth-02", "kind": "other", "thread": None,
        "sender": "Ingrid Postma <i.postma@dewolden-hoogeveen.nl>",
        "subject": "verslagen atelier",
        "body": """Hallo Stan,

Mijn collega Wilma heeft zich onlangs afgemeld voor het netwerk, zij gaat een andere kant op. Klopt het dat zij
nu ook de verslagen niet meer krijgt? Dan stuur ik ze haar zelf door, ze vond ze altijd nuttig.

Groetjes,
Ingrid""",
    },
    {
        "id": "d92-oth-03", "kind": "other", "thread": None,
        "sender": "R. Dijkman <r.dijkman@gemeente-oldambt.nl>",
        "subject": "AVG-verzoek collega",
        "body": """Beste secretariaat,

Een collega-directeur vertelde mij dat hij zijn gegevens bij u heeft laten verwijderen op grond van de AVG.
Hoe gaat zoiets in zijn werk, en hoe lang duurt het? Ik overweeg het zelf niet, maar ik krijg de vraag
regelmatig van mijn eigen medewerkers en wil weten hoe andere organisaties dat aanpakken.

Met vriendelijke groet,

Rob Dijkman
Directeur bedrijfsvoering""",
    },
    {
        "id": "d92-oth-04", "kind": "other", "thread": None,
        "sender": "Marloes Tebbens <marloes.tebbens@gmail.com>",
        "subject": "Aanmelding door voorganger?",
        "body": """Goedemorgen,

Mijn voorganger schreef mij bij de overdracht: "ik heb je al aangemeld bij het directeurennetwerk, dat regelt
zich verder vanzelf". Ik heb alleen nooit iets van u ontvangen, ook niet in mijn spam. Kunt u nagaan of er
een aanmelding op mijn naam staat?

Hartelijke groet,
Marloes Tebbens

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d92-oth-05", "kind": "other", "thread": None,
        "sender": "Paul Verbeek <p.verbeek@servicepunt71.nl>",
        "subject": "Former director still on your list",
        "body": """Hi,

Our former director, Anton de Graaf, told me he unsubscribed from the network in January. His old mailbox now
forwards to me and I still see your mails coming in for him. Could you check what went wrong on your side?

Kind regards,
Paul Verbeek
Servicepunt71""",
    },
    {
        "id": "d92-oth-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bas Kloosterman <b.kloosterman@odijk-werkt.nl>",
        "body": """Beste Melanie,

Van onze adjunct hoorde ik dat hij zich al voor dit atelier heeft opgegeven. Wij willen niet allebei komen;
kunt u mij laten weten of zijn aanmelding is binnengekomen? Dan beslis ik daarna of ik zelf ga.

Groet,
Bas Kloosterman""",
    },
    {
        "id": "d92-oth-07", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Yvonne Rademaker <y.rademaker@gmail.com>",
        "body": """Hoi,

Heeft mijn collega Tamara van der Horst al een onderwerp ingestuurd? Ze zei dat ze iets wilde aandragen over
de rol van de regio. Ik wil voorkomen dat we hetzelfde dubbel insturen.

Yvonne""",
    },
    # ---------------------------------------------------------------- other: questions about leaving and data
    {
        "id": "d92-oth-08", "kind": "other", "thread": None,
        "sender": "Johan Meester <j.meester@gemeente-westerkwartier.nl>",
        "subject": "vraag over afmelden",
        "body": """Goedendag,

Een praktische vraag: hoe kan ik me eigenlijk afmelden, mocht dat ooit nodig zijn? Ik ben het nu niet van plan,
maar ik wil het weten voor als mijn functie straks verandert.

Met vriendelijke groet,
Johan Meester""",
    },
    {
        "id": "d92-oth-09", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Esther Lageveen <e.lageveen@bal-werkorganisatie.nl>",
        "body": """Dank voor het warme welkom.

Wat gebeurt er met mijn gegevens als ik me later afmeld? Worden die dan meteen gewist, of bewaart u ze nog
een tijd? Onze privacyfunctionaris wil dat graag weten voordat zij mijn lidmaatschap goedkeurt.

Met vriendelijke groet,

Esther Lageveen
Algemeen directeur BAL-werkorganisatie""",
    },
    {
        "id": "d92-oth-10", "kind": "other", "thread": None,
        "sender": "Hannah Brouwer <hannah.brouwer@ferm-werk.nl>",
        "subject": "Personal data",
        "body": """Dear secretariat,

Could you tell me which personal data you hold about me and how long you keep it? I am not asking you to
delete anything, I would just like an overview.

Best regards,
Hannah Brouwer""",
    },
    {
        "id": "d92-oth-11", "kind": "other", "thread": None,
        "sender": "drs. W.F. Kramer <wf.kramer@hollandskroon-werkt.nl>",
        "subject": "Verzoek om inzage",
        "body": """Geacht secretariaat,

Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt, inclusief
de bron waaruit u mijn e-mailadres hebt verkregen.

Hoogachtend,

drs. W.F. Kramer""",
    },
    {
        "id": "d92-oth-12", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Karel Willemse <k.willemse@gemeente-tholen.nl>",
        "body": """Dank voor de bevestiging.

Zijn mijn gegevens daarmee ook verwijderd, of moet ik daar apart om vragen? Het gaat mij er vooral om dat mijn
naam niet meer op de deelnemerslijsten op de website staat.

Groet,
Karel Willemse""",
    },
    {
        "id": "d92-oth-13", "kind": "other", "thread": None,
        "sender": "Sandra Oosting <s.oosting@dbnw.nl>",
        "subject": "opnieuw lid worden na afmelden?",
        "body": """Beste mensen,

Als ik me nu afmeld omdat ik een jaar met sabbatical ga, kan ik dan daarna gewoon weer instromen? Of moet ik
dan de hele aanmeldprocedure met bevestigingsmail opnieuw doorlopen?

Vriendelijke groet,
Sandra Oosting""",
    },
    {
        "id": "d92-oth-14", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Niels Haverkamp <niels.haverkamp@icloud.com>",
        "body": """Even checken: onder jullie mail staat dat ik met 'afmelden' kan antwoorden. Geldt dat dan voor het
hele netwerk of alleen voor dit atelier? Ik wil niet per ongeluk mijn lidmaatschap opzeggen.

Niels

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "d92-oth-15", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Laura Jennings <l.jennings@werkorganisatie-bbr.nl>",
        "body": """Hello,

Just checking before I reply: if I answer "unsubscribe" to this mail, does that take me off the network
altogether, or only off the mailings about this atelier?

Thanks,
Laura""",
    },
    {
        "id": "d92-oth-16", "kind": "other", "thread": None,
        "sender": "Frank Boerema <f.boerema@noordenveld-tynaarlo.nl>",
        "subject": "Vraag van onze FG",
        "body": """Goedemiddag,

Onze functionaris gegevensbescherming vraagt op welke grondslag u de gegevens van directeuren verwerkt en
met wie u die deelt. Kunt u mij daar iets over sturen, bijvoorbeeld een privacyverklaring?

Met vriendelijke groet,
Frank Boerema
Directeur""",
    },
    {
        "id": "d92-oth-17", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Mirjam Kuipers <m.kuipers@gemeente-berkelland.nl>",
        "body": """Beste Stan en Melanie,

In het verslag staat mijn naam bij een citaat. Geldt het recht op vergetelheid ook voor zulke verslagen? Ik
vraag het niet om het te laten weghalen, maar we voerden er in ons MT een discussie over.

Groet, Mirjam""",
    },
    # ---------------------------------------------------------------- other: conditional and hypothetical
    {
        "id": "d92-oth-18", "kind": "other", "thread": None,
        "sender": "Theo Spanjer <t.spanjer@werkorganisatie-hlt.nl>",
        "subject": "Afmelden of ander adres",
        "body": """Beste secretariaat,

Ik meld me af, tenzij het mogelijk is de mails voortaan op mijn privéadres te ontvangen. Mijn werkmailbox
wordt bij de reorganisatie opgeheven. Kan dat? Dan hoor ik het graag, anders mag u mij uitschrijven.

Groet,
Theo Spanjer""",
    },
    {
        "id": "d92-oth-19", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Jolanda Veenstra <j.veenstra@gemeente-ede.nl>",
        "body": """Hallo,

Ik kom graag, mits ik bij het Stadskantoor kan parkeren; ik ben slecht ter been. Is daar een
invalidenparkeerplaats of kan ik er vlak voor uitstappen?

Met groet,
Jolanda Veenstra""",
    },
    {
        "id": "d92-oth-20", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Marco Lodder <m.lodder@zaanstad-oostzaan.nl>",
        "body": """Beste Melanie,

Als ik het hele atelier online kan volgen, doe ik mee. Maar werkt de Teams-link ook voor externe deelnemers?
Onze ICT blokkeert nogal eens vergaderingen van buiten. Laat u mij dat even weten?

Marco Lodder""",
    },
    {
        "id": "d92-oth-21", "kind": "other", "thread": None,
        "sender": "Dieuwke Zijlstra <d.zijlstra@gemeente-sudwestfryslan.nl>",
        "subject": "gegevens verwijderen maar wel lid?",
        "body": """Goedemorgen,

Zou ik mijn persoonsgegevens kunnen laten verwijderen en toch de uitnodigingen blijven ontvangen? Of sluit
het een het ander uit? Ik wil vooral niet meer in de ledenlijst staan.

Dieuwke Zijlstra""",
    },
    {
        "id": "d92-oth-22", "kind": "other", "thread": None,
        "sender": "Arjen Mulder <arjen.mulder@outlook.com>",
        "subject": "Membership after I step down",
        "body": """Dear Stan,

If I were to step down as director in June, would my membership pass to my successor automatically, or would
one of us have to do something? I would rather know in advance so the hand-over goes smoothly.

Regards,
Arjen Mulder""",
    },
    {
        "id": "d92-oth-23", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Peter Claassen <p.claassen@werkorganisatie-duo.nl>",
        "body": """Beste secretariaat,

Voordat ik iets aandraag: mogen de onderwerpen ook buiten de vier thema's vallen? En hoeveel onderwerpen mag
ik per persoon insturen?

Groet,
Peter Claassen""",
    },
    {
        "id": "d92-oth-24", "kind": "other", "thread": None,
        "sender": "Linda Wijnands <l.wijnands@gemeente-peelenmaas.nl>",
        "subject": "Lid worden als plaatsvervanger?",
        "body": """Beste Stan,

Ik ben plaatsvervangend directeur. Is het netwerk ook voor mensen in mijn functie toegankelijk? Als dat zo
is, meld ik me graag aan; zo niet, dan hoor ik dat ook graag.

Met vriendelijke groet,
Linda Wijnands""",
    },
    {
        "id": "d92-oth-25", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Henri Smeets <henri.smeets@mijngemeente-ut.nl>",
        "body": """Beste organisatie,

Weet u al wie er verder komen? Als er collega's uit onze regio bij zijn, sluit ik aan; anders sla ik deze
keer waarschijnlijk over. Een lijstje zou helpen.

Henri Smeets""",
    },
    {
        "id": "d92-oth-26", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Claire Bosman <claire.bosman@gmail.com>",
        "body": """Hi Melanie,

Would it be alright if I joined online only? If so, you can put me down as attending - just let me know first
whether the online part covers the whole afternoon.

Best,
Claire""",
    },
    {
        "id": "d92-oth-27", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Koen van Rijswijk <koenvanrijswijk@gmail.com>",
        "body": """Dank voor de welkomstmail.

Kan ik ook alleen de verslagen ontvangen, zonder uitnodigingen en oproepen? Als dat niet kan, denk ik er
nog even over na of ik lid blijf.

Koen""",
    },
    {
        "id": "d92-oth-28", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Gerda Timmer <g.timmer@gemeente-molenlanden.nl>",
        "body": """Goedemiddag,

Mijn secretaresse heeft mij aangemeld. Voordat ik bevestig wil ik weten wat het lidmaatschap inhoudt: hoeveel
tijd kost het, en wordt er van leden verwacht dat zij zelf een atelier organiseren?

Met vriendelijke groet,
Gerda Timmer""",
    },
    # ---------------------------------------------------------------- other: requests for a third party
    {
        "id": "d92-oth-29", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <directiesecretariaat@gemeente-hw.nl>",
        "subject": "Aanmelden nieuwe gemeentesecretaris",
        "body": """Goedemorgen,

Wilt u onze nieuwe gemeentesecretaris/directeur, mevrouw S. van Dijk, ook aanmelden voor het netwerk? Zij
begint op 1 mei. Haar e-mailadres is nog niet aangemaakt.

Met vriendelijke groet,
Anouk, directiesecretariaat""",
    },
    {
        "id": "d92-oth-30", "kind": "other", "thread": None,
        "sender": "Wim Hendriks <w.hendriks@gemeente-altena.nl>",
        "subject": "Bas afmelden",
        "body": """Hoi,

Kunnen jullie mijn collega Bas afmelden? Hij is per deze maand naar de provincie vertrokken en leest zijn oude
mail niet meer.

Groet, Wim""",
    },
    {
        "id": "d92-oth-31", "kind": "other", "thread": None,
        "sender": "Sarah Whitfield <s.whitfield@werkorganisatie-cgm.nl>",
        "subject": "Add our deputy",
        "body": """Hello,

Please add our deputy director to your list as well; she would benefit from the ateliers. I'll ask her to
drop you a line when she's back from leave.

Thanks,
Sarah""",
    },
    {
        "id": "d92-oth-32", "kind": "other", "thread": None,
        "sender": "Maarten Keizer <m.keizer@samenwerking-kempen.nl>",
        "subject": "Aanmelding drie directeuren",
        "body": """Beste secretariaat,

Graag melden wij de directeuren van de drie uitvoeringsorganisaties in de Kempen aan:
- Ruud Aarts, r.aarts@kempen-bedrijfsvoering.nl
- Fenna Loos, f.loos@kempen-sociaal.nl
- Sjaak Vermeulen, s.vermeulen@kempen-ruimte.nl

Met vriendelijke groet,
Maarten Keizer
Programmamanager""",
    },
    {
        "id": "d92-oth-33", "kind": "other", "thread": None,
        "sender": "Petra Groen <p.groen@gemeente-zwijndrecht.nl>",
        "subject": "Atelier 11 maart - heer Bakker",
        "body": """Geachte heer/mevrouw,

Namens de heer Bakker laat ik u weten dat hij helaas verhinderd is voor het atelier van 11 maart. Hij heeft
die middag een raadsvergadering.

Met vriendelijke groet,
Petra Groen
Managementassistent""",
    },
    {
        "id": "d92-oth-34", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ron Peters <r.peters@dienstverlening-bommelerwaard.nl>",
        "body": """Beste Stan,

Onze concerncontroller is geen lid maar zou dit atelier graag bijwonen. Kan hij zich ook opgeven, of is het
alleen voor directeuren? Als hij mag, laat ik hem in mijn plaats gaan; anders kom ik zelf.

Ron""",
    },
    {
        "id": "d92-oth-35", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Sanne Wolters <s.wolters@werkorganisatie-noord.nl>",
        "body": """Hartelijk dank.

Mijn collega-directeur van de werkorganisatie Noord-Oost wil ook lid worden. Wat moet hij daarvoor doen? Kan
hij gewoon een mail sturen, of moet ik hem aanmelden?

Groet,
Sanne""",
    },
    {
        "id": "d92-oth-36", "kind": "other", "thread": None,
        "sender": "Erik de Boer <erik.deboer@ziggo.nl>",
        "subject": "Fw: netwerk",
        "body": """Goedemiddag,

Zie hieronder het bericht van mijn oud-collega. Weet u of hij inmiddels is afgemeld? Hij vroeg mij het na te
vragen omdat hij geen bevestiging kreeg.

Erik

---------- Doorgestuurd bericht ---------
Van: Jan Koster <jan.koster@hotmail.com>
Datum: ma 1 mrt 2027 om 20:14
Onderwerp: netwerk
Aan: Erik de Boer <erik.deboer@ziggo.nl>

Erik, ik wilde me afmelden voor dat directeurennetwerk maar ik weet niet of het gelukt is. Kun jij het eens
navragen? Groet, Jan""",
    },
    # ---------------------------------------------------------------- other: newsletters and vendor mail
    {
        "id": "d92-oth-37", "kind": "other", "thread": None,
        "sender": "Binnenlands Bestuur <nieuwsbrief@binnenlandsbestuur.nl>",
        "subject": "BB Nieuwsbrief: ambtelijke fusies onder de loep",
        "headers": {"List-Unsubscribe": "<https://binnenlandsbestuur.nl/afmelden>", "Precedence": "bulk"},
        "body": """Nieuwsbrief Binnenlands Bestuur - dinsdag 2 maart 2027

Ambtelijke fusies onder de loep
Steeds meer gemeenten bundelen hun ambtelijk apparaat. Hoe houden raden grip? Lees het achtergrondartikel.

Vacatures
- Directeur werkorganisatie (32-36 uur)
- Concerncontroller

U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op binnenlandsbestuur.nl.
Wilt u deze nieuwsbrief niet meer ontvangen? Klik dan hier om u af te melden.""",
    },
    {
        "id": "d92-oth-38", "kind": "other", "thread": None,
        "sender": "Laura van Kessel <laura@zaaksysteem-plus.nl>",
        "subject": "Uw werkorganisatie en het nieuwe zaaksysteem",
        "body": """Beste directeur,

Veel ambtelijke fusieorganisaties worstelen met drie zaaksystemen na de samenvoeging. Wij helpen u in zes
maanden naar één platform. Graag plan ik een kennismaking van een halfuur in.

Met vriendelijke groet,
Laura van Kessel
Accountmanager Zaaksysteem Plus

Geen interesse meer in onze berichten? Antwoord met 'uitschrijven' en wij halen u van onze lijst.""",
    },
    {
        "id": "d92-oth-39", "kind": "other", "thread": None,
        "sender": "VGS Congres <events@vgs-congres.nl>",
        "subject": "Meld u nu aan: Congres Gemeentesecretarissen 2027",
        "headers": {"Precedence": "bulk"},
        "body": """Geachte heer/mevrouw,

Op 15 april vindt het jaarlijkse congres voor gemeentesecretarissen plaats in Amersfoort. Meld u vóór 1 april
aan en profiteer van de vroegboekkorting.

[Ja, ik meld me aan]    [Nee, ik kom niet]

U ontvangt deze mail omdat u eerder een congres hebt bezocht. Afmelden voor deze mailings? Klik hier.""",
    },
    {
        "id": "d92-oth-40", "kind": "other", "thread": None,
        "sender": "GovTech Insights <news@govtech-insights.eu>",
        "subject": "This week: AI in local government",
        "headers": {"List-Unsubscribe": "<mailto:unsubscribe@govtech-insights.eu>"},
        "body": """GovTech Insights - Weekly digest

* How three Dutch municipalities automated their permit desks
* Webinar: shared service centres and the cloud - register now

You are receiving this email because you signed up at govtech-insights.eu.
Unsubscribe | Manage preferences | View in browser""",
    },
    {
        "id": "d92-oth-41", "kind": "other", "thread": None,
        "sender": "Academie Publiek Leiderschap <info@academie-pl.nl>",
        "subject": "Inschrijving geopend: leergang Leiden van een werkorganisatie",
        "body": """Beste directeur,

De inschrijving voor de leergang 'Leiden van een werkorganisatie' is geopend. Acht bijeenkomsten, start in
september. Schrijf u in via onze website; er zijn nog twaalf plaatsen.

Met vriendelijke groet,
Academie Publiek Leiderschap

Wilt u geen berichten meer van ons? Meld u af via de link onderaan deze e-mail.""",
    },
    {
        "id": "d92-oth-42", "kind": "other", "thread": None,
        "sender": "Regionetwerk Gelderland <secretariaat@regionetwerk-gld.nl>",
        "subject": "Uitnodiging regiobijeenkomst 18 maart",
        "body": """Beste leden,

Graag nodigen wij u uit voor de regiobijeenkomst op 18 maart in Arnhem. Laat u via het formulier weten of u
komt? Eerder afgemeld voor de vorige bijeenkomst? Dan ontvangt u deze uitnodiging toch, omdat u lid bent.

Met vriendelijke groet,
Regionetwerk Gelderland

Afmelden als lid kan via secretariaat@regionetwerk-gld.nl.""",
    },
    {
        "id": "d92-oth-43", "kind": "other", "thread": None,
        "sender": "Berend Lanting <berend@lanting-advies.nl>",
        "subject": "Spreker voor uw atelier?",
        "body": """Beste Stan en Melanie,

Ik lees dat uw leden zelf de onderwerpen voor de ateliers aandragen. Als organisatieadviseur spreek ik
regelmatig over sturingsconcepten in fusieorganisaties en ik kom graag een keer een inleiding verzorgen.
Mijn tarief stuur ik u op verzoek.

Met vriendelijke groet,
Berend Lanting
Lanting Advies | Afmelden voor mijn kwartaalbericht? Laat het me weten.""",
    },
    # ---------------------------------------------------------------- other: forwarded or misdirected internal mail
    {
        "id": "d92-oth-44", "kind": "other", "thread": None,
        "sender": "Marjolein Dekker <m.dekker@gemeente-kaag-braassem.nl>",
        "subject": "FW: lunch vrijdag",
        "body": """Ter info, viel in de verkeerde bak denk ik.

-----Oorspronkelijk bericht-----
Van: Marjolein Dekker
Verzonden: maandag 1 maart 2027 16:02
Aan: MT-leden
Onderwerp: lunch vrijdag

Ik meld me af voor de lunch van vrijdag, ik zit dan in Den Haag. Eet smakelijk!
Marjolein""",
    },
    {
        "id": "d92-oth-45", "kind": "other", "thread": None,
        "sender": "Hans Boersma <h.boersma@werkorganisatie-druten.nl>",
        "subject": "MT dinsdag",
        "body": """Hoi Ellen,

Ik kom niet naar het MT van dinsdag; ik moet naar een bestuurlijk overleg in de regio. Kun jij mijn punten
inbrengen? Stukken staan in de map.

Groet, Hans""",
    },
    {
        "id": "d92-oth-46", "kind": "other", "thread": None,
        "sender": "Jeroen Staal <j.staal@gemeente-woerden.nl>",
        "subject": "Fwd: cursus Excel",
        "body": """---------- Forwarded message ---------
Van: Jeroen Staal <j.staal@gemeente-woerden.nl>
Date: vr 26 feb 2027 om 09:41
Subject: cursus Excel
To: opleidingen@gemeente-woerden.nl

Ik schrijf me in voor de cursus Excel gevorderd in april. Kostenplaats directie.

Jeroen""",
    },
    {
        "id": "d92-oth-47", "kind": "other", "thread": None,
        "sender": "Tom Fairbairn <t.fairbairn@werkorganisatie-bbr.nl>",
        "subject": "Re: Friday drinks",
        "body": """Count me out for Friday, I'm off to my daughter's graduation. Have one for me!

Tom

> On 1 Mar 2027, at 15:20, Lisa Koning <l.koning@werkorganisatie-bbr.nl> wrote:
>
> Who's in for drinks on Friday after the all-hands?""",
    },
    {
        "id": "d92-oth-48", "kind": "other", "thread": None,
        "sender": "Monique Vis <m.vis@gemeente-krimpenerwaard.nl>",
        "subject": "FW: Uitnodiging heidag MT",
        "body": """Stan, dit is het interne stuk waar ik het over had: je ziet hoe het bij ons loopt met de
afmeldingen. Misschien herkenbaar voor het netwerk.

Van: Dirk Wouters
Verzonden: vrijdag 26 februari 2027 11:30
Aan: Monique Vis
Onderwerp: RE: Uitnodiging heidag MT

Monique, ik meld me af voor de heidag, ik heb er echt geen tijd voor. Sorry.

Van: Karin Lamers
Verzonden: vrijdag 26 februari 2027 10:05
Onderwerp: RE: Uitnodiging heidag MT

Ook ik kan er helaas niet bij.""",
    },
    {
        "id": "d92-oth-49", "kind": "other", "thread": None,
        "sender": "Greet Hofman <greet.hofman@gemeente-hof-van-twente.nl>",
        "subject": "stuurgroep",
        "body": """Beste Anton,

Hierbij mijn afmelding voor de stuurgroep van donderdag. Wil jij de voorzitter vragen het agendapunt over de
formatie door te schuiven?

Met vriendelijke groet,
Greet Hofman

Verzonden vanuit Outlook voor Android""",
    },
    # ---------------------------------------------------------------- other: complaints about mail volume, asking
    {
        "id": "d92-oth-50", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Kees Bruinsma <k.bruinsma@gemeente-oost-gelre.nl>",
        "body": """Goedemorgen,

Deze herinnering kreeg ik nu drie keer binnen een uur. Is dat de bedoeling, of zit er iets fout in uw
systeem? Mijn inbox is al vol genoeg.

Groet,
Kees Bruinsma""",
    },
    {
        "id": "d92-oth-51", "kind": "other", "thread": None,
        "sender": "Femke Lammers <f.lammers@werkorganisatie-ecw.nl>",
        "subject": "dubbele mails",
        "body": """Hallo,

Waarom krijg ik alles van jullie twee keer, op twee verschillende adressen? Welk van de twee staat bij jullie
als hoofdadres genoteerd? Dan weet ik welke ik in de gaten moet houden.

Femke""",
    },
    {
        "id": "d92-oth-52", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Michael Brenner <m.brenner@werkorganisatie-gooi.nl>",
        "body": """Hi,

Why am I getting so many emails from you lately? Is there a way to receive only the invitations and skip the
rest? I'm happy to stay a member, I just don't need every message.

Michael""",
    },
    {
        "id": "d92-oth-53", "kind": "other", "thread": None,
        "sender": "Annemarie Stoel <a.stoel@gemeente-steenwijkerland.nl>",
        "subject": "frequentie mails",
        "body": """Beste secretariaat,

Mijn mailbox stroomt over en ik probeer alle nieuwsbrieven te beperken. Hoeveel berichten kan ik van u per
jaar verwachten? Als het bij een paar blijft, is het prima.

Met vriendelijke groet,
Annemarie Stoel""",
    },
    {
        "id": "d92-oth-54", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Bert Hagens <b.hagens@gemeente-montferland.nl>",
        "body": """Dit is al de tweede wijziging deze maand. Staat de datum nu definitief vast, of moet ik rekening
houden met nog een verschuiving? Ik moet mijn agenda kunnen plannen.

B. Hagens""",
    },
    # ---------------------------------------------------------------- other: feedback that mentions themes
    {
        "id": "d92-oth-55", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Carla Verhoef <c.verhoef@werkorganisatie-cgm.nl>",
        "body": """Beste Stan en Melanie,

Dank voor de fijne middag. Vooral het gesprek over de samenwerking met de vier raden vond ik waardevol, en
het was goed georganiseerd. Complimenten!

Hartelijke groet,
Carla""",
    },
    {
        "id": "d92-oth-56", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Wouter Siebelink <wouter.siebelink@gmail.com>",
        "body": """Hoi Melanie,

Verslag gelezen, mooi samengevat. De discussie over digitalisering liep wat uit, maar dat gaf niet: dat was
juist het levendigste deel.

Groet, Wouter""",
    },
    {
        "id": "d92-oth-57", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Gonny Visscher <g.visscher@gemeente-ooststellingwerf.nl>",
        "body": """Goedemiddag,

De zaal was te klein en achterin was het slecht te verstaan. Misschien volgende keer een andere locatie, met
een microfoon? Verder een geslaagd atelier.

Gonny Visscher""",
    },
    {
        "id": "d92-oth-58", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "James Okafor <james.okafor@me.com>",
        "body": """Thanks for a great afternoon - the strategy discussion really hit home for me. Looking forward to
reading the full report.

James

Sent from my iPhone""",
    },
    {
        "id": "d92-oth-59", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "sender": "Lies Brinkman <lies.brinkman@werkorganisatie-dbg.nl>",
        "body": """Beste mensen,

Jammer dat er zo weinig tijd overbleef voor de tafel over dienstverlening; we moesten afronden net toen het
interessant werd. Verder prima, en de sfeer was goed.

Lies""",
    },
    {
        "id": "d92-oth-60", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ferdinand Beek <f.beek@gemeente-heerde.nl>",
        "body": """Beste secretariaat,

Geen onderwerp van mijn kant, wel een verzoek over de vorm: zou het atelier voortaan op een vrijdag kunnen?
Op donderdag hebben veel van ons collegevergadering.

Met vriendelijke groet,
Ferdinand Beek""",
    },
    {
        "id": "d92-oth-61", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Anja Timmermans <a.timmermans@werkorganisatie-sed.nl>",
        "body": """Beste Stan,

Ons MT bespreekt volgende week welke onderwerpen wij willen aandragen. Ik kom daarna bij u terug, ruim voor
21 januari.

Groet,
Anja Timmermans""",
    },
    {
        "id": "d92-oth-62", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Daan Vermeer <d.vermeer@gemeente-nieuwkoop.nl>",
        "body": """Dank voor de bevestiging. Ik zie dat u 'Samenwerking' als thema hebt genoteerd, maar is het
niet eerder Strategie? Hoe bepaalt u eigenlijk onder welk thema een onderwerp valt?

Daan Vermeer""",
    },
    # ---------------------------------------------------------------- other: assorted questions with act words
    {
        "id": "d92-oth-63", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Rianne Hofstra <r.hofstra@gemeente-tytsjerksteradiel.nl>",
        "body": """Goedendag,

Ik heb me niet aangemeld. Wie heeft dit gedaan, en waar hebben jullie mijn adres vandaan?

R. Hofstra""",
    },
    {
        "id": "d92-oth-64", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Leo Zwart <leo.zwart@kpnmail.nl>",
        "body": """Goedemiddag,

Ik heb me afgemeld omdat ik vertrek, maar mijn collega vroeg of zij nu automatisch mijn plek krijgt. Hoe werkt
dat bij jullie? Ze heeft nog geen nieuwe functie, dus een adres heb ik nog niet voor u.

Leo""",
    },
    {
        "id": "d92-oth-65", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Ilse Jonker <i.jonker@werkorganisatie-ak.nl>",
        "body": """Beste Melanie,

In de herinnering staat dat ik met 1 gast kom, maar volgens mij heb ik niemand opgegeven. Kunt u dat nakijken?
Ik kom zelf uiteraard wel.

Ilse""",
    },
    {
        "id": "d92-oth-66", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jan-Willem Pals <jw.pals@gemeente-lingewaard.nl>",
        "body": """Beste Stan,

Wie van onze organisatie heeft zich al opgegeven? Ik wil voorkomen dat we met z'n drieën komen terwijl er
maar dertig plaatsen zijn.

Jan-Willem""",
    },
    {
        "id": "d92-oth-67", "kind": "other", "thread": None,
        "sender": "Mieke Langeveld <m.langeveld@gemeente-nissewaard.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """Beste secretariaat,

Per 1 juni verandert mijn e-mailadres in m.langeveld@voorne-aan-zee.nl, vanwege de herindeling. Wilt u dat
aanpassen? Afmelden is dus niet nodig, ik blijf graag lid.

Met vriendelijke groet,
Mieke Langeveld""",
    },
    {
        "id": "d92-oth-68", "kind": "other", "thread": None,
        "sender": "Pieter Bakker <pieterbakker@hotmail.com>",
        "subject": "Membership",
        "body": """Hello,

My assistant says she unsubscribed me by mistake last week while cleaning up my inbox. Am I still a member?
I don't want to miss the March atelier.

Pieter Bakker""",
    },
    {
        "id": "d92-oth-69", "kind": "other", "thread": None,
        "sender": "Sophie Lauwers <sophie.lauwers@intercommunale-kempen.be>",
        "subject": "Membership for Belgian directors?",
        "body": """Dear colleagues,

I came across your network on LinkedIn. Is membership also open to directors of Belgian intermunicipal
partnerships? If it is, I would be interested in joining.

Kind regards,
Sophie Lauwers""",
    },
    {
        "id": "d92-oth-70", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "ongemarkeerd",
        "sender": "Bart Roelofs <b.roelofs@werkorganisatie-vijfheerenlanden.nl>",
        "body": """Dank! U schrijft dat ik nu al een onderwerp kan aandragen. Wanneer komt de volgende oproep, en voor
welk atelier? Dan bereid ik me voor.

Bart Roelofs""",
    },
    {
        "id": "d92-oth-71", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Chantal Wester <c.wester@gemeente-midden-drenthe.nl>",
        "body": """Jammer dat het niet doorgaat. Blijft mijn aanmelding staan voor de nieuwe datum, of moet ik me
opnieuw opgeven als die bekend is?

Chantal Wester""",
    },
    {
        "id": "d92-oth-72", "kind": "other", "thread": None,
        "sender": "Rutger Schouten <r.schouten@gemeente-horstaandemaas.nl>",
        "subject": "Adviesraad",
        "body": """Beste Stan en Melanie,

Ik las dat de Adviesraad de suggesties weegt. Ik zou me graag aanmelden voor de Adviesraad; ik zit nu drie
jaar in het netwerk en heb ideeën over het programma. Hoe gaat de selectie?

Met vriendelijke groet,
Rutger Schouten""",
    },
    {
        "id": "d92-oth-73", "kind": "other", "thread": None,
        "sender": "Hanneke Veltman <h.veltman@servicecentrum-mer.nl>",
        "subject": "Nieuwsbrief aanmelden?",
        "body": """Goedemorgen,

Op uw website staat 'meld je aan via info@'. Is dat voor het atelier of voor het netwerk zelf? En is er ook
een aparte nieuwsbrief waarop ik me kan abonneren?

Hanneke Veltman""",
    },
    {
        "id": "d92-oth-74", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke Smit <marieke.smit@werkorganisatie-wbd.nl>",
        "body": """Beste Stan,

Leuk dat ik in de plaats van Dirk mag komen. Moet ik daarvoor ook lid worden van het netwerk, of kan ik als
vervanger gewoon aanschuiven?

Marieke""",
    },
    {
        "id": "d92-oth-75", "kind": "other", "thread": "invitation", "quote": "none",
        "sender": "Ria Hoogland <r.hoogland@gemeente-eemsdelta.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Goedemorgen,

Is er na afloop nog een gezamenlijke maaltijd? Zo ja, dan meld ik me aan voor het hele programma; zo nee, dan
kom ik alleen het eerste deel en vertrek ik om vier uur. Hoort u dat liever vooraf?

Ria Hoogland""",
    },
    # ---------------------------------------------------------------- real counterparts: leave, erasure, hand-over
    {
        "id": "d92-uns-01", "kind": "unsubscribe", "thread": None,
        "sender": "Henk Jansen <h.jansen@werkorganisatie-cuijk.nl>",
        "subject": "afmelding netwerk",
        "body": """Goedemiddag,

Per 1 april ga ik met pensioen. Graag meld ik mij daarom af voor het netwerk. Dank voor de mooie bijeenkomsten
van de afgelopen jaren.

Met vriendelijke groet,
Henk Jansen""",
    },
    {
        "id": "d92-uns-02", "kind": "unsubscribe", "thread": None,
        "sender": "Oliver Grant <o.grant@werkorganisatie-gooi.nl>",
        "subject": "Unsubscribe",
        "body": """Please take me off your mailing list. Thanks.

Oliver Grant""",
    },
    {
        "id": "d92-uns-03", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Joke Meijering <j.meijering@gemeente-westerwolde.nl>",
        "body": """Beste Melanie,

Ik kom niet, en eigenlijk wil ik me ook als lid afmelden: mijn functie verandert per april en het netwerk past
dan niet meer bij mijn werk.

Groet,
Joke Meijering""",
    },
    {
        "id": "d92-uns-04", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "mr. A.J. Dekkers <aj.dekkers@gemeente-land-van-cuijk.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": """Geacht secretariaat,

Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te verwijderen en mij uit te schrijven
uit het netwerk. Graag ontvang ik een bevestiging zodra dit is gebeurd.

Hoogachtend,
mr. A.J. Dekkers""",
    },
    {
        "id": "d92-uns-05", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Rebecca Stone <rebecca.stone@gmail.com>",
        "subject": "Data deletion request",
        "body": """Dear secretariat,

Under GDPR I ask you to delete all personal data you hold about me and to stop sending me messages.

Regards,
Rebecca Stone""",
    },
    {
        "id": "d92-uns-06", "kind": "unsubscribe", "thread": None,
        "sender": "Gert Brandsma <g.brandsma@werkorganisatie-duo.nl>",
        "subject": "Opvolging in het netwerk",
        "body": """Beste Stan,

Per 1 juni neemt Karin Bos mijn functie over. Wilt u mij afmelden en haar in mijn plaats opnemen? Haar adres
is k.bos@werkorganisatie-duo.nl.

Met vriendelijke groet,
Gert Brandsma""",
    },
    {
        "id": "d92-uns-07", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Joost Hermans <j.hermans@gemeente-maasgouw.nl>",
        "body": """Dit was ik niet.

Joost Hermans""",
    },
    {
        "id": "d92-uns-08", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Tineke Wiersma <tinekewiersma@gmail.com>",
        "body": """Ik heb me nergens aangemeld en wil deze mails niet ontvangen.

T. Wiersma""",
    },
    {
        "id": "d92-uns-09", "kind": "unsubscribe", "thread": None,
        "sender": "Kees Boon <k.boon@gemeente-oost-gelre.nl>",
        "subject": "te veel mail",
        "body": """Ik krijg veel te veel mail van jullie. Meld me maar af.

Kees Boon""",
    },
    {
        "id": "d92-uns-10", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Karin Mol <k.mol@gemeente-tholen.nl>",
        "body": """Dank voor de bevestiging. Wilt u nu ook al mijn gegevens volledig verwijderen, ook van de
deelnemerslijsten op de website?

Karin Mol""",
    },
    {
        "id": "d92-uns-11", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Stijn Kok <stijn.kok@gmail.com>",
        "body": """Bij nader inzien toch liever niet; het netwerk is voor mij te ver van mijn werk af. Graag weer
afmelden.

Stijn""",
    },
    {
        "id": "d92-uns-12", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Marja de Wit <m.dewit@werkorganisatie-hlt.nl>",
        "body": """Graag afmelden voor het netwerk; ik vertrek per 1 februari bij de werkorganisatie.

Marja de Wit""",
    },
    {
        "id": "d92-uns-13", "kind": "unsubscribe", "thread": None,
        "sender": "Theo Spanjer <theo.spanjer@kpnmail.nl>",
        "subject": "Re: Afmelden of ander adres",
        "body": """Beste secretariaat,

Ik heb besloten om me gewoon af te melden; de mails op een ander adres ontvangen hoeft niet meer. Dank voor
alles.

Groet,
Theo Spanjer""",
    },
    {
        "id": "d92-uns-14", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Robert Leeflang <r.leeflang@gemeente-goeree-overflakkee.nl>",
        "body": """Ik zal er helaas niet bij zijn, en ik wil me bij deze ook afmelden als lid van het netwerk. Door de
nieuwe bestuursopdracht ontbreekt me de tijd.

Robert Leeflang""",
    },
    {
        "id": "d92-uns-15", "kind": "unsubscribe", "thread": None,
        "sender": "Eline Vos <e.vos@servicepunt71.nl>",
        "subject": "Handing over my seat",
        "body": """Dear Stan and Melanie,

I am leaving Servicepunt71 at the end of this month. My successor, Daniel Hooft (d.hooft@servicepunt71.nl),
will take my place in the network. Please remove me and invite him instead.

Best regards,
Eline Vos""",
    },
    # ---------------------------------------------------------------- real counterparts: subscribe and confirm
    {
        "id": "d92-sub-01", "kind": "subscribe", "thread": None,
        "sender": "Nadia el Amrani <n.elamrani@werkorganisatie-ecw.nl>",
        "subject": "Aanmelding netwerk",
        "body": """Beste Stan en Melanie,

Graag meld ik mij aan als lid van het netwerk. Sinds januari ben ik directeur van de werkorganisatie
Enkhuizen-Coevorden-Waterland (ECW).

Met vriendelijke groet,
Nadia el Amrani""",
    },
    {
        "id": "d92-sub-02", "kind": "subscribe", "thread": None,
        "sender": "David Morrison <d.morrison@werkorganisatie-bbr.nl>",
        "subject": "Joining the network",
        "body": """Hello,

I'd like to join the network. I took over as director of the BBR shared services organisation last month and
would welcome the exchange with colleagues.

Kind regards,
David Morrison""",
    },
    {
        "id": "d92-sub-03", "kind": "subscribe", "thread": None,
        "sender": "Secretariaat directie <secretariaat@ferm-werk.nl>",
        "subject": "Aanmelding nieuwe directeur",
        "body": """Goedemorgen,

Onze nieuwe directeur, Hans Meijer (h.meijer@ferm-werk.nl), wil graag lid worden van het netwerk. Kunt u hem
aanmelden?

Met vriendelijke groet,
Jacqueline, secretariaat directie""",
    },
    {
        "id": "d92-sub-04", "kind": "subscribe", "thread": None,
        "sender": "Marloes Tebbens <m.tebbens@gemeente-dinkelland.nl>",
        "subject": "aanmelden",
        "body": """Goedemorgen,

Een collega vertelde enthousiast over jullie netwerk. Ik wil me graag aanmelden; ik ben directeur van de
ambtelijke organisatie van Dinkelland en Tubbergen.

Hartelijke groet,
Marloes Tebbens""",
    },
    {
        "id": "d92-sub-05", "kind": "subscribe", "thread": None,
        "sender": "Koen van Rijswijk <k.vanrijswijk@werkorganisatie-ak.nl>",
        "subject": "Aanmelden",
        "body": """Vorig jaar heb ik me afgemeld vanwege een tijdelijke klus elders, maar nu ben ik terug als directeur.
Graag weer aanmelden.

Koen van Rijswijk""",
    },
    {
        "id": "d92-con-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Gerda Timmer <g.timmer@gemeente-molenlanden.nl>",
        "body": """Ja, ik bevestig mijn aanmelding.

Gerda Timmer""",
    },
    {
        "id": "d92-con-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Lotte Rozendaal <lotte.rozendaal@icloud.com>",
        "body": """Klopt, dat was ik. Graag lid worden!

Lotte

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d92-con-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Simon Carter <s.carter@werkorganisatie-gooi.nl>",
        "body": """Confirmed, thanks.

Simon""",
    },
    # ---------------------------------------------------------------- real counterparts: rsvp
    {
        "id": "d92-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jolanda Veenstra <j.veenstra@gemeente-ede.nl>",
        "body": """Ja, ik kom.

Jolanda Veenstra""",
    },
    {
        "id": "d92-rsvp-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Hans Boersma <h.boersma@werkorganisatie-druten.nl>",
        "body": """Beste Stan,

Ik meld me af voor het atelier: ik zit die middag bij de raad. Lid blijf ik uiteraard, volgende keer beter.

Groet, Hans""",
    },
    {
        "id": "d92-rsvp-03", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Niels Haverkamp <niels.haverkamp@icloud.com>",
        "body": """Helaas, ik kan niet. Er is iets tussengekomen.

Niels""",
    },
    {
        "id": "d92-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Claire Bosman <c.bosman@werkorganisatie-cgm.nl>",
        "body": """Count me in - I'll bring one colleague, so two of us.

Claire""",
    },
    {
        "id": "d92-rsvp-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Ron Peters <r.peters@dienstverlening-bommelerwaard.nl>",
        "body": """Nee helaas. In mijn plaats komt onze concerncontroller, Peter Smit
(p.smit@dienstverlening-bommelerwaard.nl).

Ron Peters""",
    },
    {
        "id": "d92-rsvp-06", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Bert Hagens <b.hagens@gemeente-montferland.nl>",
        "body": """Ik kan toch niet, haalt u mij maar van de wachtlijst.

B. Hagens""",
    },
    {
        "id": "d92-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "apple",
        "sender": "Chantal Wester <c.wester@gemeente-midden-drenthe.nl>",
        "body": """De nieuwe datum komt mij zelfs beter uit. Ik kom!

Chantal""",
    },
    {
        "id": "d92-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Marco Lodder <m.lodder@zaanstad-oostzaan.nl>",
        "body": """Beste Melanie,

Eerder meldde ik me af, maar mijn afspraak is verzet. Ik kom dus toch, graag weer op de lijst.

Marco Lodder""",
    },
    {
        "id": "d92-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Henri Smeets <henri.smeets@mijngemeente-ut.nl>",
        "body": """Ja, ik ben erbij.

Henri""",
    },
    {
        "id": "d92-rsvp-10", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ferdinand Beek <f.beek@gemeente-heerde.nl>",
        "body": """Ik heb geen onderwerp in te brengen, maar ik kom wel naar het atelier.

Ferdinand Beek""",
    },
    {
        "id": "d92-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "none",
        "sender": "Ria Hoogland <r.hoogland@gemeente-eemsdelta.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Goedemorgen,

Helaas moet ik me voor 11 maart afmelden, de begrotingsbehandeling is naar die dag verschoven.

Ria Hoogland""",
    },
    # ---------------------------------------------------------------- real counterparts: suggestions
    {
        "id": "d92-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Tamara van der Horst <t.vanderhorst@werkorganisatie-sed.nl>",
        "body": """Beste secretariaat,

Mijn onderwerp: de positie van onze werkorganisatie in de regio, nu de regiodeal om een gezamenlijke inzet
van de drie gemeenten vraagt.

Met vriendelijke groet,
Tamara van der Horst""",
    },
    {
        "id": "d92-sug-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Lies Brinkman <lies.brinkman@werkorganisatie-dbg.nl>",
        "body": """Dank voor de middag. Voor de volgende keer stel ik voor: hoe meten we of inwoners tevreden zijn over
onze dienstverlening, en wat doen we met die uitkomsten?

Lies""",
    },
    {
        "id": "d92-sug-03", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Michael Brenner <m.brenner@werkorganisatie-gooi.nl>",
        "body": """Topic suggestion: recruiting and keeping IT and data staff in a tight labour market.

Michael""",
    },
    {
        "id": "d92-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Anja Timmermans <a.timmermans@werkorganisatie-sed.nl>",
        "body": """Beste Stan,

Ons MT heeft het besproken. Wij dragen aan: waar staat onze fusieorganisatie over tien jaar? Een lange
termijn visie die de colleges ook onderschrijven.

Groet,
Anja Timmermans""",
    },
    {
        "id": "d92-sug-05", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Wouter Siebelink <w.siebelink@gemeente-berkelland.nl>",
        "body": """Twee onderwerpen van mijn kant:
- bestuurlijke prioriteiten na de gemeenteraadsverkiezingen: hoe stem je de agenda af op nieuwe colleges;
- de formatie onder druk: hoe houden we de begroting van de werkorganisatie sluitend.

Ik kom in elk geval.
Wouter""",
    },
    {
        "id": "d92-sug-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Sanne Wolters <s.wolters@werkorganisatie-noord.nl>",
        "body": """Dank voor het welkom. U vraagt of ik al een onderwerp heb: ja. Hoe ga je als werkorganisatie om met
vier deelnemende gemeenten die elk andere ambities hebben en iets anders van je verwachten?

Groet,
Sanne""",
    },
    {
        "id": "d92-sug-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Daan Vermeer <d.vermeer@gemeente-nieuwkoop.nl>",
        "body": """Nog een aanvulling: het monitoren van onze prestaties richting inwoners en ondernemers, bijvoorbeeld
met een openbaar dashboard over afhandeltermijnen.

Daan Vermeer""",
    },
    {
        "id": "d92-sug-08", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Gonny Visscher <g.visscher@gemeente-ooststellingwerf.nl>",
        "body": """Goedemiddag,

Mooie middag. Volgende keer zou ik het graag hebben over hybride werken: wat betekent dat voor de
werkprocessen en de huisvesting van onze werkorganisatie?

Gonny Visscher""",
    },
]
# fmt: on
