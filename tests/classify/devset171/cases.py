"""devset171: the two ends of register, from stiff official letters to chat-style one-liners, in every kind of mail.

The writers are directors, board secretaries and management assistants of invented werkorganisaties and GR's. Half
of them write as an official letter is written: a kenmerk, an onderwerp, bijlagen, "Hoogachtend", a signature
"namens het bestuur" or "namens het directieteam" and a long legal disclaimer; the other half type on a phone:
lower case, no punctuation, emoji, a word or two. Many mails hide their one request: a withdrawal in the third
paragraph of a letter about a ontvlechting, a sign-up at the end of a chatty story about a congress, an "ik schuif
natuurlijk aan" among news from the writer's own municipalities, a topic in a two-word reply to our thank-you. The
look-alikes pair the two registers: a formal "afmelden voor het atelier" that keeps the membership, a board that
reports a director's departure without being that director, an AVG request to see one's data beside one to erase
it, a casual hand-over that stays a member until June, "haal me van de wachtlijst" beside "haal me van de lijst".

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a long letter with one request is labelled by that request.
- Leaving the network and declining the atelier in one mail is `unsubscribe`; declining only the atelier while
  keeping the membership, or with a substitute, is `rsvp` False; asking off the waiting list is a later answer
  that declines, so `rsvp` False.
- An assistant answering our invitation in reply is `rsvp`; an assistant confirming a sign-up from their own
  address is `other`.
- A board signing up one named director with her address is `subscribe`; signing up several people is `other`.
- A member leaving with the successor's address, or with a successor named but no address yet, is `unsubscribe`;
  a hand-over for a later date "tot die tijd blijf ik lid" is `other`; a board reporting that its director left is
  `other`.
- An AVG erasure is `unsubscribe` with `erase`, also with a question beside it; a request to see one's data is
  `other`. A denial under our confirmation mail is `unsubscribe`, one that asks where we got the address `other`.
- A topic proposed under any of our mails is a `suggestion` with the themes of what is proposed (two topics under
  two themes: both); backing another member's topic, asking to present, a wish about the place of the atelier,
  and a "nee" that only answers the guest question are `other`; a yes on a condition is `other`.
- An empty reply, a signature alone or a thumbs-up under our confirmation mails is `confirm`. Calendar answers are
  `rsvp`; out-of-office and "address no longer in use" are `autoreply`; delivery failures are `bounce`.
- Replies to the follow-up mail carry the thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe ---------------------------------------------------------------------------------------------
    {
        "id": "d171-001",
        "kind": "subscribe",
        "sender": "drs. H.M. Staal-Brouwer <h.staal@wo-veenhoven.nl>",
        "quote": "none",
        "subject": "Aanmelding lidmaatschap Netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Aan het secretariaat van het Netwerk van directeuren van ambtelijke fusieorganisaties
            t.a.v. de heer S. van de Laar en mevrouw M. Huurneman

            Ons kenmerk: WOV/DIR/2027-0114
            Uw kenmerk: -
            Onderwerp: aanmelding lidmaatschap
            Bijlage(n): geen

            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met ingang van 1 februari 2027 ben ik door de colleges van de gemeenten Veenhoven, Aldeburg en
            Oostermeer benoemd tot algemeen directeur van de Werkorganisatie Veenhoven-Aldeburg-Oostermeer. Mijn
            voorganger heeft mij bij de overdracht gewezen op het bestaan van uw netwerk en op de waarde die hij
            hechtte aan de bijeenkomsten die u organiseert.

            Gaarne verzoek ik u mij als lid van het netwerk in te schrijven op het bovenvermelde e-mailadres. Naar
            ik heb begrepen is aan het lidmaatschap geen bijdrage verbonden.

            Hoogachtend,

            drs. H.M. Staal-Brouwer
            algemeen directeur
            Werkorganisatie Veenhoven-Aldeburg-Oostermeer
            Postbus 2040, 8430 AA Veenhoven

            Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Aan dit bericht en eventuele bijlagen
            kunnen geen rechten worden ontleend, tenzij schriftelijk anders is overeengekomen.
            """
        ),
    },
    {
        "id": "d171-002",
        "kind": "subscribe",
        "sender": "bram oudeweg <bram.oudeweg@gemeentenkempenrand.nl>",
        "quote": "none",
        "subject": "hoi",
        "body": _(
            """
            hoi zag jullie site via een collega van de gr hiernaast mag ik ook bij dat netwerk ben sinds kort dir
            bedrijfsvoering bij kempenrand thx bram
            """
        ),
    },
    {
        "id": "d171-003",
        "kind": "subscribe",
        "sender": "Bestuurssecretariaat GR Drechtzoom <bestuurssecretariaat@gr-drechtzoom.nl>",
        "quote": "none",
        "subject": "Aanmelding directeur GR Drechtzoom",
        "body": _(
            """
            Geacht secretariaat,

            Kenmerk: BS/2027/031
            Onderwerp: aanmelding lidmaatschap directeur ambtelijke organisatie

            In zijn vergadering van 14 januari jl. heeft het algemeen bestuur van de Gemeenschappelijke Regeling
            Drechtzoom mevrouw ir. Johanna Veldkamp benoemd tot directeur van de ambtelijke organisatie. Het
            bestuur hecht eraan dat zij zo spoedig mogelijk aansluiting vindt bij collega's elders in het land.

            Wij verzoeken u daarom mevrouw Veldkamp in te schrijven als lid van uw netwerk. Haar e-mailadres luidt
            j.veldkamp@gr-drechtzoom.nl.

            Namens het bestuur,

            mr. P.A. de Gruijter
            secretaris algemeen bestuur GR Drechtzoom

            Aan deze e-mail kunnen geen rechten worden ontleend. GR Drechtzoom aanvaardt geen aansprakelijkheid
            voor schade ontstaan door het gebruik van elektronische communicatie.
            """
        ),
    },
    {
        "id": "d171-004",
        "kind": "subscribe",
        "sender": "Thijs Ramaker <t.ramaker@marnegouw.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            huh?? lid blijven graag, heb nergens op gedrukt volgens mij. denk dat mn telefoon iets deed in mn
            broekzak 🙈
            """
        ),
    },
    {
        "id": "d171-005",
        "kind": "subscribe",
        "sender": "Fenna Bosgraaf <fenna.bosgraaf@wolderland-werkt.nl>",
        "quote": "none",
        "subject": "na het congres in Den Bosch",
        "body": _(
            """
            Hallo Stan,

            Wat leuk dat we elkaar vorige week in Den Bosch even spraken bij de koffie! Ik was je kaartje
            natuurlijk meteen kwijt, maar vond gelukkig dit adres op de website. Die sessie over de Omgevingswet
            hebben we uiteindelijk laten schieten: we zijn met z'n vieren gaan lunchen aan de Markt en hebben het
            daar de hele middag over ontvlechting en herindeling gehad, haha. Bij Wolderland zijn we inmiddels
            twee jaar één werkorganisatie voor drie gemeenten en we lopen eerlijk gezegd precies tegen de dingen
            aan waar jij het over had, vooral met drie colleges die alle drie een eigen wethouder bedrijfsvoering
            hebben.

            Enfin, lang verhaal. Jij zei dat ik me gewoon kon aanmelden, dus bij dezen: zet me er maar bij.

            Nog een fijne week en doe de groeten aan Melanie!
            Fenna

            Fenna Bosgraaf | gemeentesecretaris-directeur | Werkorganisatie Wolderland
            """
        ),
    },
    {
        "id": "d171-006",
        "kind": "subscribe",
        "sender": "Daniel Okafor-Smit <d.okaforsmit@kustwerksamen.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear secretariat,

            My Dutch is still a work in progress, so I hope you don't mind me writing in English. Last month I
            started as interim directeur bedrijfsvoering at Kustwerk Samen, the shared service organisation of
            three coastal municipalities. A colleague forwarded me your network's page and I would very much like
            to join: please register this address as a member.

            Kind regards / met vriendelijke groet,
            Daniel Okafor-Smit
            """
        ),
    },
    # --- confirm -----------------------------------------------------------------------------------------------
    {
        "id": "d171-007",
        "kind": "confirm",
        "sender": "Wim Harteveld <w.harteveld@zeeweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d171-008",
        "kind": "confirm",
        "sender": "Roelof Kuipers <r.kuipers@wo-noorderzand.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            ing. R.J. (Roelof) Kuipers MPM
            directeur bedrijfsvoering
            Werkorganisatie Noorderzand | gemeenten Aduard-Hooghe, Feerwâld en Nijlande
            T 0594 - 27 81 00 | M 06 - 51 62 08 33
            Bezoekadres: Raadhuisplein 4, Feerwâld

            De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze
            informatie door anderen dan de geadresseerde is verboden. Indien u dit bericht ten onrechte ontvangt,
            wordt u verzocht de inhoud niet te gebruiken maar de afzender direct te informeren door het bericht te
            retourneren. De Werkorganisatie Noorderzand staat niet in voor de juiste en volledige overbrenging van
            de inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan.
            """
        ),
    },
    {
        "id": "d171-009",
        "kind": "confirm",
        "sender": "Joost Lamberts <j.lamberts@bommelerwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": "👍",
    },
    {
        "id": "d171-010",
        "kind": "confirm",
        "sender": "Sanne Wijffels <sanne.wijffels@dewaalsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            jep dat was ik gewoon zelf klopt helemaal
            """
        ),
    },
    {
        "id": "d171-011",
        "kind": "confirm",
        "sender": "C.F.M. van Rossum-Dekker <c.vanrossum@heuvelrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar,

            Uw kenmerk: AF-7K3Q9-XM2PA-4RTZ8
            Onderwerp: bevestiging aanmelding

            In antwoord op uw bericht van heden bevestig ik hierbij de aanmelding voor het Netwerk van directeuren
            van ambtelijke fusieorganisaties, die mijn secretariaat op mijn verzoek heeft ingediend. Ik stel het
            op prijs berichten van het netwerk op dit adres te ontvangen.

            Hoogachtend,

            mr. drs. C.F.M. (Carel) van Rossum-Dekker
            gemeentesecretaris / algemeen directeur
            Ambtelijke organisatie Heuvelrand-Oost
            """
        ),
    },
    {
        "id": "d171-012",
        "kind": "confirm",
        "sender": "Anouk Pronk <a.pronk@vlietlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Akkoord hoor.

            Get Outlook for Android
            """
        ),
    },
    # --- unsubscribe -------------------------------------------------------------------------------------------
    {
        "id": "d171-013",
        "kind": "unsubscribe",
        "sender": "G.J. Bruinsma <g.bruinsma@wo-lommerdewijkzand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Kenmerk: D/27/0207-GB
            Onderwerp: uw uitnodiging voor het atelier van 11 maart 2027 en ons lidmaatschap
            Bijlage: raadsbesluit d.d. 19 december 2026 (ter kennisname, niet meegezonden)

            Dank voor uw uitnodiging voor het Leer- en inspireer-atelier van 11 maart aanstaande. Het thema spreekt
            mij bijzonder aan, en het is dan ook met enige spijt dat ik u het volgende bericht.

            Zoals u wellicht uit de regionale pers hebt vernomen, hebben de raden van Lommerde en Wijkzand in
            december jl. besloten de ambtelijke samenwerking per 1 juli 2027 te beëindigen. Beide gemeenten gaan
            verder met een eigen ambtelijk apparaat; de werkorganisatie wordt in de komende maanden ontvlochten.
            Mijn aanstelling eindigt met de opheffing van de werkorganisatie en ik keer niet terug in een van beide
            gemeentelijke organisaties.

            Daarmee vervalt voor mij de grond voor deelname aan uw netwerk. Ik verzoek u mij met ingang van heden
            uit het ledenbestand te verwijderen. Vanzelfsprekend zal ik dan ook niet op het atelier aanwezig zijn.

            Ik dank u en de collega's voor de waardevolle gesprekken van de afgelopen jaren.

            Hoogachtend,

            G.J. Bruinsma
            algemeen directeur Werkorganisatie Lommerde-Wijkzand

            Disclaimer: dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, dan
            verzoeken wij u het bericht te verwijderen en de afzender te informeren.
            """
        ),
    },
    {
        "id": "d171-014",
        "kind": "unsubscribe",
        "sender": "Kees Doornbos <k.doornbos@bollendal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            eerlijk is eerlijk ik lees deze mails nooit 🙈 haal me maar van jullie lijst scheelt ons allebei tijd
            """
        ),
    },
    {
        "id": "d171-015",
        "kind": "unsubscribe",
        "sender": "Ria Hofstede <r.hofstede@oldambtzijl.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            ik heb me hier helemaal niet voor opgegeven?? wie doet zoiets nou. niet doen dus
            """
        ),
    },
    {
        "id": "d171-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. A.E. Vroom <a.vroom@duinstreek-samen.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Ons kenmerk: JZ/AVG/2027-009
            Onderwerp: verzoek tot wissing van persoonsgegevens ex artikel 17 AVG

            Ondergetekende, mevrouw mr. A.E. Vroom, tot 1 januari 2027 directeur van de Ambtelijke Organisatie
            Duinstreek, verzoekt u hierbij op grond van artikel 17 van de Algemene verordening
            gegevensbescherming alle persoonsgegevens die u van haar verwerkt, waaronder naam, functie,
            e-mailadres en eventuele aanwezigheidsregistraties van bijeenkomsten, onverwijld te wissen en haar
            lidmaatschap van het netwerk te beëindigen.

            Ik verzoek u mij schriftelijk te bevestigen dat aan dit verzoek gevolg is gegeven, en mij daarbij te
            laten weten of mijn gegevens aan derden, zoals de leden van de Adviesraad, zijn verstrekt.

            Hoogachtend,

            mr. A.E. Vroom

            Deze e-mail is uitsluitend bestemd voor de geadresseerde. Indien u niet de geadresseerde bent, wordt u
            verzocht de afzender hiervan op de hoogte te stellen en het bericht te vernietigen. Openbaarmaking,
            vermenigvuldiging of verspreiding is niet toegestaan.
            """
        ),
    },
    {
        "id": "d171-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marga Tjoelker <m.tjoelker@friesewoudenwerk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            vanaf vrijdag met pensioen 🎉🎉 dus dat atelier wordt niks meer. gooi me er maar uit en wis meteen
            alles wat jullie van me hebben, hoef echt niks meer te ontvangen
            marga
            """
        ),
    },
    {
        "id": "d171-018",
        "kind": "unsubscribe",
        "sender": "Herman Roodbeen <h.roodbeen@rijnoeverlinge.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Dank voor jullie bericht en voor het verslag, dat ik met veel plezier heb gelezen. Het atelier van maart
            was voor mij in meer dan één opzicht bijzonder: het was ook mijn laatste.

            Na ruim acht jaar als algemeen directeur van de Werkorganisatie Rijnoever-Linge heb ik vorige week
            afscheid genomen. Ik maak de overstap naar de provincie, waar ik het programma vitaal platteland ga
            trekken. Een mooie stap, maar het netwerk zal ik missen; de openheid waarmee collega's hier hun
            dilemma's op tafel leggen, kom je niet vaak tegen.

            Mijn opvolger, Willemijn Dekkers, is inmiddels begonnen en neemt mijn plek in het netwerk graag over.
            Haar adres is w.dekkers@rijnoeverlinge.nl. Willen jullie mij uitschrijven en haar in mijn plaats
            opnemen?

            Met hartelijke groet, en tot ziens in een andere rol,

            Herman Roodbeen
            """
        ),
    },
    {
        "id": "d171-019",
        "kind": "unsubscribe",
        "sender": "Lars Middelkoop <l.middelkoop@hollandsplassenland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            geen thema van mij, ben per direct weg bij plassenland. opvolger wordt jeroen plas maar die heeft hier
            nog geen mailadres. mij mogen jullie eruit halen ✌️
            """
        ),
    },
    {
        "id": "d171-020",
        "kind": "unsubscribe",
        "sender": "Ilse Verbrugge <i.verbrugge@scheldemond-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            nee hoor en schrap me ook maar als lid, zit inmiddels bij een waterschap

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d171-021",
        "kind": "unsubscribe",
        "sender": "Robert Ashdown-Meijer <r.ashdown@grensdal.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Understood, thanks for letting us know. While you're at it, could you take me off the mailing list
            altogether? I've moved to a role at the province and the network is no longer relevant for me.

            Best,
            Robert
            """
        ),
    },
    # --- rsvp --------------------------------------------------------------------------------------------------
    {
        "id": "d171-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jurre Blanksma <j.blanksma@lauwerskwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            jep ben erbij 👍🏻 tot de 11e
            """
        ),
    },
    {
        "id": "d171-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "M.A.J. Eijkelenboom <m.eijkelenboom@drie-gemeenten-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Onderwerp: uw uitnodiging Leer- en inspireer-atelier d.d. 11 maart 2027
            Uw kenmerk: atelier 2027-1

            Gaarne bevestig ik mijn deelname aan het atelier op donderdag 11 maart aanstaande in het Stadskantoor
            te Utrecht. Ik zal zonder introducé aanwezig zijn.

            Hoogachtend,

            dr. ir. M.A.J. (Maarten) Eijkelenboom
            directeur Servicecentrum Drie Gemeenten Zuid

            ---------------------------------------------------------------------
            Dit bericht en de eventueel daarbij behorende bijlagen zijn uitsluitend bestemd voor de
            geadresseerde. Het Servicecentrum Drie Gemeenten Zuid is niet aansprakelijk voor schade die
            voortvloeit uit onvolledige of vertraagde overbrenging van dit bericht.
            """
        ),
    },
    {
        "id": "d171-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Bakkum <y.bakkum@wo-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Terpstra komt graag naar het atelier; ik heb het inmiddels in haar agenda gezet.

            Groet,
            Yvonne Bakkum
            managementondersteuning directie, Werkorganisatie Eemvallei
            """
        ),
    },
    {
        "id": "d171-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Ketelaar <w.ketelaar@maasenheide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            graag, tot in Utrecht
            """
        ),
    },
    {
        "id": "d171-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Aalbers <f.aalbers@hoekschelanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            kom met z'n tweeën: ik + mijn concerncontroller (Ruud), die zit er middenin met onze vier gemeenten
            """
        ),
    },
    {
        "id": "d171-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Hazenberg <lotte.hazenberg@werkorganisatie-ijsselmeent.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Hoi Melanie,

            Wat een timing, dit thema! Bij ons is de couleur locale echt hét gespreksonderwerp van het moment.
            Sinds de verkiezingen hebben we in Meent een nieuwe burgemeester die vindt dat 'haar' inwoners te
            weinig van de werkorganisatie merken, en in Hattemerbroek willen ze ineens weer een eigen
            communicatieadviseur op het gemeentehuis. Ik had het er gisteren nog over met de drie
            gemeentesecretarissen en we kwamen er eerlijk gezegd niet uit, behalve dat we allemaal vonden dat de
            koffie op het gemeentehuis van Hattemerbroek beter is dan die van ons, haha.

            Afijn, ik ga je niet vervelen met het hele verhaal, dat doe ik wel op de 11e, want ik schuif natuurlijk
            aan. Lief dat jullie dit steeds weer organiseren.

            Groetjes,
            Lotte
            """
        ),
    },
    {
        "id": "d171-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Vermaat <g.vermaat@altenadelta.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            balen!! raad heeft die middag een extra sessie over de voorjaarsnota gepland dus ik moet afhaken 😩
            """
        ),
    },
    {
        "id": "d171-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "J. Hoogendam <directiesecretariaat@bergweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte mevrouw Huurneman,

            Kenmerk: DIR-2027-044
            Onderwerp: deelname Leer- en inspireer-atelier 11 maart 2027

            Namens de algemeen directeur van de Werkorganisatie Bergweide, de heer drs. F. Schimmelpenninck,
            bericht ik u dat hij wegens een gelijktijdige vergadering van het algemeen bestuur tot zijn spijt
            verhinderd is. In zijn plaats zal mevrouw E.C. Bolhuis, directeur sociaal domein, deelnemen. Haar
            e-mailadres is e.bolhuis@bergweide.nl.

            Met vriendelijke groet, namens de directie,

            J. Hoogendam
            directiesecretaris Werkorganisatie Bergweide
            """
        ),
    },
    {
        "id": "d171-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie Brandsma <s.brandsma@noordkwartier.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            zit die hele week in Brussel voor het Interreg-dossier, sorry
            """
        ),
    },
    {
        "id": "d171-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "ir. B. Zwanenburg <b.zwanenburg@wo-gooimeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij meld ik mij af voor het atelier van 11 maart. Voor alle duidelijkheid: het betreft uitsluitend
            deze bijeenkomst. Mijn lidmaatschap van het netwerk wens ik te behouden en ik zie uit naar een volgende
            gelegenheid.

            Hoogachtend,

            ir. B. Zwanenburg
            directeur Werkorganisatie Gooimeer

            Op deze e-mail is een disclaimer van toepassing, zie www.wo-gooimeer.nl/disclaimer
            """
        ),
    },
    {
        "id": "d171-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia el Khatib <n.elkhatib@zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            oei, Dirk had het me even moeten vragen: ik zit die week met de kinderen op Texel. gaat dus niet lukken,
            helaas
            """
        ),
    },
    {
        "id": "d171-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Tuinstra <m.tuinstra@de-wolden-samen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            haal me maar van de wachtlijst, heb inmiddels zelf een MT-heidag op die datum staan
            """
        ),
    },
    # --- suggestion --------------------------------------------------------------------------------------------
    {
        "id": "d171-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "mr. E.H. Lindeboom <e.lindeboom@wo-haarveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Kenmerk: WO-HV/2027/0031
            Onderwerp: themasuggestie Leer- en inspireer-atelier 11 maart 2027
            Bijlagen: 1 (notitie "Raden en werkorganisatie", 4 pagina's)

            In reactie op uw oproep doe ik u, mede namens het directieteam, graag de volgende suggestie toekomen.

            Onze werkorganisatie verzorgt sinds 2019 de ambtelijke ondersteuning van drie gemeenten. Bij gezamenlijke
            opgaven, zoals de energietransitie en de huisvesting van statushouders, ervaren wij in toenemende mate
            spanning tussen de drie gemeenten onderling: ieder bestuur wil eigen accenten, terwijl de
            werkorganisatie met één capaciteit moet werken. Wij zouden graag met collega's van gedachten wisselen
            over de vraag hoe je de belangen en ambities van de deelnemende gemeenten bij gezamenlijke opgaven bij
            elkaar brengt, zonder dat een van de partners zich tekortgedaan voelt.

            In de bijlage treft u een korte notitie aan die wij eerder voor onze stuurgroep opstelden.

            Hoogachtend, namens het directieteam,

            mr. E.H. Lindeboom
            algemeen directeur Werkorganisatie Haarveld

            Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). De Werkorganisatie
            Haarveld aanvaardt geen aansprakelijkheid voor de inhoud van bijlagen.
            """
        ),
    },
    {
        "id": "d171-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tim de Waard <tim.dewaard@westerkwartier-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            idee: ai / chatgpt in onze werkprocessen?? iedereen rommelt er bij ons maar wat mee aan 🤷
            """
        ),
    },
    {
        "id": "d171-036",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "drs. W.F. Oosterhof <w.oosterhof@uo-peelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Onderwerp: suggesties atelier maart 2027
            Kenmerk: UOP/D/27-12

            Namens de directie van de Uitvoeringsorganisatie Peelrand breng ik graag twee onderwerpen in.

            1. Eén digitaal loket voor ondernemers in onze drie gemeenten: vergunningen, meldingen en subsidies via
               één ingang, met één aanspreekpunt in plaats van drie. Hoe hebben anderen dat ingericht en hoe houdt u
               de doorlooptijden in beeld?
            2. Een meerjarenvisie voor de werkorganisatie tot 2035: waar willen wij dan staan en welke bestuurlijke
               prioriteiten gaan voor als de middelen krapper worden?

            Wij zijn graag bereid onze eerste ervaringen met het ondernemersloket toe te lichten.

            Met vriendelijke groet,

            drs. W.F. Oosterhof
            directeur Uitvoeringsorganisatie Peelrand
            """
        ),
    },
    {
        "id": "d171-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Esra Yilmaz <e.yilmaz@amstelveld-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            was echt een topmiddag! volgende keer graag iets over personeel vasthouden, wij verliezen al onze jonge
            mensen aan het rijk en de provincie 😬
            """
        ),
    },
    {
        "id": "d171-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Pieter Vandenbroucke <p.vandenbroucke@grenslandzuid.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for the warm welcome. Let me briefly introduce myself: I'm Flemish, I spent eleven years at a
            shared service centre for five municipalities near Ghent, and since January I've been the director of
            Grensland Zuid. The Dutch way of doing things is familiar and surprising at the same time; I'm still
            getting used to the number of 'overleggen' in a week.

            One topic I would love to see on the agenda at some point: how do you measure the quality of the
            services we deliver to residents when every partner municipality insists on its own KPIs? We are trying
            to build one shared dashboard and it is proving much harder than expected.

            Looking forward to meeting you all,
            Pieter Vandenbroucke
            """
        ),
    },
    {
        "id": "d171-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Smeenk <h.smeenk@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            ook nog: informatieveiligheid!!
            """
        ),
    },
    {
        "id": "d171-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ruben Koster <r.koster@vechtzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik kom! En voor een volgende keer: hoe versterk je als werkorganisatie van drie kleine gemeenten je
            positie in de regio tegenover de centrumstad? Aan de regiotafel worden wij steeds vaker overgeslagen.

            Ruben
            """
        ),
    },
    {
        "id": "d171-041",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Claire Dubois-Hoekstra <c.dubois@wo-lindevallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hi both,

            Apologies for replying in English, it is simply faster for me. A suggestion: how do you build a
            long-term vision for the organisation when the partner councils' coalition agreements all run on
            different cycles and priorities? We keep rewriting our strategy every time one college changes.

            Cheers,
            Claire
            """
        ),
    },
    {
        "id": "d171-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jelle Terpstra <jelle.terpstra@wo-zuidwesthoek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            volgende keer iets over de balies in de kleine kernen die we dichtdoen en hoe je die inwoners dan nog
            bereikt
            """
        ),
    },
    # --- autoreply ---------------------------------------------------------------------------------------------
    {
        "id": "d171-043",
        "kind": "autoreply",
        "sender": "drs. K.L. Ooms <k.ooms@wo-gelderseweide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Geachte afzender,

            Van maandag 22 februari tot en met vrijdag 5 maart 2027 ben ik afwezig. Uw e-mail wordt niet
            doorgestuurd. Voor spoedeisende zaken kunt u zich wenden tot het directiesecretariaat via
            0318 - 44 70 00 of directiesecretariaat@wo-gelderseweide.nl.

            Met vriendelijke groet,

            drs. K.L. Ooms
            algemeen directeur Werkorganisatie Gelderse Weide

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het gebruik van de inhoud door anderen dan de
            geadresseerde is niet toegestaan. De Werkorganisatie Gelderse Weide sluit iedere aansprakelijkheid uit
            voor schade die verband houdt met het elektronisch verzenden van berichten.
            """
        ),
    },
    {
        "id": "d171-044",
        "kind": "autoreply",
        "sender": "Dewi Sastro <d.sastro@wo-rivierduin.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            ben ff weg 🌴 vanaf 15/3 weer bereikbaar. dringend? bel karin van het secretariaat, 0252 - 41 90 20
            """
        ),
    },
    {
        "id": "d171-045",
        "kind": "autoreply",
        "sender": "Gemeente Oostermeer <directie@oostermeer.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Niet meer in gebruik: Welke thema's wilt u bespreken? [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres wordt sinds 1 januari 2027 niet meer gebruikt. De gemeente Oostermeer is opgegaan in
            de Werkorganisatie Veenhoven-Aldeburg-Oostermeer. Uw bericht is niet doorgestuurd en wordt niet
            gelezen. Kijk voor de juiste contactgegevens op www.wo-veenhoven.nl.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    # --- bounce ------------------------------------------------------------------------------------------------
    {
        "id": "d171-046",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.zeeweide.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.zeeweide.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <p.dekoning@zeeweide.nl>: host mx2.zeeweide.nl[local] said: 550 5.1.1
                <p.dekoning@zeeweide.nl>: Recipient address rejected: User unknown in
                virtual mailbox table
            """
        ),
    },
    {
        "id": "d171-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hofstedelanden.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij r.vanderheijden@hofstedelanden.nl

            Het e-mailadres van de ontvanger is niet gevonden in het e-mailsysteem van de ontvanger. Mogelijk is
            het adres verkeerd gespeld of bestaat het niet meer.

            Diagnostische informatie voor beheerders:
            Genererende server: AM6PR09MB4411.eurprd09.prod.outlook.com
            r.vanderheijden@hofstedelanden.nl
            Externe server heeft 550 5.1.10 RESOLVER.ADR.RecipientNotFound geretourneerd
            """
        ),
    },
    # --- other -------------------------------------------------------------------------------------------------
    {
        "id": "d171-048",
        "kind": "other",
        "sender": "Directiesecretariaat Lindewaarde <directiesecretariaat@lindewaarde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer Van Dam, algemeen directeur, bevestig ik hierbij zijn aanmelding voor uw netwerk. De
            heer Van Dam heeft mij gevraagd zijn correspondentie op dit gebied te verzorgen.

            Met vriendelijke groet,

            Petra Schoenmaker
            directiesecretaris Werkorganisatie Lindewaarde
            """
        ),
    },
    {
        "id": "d171-049",
        "kind": "other",
        "sender": "Bas Verhoeff <b.verhoeff@wo-kromme-rijn.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja prima bevestigd. maar vraagje: kan mijn adjunct ook lid worden of is het echt alleen voor de
            directeur zelf?
            """
        ),
    },
    {
        "id": "d171-050",
        "kind": "other",
        "sender": "mr. drs. J.W. Hoefnagels <j.hoefnagels@wo-eemland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte mevrouw Huurneman,

            Onderwerp: deelname atelier 11 maart 2027

            Graag neem ik deel aan het atelier, zij het onder voorbehoud van het volgende. Op dezelfde dag heb ik
            om 16.30 uur een bestuursoverleg in Amersfoort, zodat ik uiterlijk om 16.00 uur zou moeten vertrekken.
            Kunt u mij laten weten of een gedeeltelijke deelname op prijs wordt gesteld, of dat u de plaats liever
            aan een collega op de wachtlijst geeft? Ik stem mijn aanmelding graag af op uw antwoord.

            Hoogachtend,

            mr. drs. J.W. Hoefnagels
            algemeen directeur Werkorganisatie Eemland-Oost
            """
        ),
    },
    {
        "id": "d171-051",
        "kind": "other",
        "sender": "A.M. Groeneveld <a.groeneveld@wo-bovenlinge.nl>",
        "quote": "none",
        "subject": "Wijziging naam werkorganisatie en e-mailadressen per 1 april 2027",
        "body": _(
            """
            Geachte relatie,

            Kenmerk: WOB/COM/2027-006
            Onderwerp: naamswijziging en nieuwe e-mailadressen
            Bijlage: nieuwe huisstijl en adreskaart (pdf)

            Met ingang van 1 april 2027 gaat de Werkorganisatie Bovenlinge verder onder de naam Samenwerking
            Linge & Dijk. Deze naamswijziging volgt op de toetreding van de gemeente Dijkhuizen tot onze
            gemeenschappelijke regeling per dezelfde datum. Onze dienstverlening en de bereikbaarheid via het
            algemene telefoonnummer blijven ongewijzigd.

            Met de nieuwe naam wijzigen ook de e-mailadressen van alle medewerkers. Mijn adres wordt
            am.groeneveld@lingeendijk.nl; het huidige adres blijft tot 1 juli 2027 in gebruik. Wij verzoeken u
            uw administratie hierop aan te passen.

            Met vriendelijke groet,

            A.M. Groeneveld
            algemeen directeur Werkorganisatie Bovenlinge
            """
        ),
    },
    {
        "id": "d171-052",
        "kind": "other",
        "sender": "Griffie en bestuurszaken GR Waterland-Noord <bestuurszaken@gr-waterlandnoord.nl>",
        "quote": "none",
        "subject": "Vertrek directeur GR Waterland-Noord",
        "body": _(
            """
            Geacht secretariaat,

            Kenmerk: AB/2027/0088
            Onderwerp: vertrek algemeen directeur

            Namens het algemeen bestuur van de GR Waterland-Noord delen wij u mede dat de heer drs. T.H. Vos, die
            als algemeen directeur lid was van uw netwerk, met ingang van 1 februari 2027 zijn functie heeft
            neergelegd. Een opvolger is nog niet benoemd; zodra dat het geval is, berichten wij u nader.

            Namens het bestuur,

            mw. L. Scholten-Brink
            bestuurssecretaris GR Waterland-Noord

            Deze e-mail is met zorg samengesteld. Aan de inhoud kunnen echter geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d171-053",
        "kind": "other",
        "sender": "Marloes Kremer <m.kremer@wo-achterhoekoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            vast een heads up: ik stop per 1 juni, mijn opvolger wordt Gerrit Kamphuis
            (g.kamphuis@wo-achterhoekoost.nl). tot die tijd blijf ik gewoon lid hoor, het atelier in maart wil ik
            nog meemaken 😊
            """
        ),
    },
    {
        "id": "d171-054",
        "kind": "other",
        "sender": "Wessel Hijlkema <w.hijlkema@ommelanden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            geen onderwerp maar wel een wens: kan t atelier een keer in t noorden? utrecht is voor ons 2,5 uur
            rijden enkele reis 🚗
            """
        ),
    },
    {
        "id": "d171-055",
        "kind": "other",
        "sender": "Yara Pinas <y.pinas@wo-delflandzuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            +1 voor wat Karin inbracht over de rol van de raad. heb zelf niks nieuws, maar dat zou ik graag verder
            uitdiepen
            """
        ),
    },
    {
        "id": "d171-056",
        "kind": "other",
        "sender": "dr. R.P. Akkerman <r.akkerman@wo-utrechtsheuvelland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Kenmerk: DIR/RA/2027-03
            Onderwerp: uw oproep voor het atelier van 11 maart 2027
            Bijlage: samenvatting evaluatierapport "Eén organisatie, vier gezichten" (2026)

            Met belangstelling las ik uw oproep. Onze werkorganisatie heeft het afgelopen jaar, samen met de
            Universiteit Utrecht, een aanpak ontwikkeld en geëvalueerd voor het sturen op vier verschillende
            collegeprogramma's binnen één organisatie. De evaluatie is inmiddels afgerond en de resultaten zijn
            naar mijn oordeel voor meer collega's van belang.

            Zou het mogelijk zijn dat ik deze aanpak, in een korte presentatie van circa twintig minuten, tijdens
            het atelier toelicht? Ik hoor graag of daarvoor in het programma ruimte is.

            Hoogachtend,

            dr. R.P. Akkerman
            algemeen directeur Werkorganisatie Utrechts Heuvelland
            """
        ),
    },
    {
        "id": "d171-057",
        "kind": "other",
        "sender": "mr. S.J. Brouwers <s.brouwers@wo-maasenwaal.nl>",
        "quote": "none",
        "subject": "Verzoek om inzage persoonsgegevens (art. 15 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Ons kenmerk: SJB/2027/004
            Onderwerp: verzoek om inzage ex artikel 15 AVG

            Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een overzicht
            te verstrekken van de persoonsgegevens die u in het kader van het netwerk van mij verwerkt, alsmede van
            de doeleinden van die verwerking, de bewaartermijnen en de ontvangers aan wie deze gegevens eventueel
            zijn verstrekt.

            Voor de goede orde: dit verzoek strekt niet tot beëindiging van mijn lidmaatschap.

            Hoogachtend,

            mr. S.J. Brouwers
            directeur bedrijfsvoering Werkorganisatie Maas en Waal

            De informatie verzonden met dit bericht is uitsluitend bestemd voor de geadresseerde. Openbaarmaking,
            vermenigvuldiging, verspreiding en/of verstrekking aan derden is niet toegestaan.
            """
        ),
    },
    {
        "id": "d171-058",
        "kind": "other",
        "sender": "Koen Spijkerman <k.spijkerman@wo-salland-noord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            nee, die gast vervalt. mijn collega van financiën moet die middag toch naar de accountant
            """
        ),
    },
    {
        "id": "d171-059",
        "kind": "other",
        "sender": "drs. E.M. Vlaskamp <e.vlaskamp@wo-zwinstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik heb mij niet bij uw netwerk aangemeld en ken de afzender van de aanmelding evenmin. Graag verneem ik
            op welke wijze u over mijn e-mailadres beschikt.

            Hoogachtend,

            drs. E.M. Vlaskamp
            """
        ),
    },
    {
        "id": "d171-060",
        "kind": "other",
        "sender": "Bestuurssecretariaat Werkorganisatie Veluwezoom-West <bestuur@wo-veluwezoomwest.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Werkorganisatie Veluwezoom-West",
        "body": _(
            """
            Geacht secretariaat,

            Kenmerk: BSV/2027/017
            Onderwerp: aanmelding leden directieteam
            Bijlage: overzicht directieteam met functies

            Het bestuur van de Werkorganisatie Veluwezoom-West heeft kennisgenomen van uw netwerk en acht
            deelname van de gehele directie wenselijk. Wij verzoeken u daarom de volgende personen als lid aan te
            melden:

            - mevrouw drs. I. Hendriksen, algemeen directeur (i.hendriksen@wo-veluwezoomwest.nl)
            - de heer R. Oudshoorn MBA, directeur bedrijfsvoering (r.oudshoorn@wo-veluwezoomwest.nl)
            - mevrouw M. Tielemans, directeur dienstverlening (m.tielemans@wo-veluwezoomwest.nl)

            Namens het bestuur,

            H. van der Meulen
            bestuurssecretaris
            """
        ),
    },
]
# fmt: on
