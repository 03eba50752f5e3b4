"""Held-out set 23: two years of one network's inbox, seen through the eyes of twenty directors.

About twenty recurring writers (directors, two management assistants, a successor, a substitute, and a few outsiders)
send the mail such people send over two atelier cycles: sign-ups and confirmations, RSVPs (with guests, late arrival,
substitutes, changes of mind), topic suggestions under the call, the follow-up, the welcome and the thank-you, leaves,
hand-overs, AVG erasure, out-of-office and other machine answers, and the mail only a person can handle. Each writer
keeps their own habits: Gerard Brinkhuis is terse on his iPhone (Apple Mail), Henny van Aalst-Roozendaal is formal with
a long disclaimer, Peter Hale writes in English (Outlook in English), Marjolein Tervoort answers inside our quoted
text, Ruud Kamphuis answers above what his assistant Anja forwards, Tjeerd Hoekstra makes typos, bas de ruijter writes
in lower case without punctuation, Erik Jan Bosma uses Lotus Notes, Karin Meulenbelt GroupWise.

Never tuned on. Conventions relied on (from the dataset brief):
- A request to sign up one named colleague WITH that colleague's address: `subscribe`; without it, or several at once:
  `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a proposed topic is a `suggestion` (also when it says whether the writer
  comes); only coming or not: `rsvp`; a proposal about the form of the ateliers: `other`.
- Leaving and declining the atelier in one mail: `unsubscribe`. Cannot come but sends a substitute: `rsvp` False.
- A named successor with address taking over the seat: `unsubscribe` (hand-over); a colleague reporting that someone
  left or asking something for someone else: `other`.
- AVG erasure anywhere: `unsubscribe` with `erase` True; a request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer; a yes or a leave on a condition, or a request plus
  a real question to the secretariat: `other`.
- An assistant's answer about the atelier in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Answers written inline between our quoted lines hold those lines in `body` and have no `quoted`. A director answering
  above a forward from an assistant (`doorgestuurd`) has thread None.
- A suggestion's themes are those of the proposed topic, not of words used in passing; two only where the topic
  clearly spans both.
"""

from __future__ import annotations

from typing import Any

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
OUR_FOOT = (
    ">\n> Met vriendelijke groet,\n>\n"
    "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
    "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
    "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
    "> info@ambtelijkefusie.nl\n>\n> -- \n"
    "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)
APPLE_HDR = (
    "Op 2 mrt. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
    "<info@ambtelijkefusie.nl> het volgende geschreven:"
)

# The writers.
GERARD = "Gerard Brinkhuis <g.brinkhuis@duivenland.nl>"
HENNY = "Van Aalst-Roozendaal, H.J.M. <h.vanaalst@kempenrand.nl>"
PETER = "Peter Hale <p.hale@grensmaas.nl>"
MARJOLEIN = "Marjolein Tervoort <m.tervoort@rivierenhof-werkt.nl>"
RUUD = "Kamphuis, Ruud <r.kamphuis@dewaardenborg.nl>"
ANJA = "Anja de Graaf <a.degraaf@dewaardenborg.nl>"
TJEERD = "Tjeerd Hoekstra <t.hoekstra@waddenkust.nl>"
BAS = "bas de ruijter <basderuijter@gmail.com>"
YVONNE = "Yvonne Stamhuis <y.stamhuis@ijsselvallei.nl>"
RIK = "Rik Hazelaar <r.hazelaar@ijsselvallei.nl>"
ERIKJAN = "Erik Jan Bosma <ej.bosma@dommeldal.nl>"
JOLANDA = "Jolanda Smeets <j.smeets@dommeldal.nl>"
KARIN = "Karin Meulenbelt <k.meulenbelt@grenslandwerkt.nl>"
SANNE = "Sanne Wijffels <s.wijffels@tweestromen.nl>"
HANS = "Hans Dekkers <h.dekkers@lindenhof-werkt.nl>"
FEMKE = "Femke Jonkers <f.jonkers@lindenhof-werkt.nl>"
ALBERT = "A. Schoonderwoerd <a.schoonderwoerd@alblasserhof.nl>"
WILMA = "Wilma Ruiter <w.ruiter@alblasserhof.nl>"
MEHMET = "Mehmet Yıldız <m.yildiz@odz-werkorganisatie.nl>"
DORIEN = "Dorien Haverkamp <d.haverkamp@vechtenplas.nl>"
FRANK = "Frank Lammers <frank.lammers@zeeuwsewaarden.nl>"
LOTTE = "Lotte Vermeulen-Baas <l.vermeulen@heuvelrandwerkt.nl>"
WOUTER = "W. Klein Haneveld <w.kleinhaneveld@achterhoekwerkt.nl>"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
HENNY_SIG = """

mr. drs. H.J.M. (Henny) van Aalst-Roozendaal
Algemeen directeur
Werkorganisatie Kempenrand
Postbus 210, 5530 AE Kempenrand
T 040 - 206 44 00

*****************************************************************************************************
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten.
Openbaarmaking, vermenigvuldiging of verspreiding van dit bericht aan derden is niet toegestaan. Heeft u dit bericht
ten onrechte ontvangen, stelt u de afzender daarvan dan onverwijld in kennis en verwijdert u het bericht. Aan de
inhoud van dit bericht kunnen geen rechten worden ontleend. Werkorganisatie Kempenrand aanvaardt geen
aansprakelijkheid voor schade die voortvloeit uit het gebruik van elektronische communicatie.
Denk aan het milieu voordat u deze e-mail afdrukt.
*****************************************************************************************************"""

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- subscribe
    {
        "id": "h23-subscribe-01", "kind": "subscribe", "sender": SANNE, "subject": "Lid worden netwerk",
        "body": """\
Goedemiddag,

Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Tweestromen, de ambtelijke organisatie van Maasbeek
en Waalhoven. Een oud-collega wees me op jullie netwerk en ik sluit daar graag bij aan. Dit is mijn werkadres.

Hartelijke groet,
Sanne Wijffels
Algemeen directeur | Werkorganisatie Tweestromen
T 0487 55 21 00""",
    },
    {
        "id": "h23-subscribe-02", "kind": "subscribe", "sender": PETER, "subject": "Membership",
        "body": """\
Dear secretariat,

Someone at the VNG congress mentioned your network to me. I run the shared service organisation of Grensmaas (three
municipalities) and would be glad to become a member. I read Dutch well enough, but please forgive me for writing in
English.

Kind regards,

Peter Hale
Managing Director | Werkorganisatie Grensmaas""",
    },
    {
        "id": "h23-subscribe-03", "kind": "subscribe", "sender": YVONNE, "subject": "Nieuwe collega voor het netwerk!",
        "body": """\
Hoi Stan en Melanie,

Leuk nieuws van onze kant: sinds deze maand hebben we een tweede directeur, Rik Hazelaar. Hij heeft er echt zin in
om ook aan te schuiven bij de ateliers, dus willen jullie hem inschrijven? Zijn mailadres is
r.hazelaar@ijsselvallei.nl. Ik heb hem al gewaarschuwd dat hij een mailtje van jullie krijgt waar hij even op moet
reageren :-)

Zonnige groet,
Yvonne

Yvonne Stamhuis
directeur bedrijfsvoering | Werkorganisatie IJsselvallei""",
    },
    {
        "id": "h23-subscribe-04", "kind": "subscribe", "sender": FEMKE,
        "subject": "Aanmelding als opvolger van Hans Dekkers",
        "body": """\
Geacht secretariaat,

Per 1 mei heb ik het stokje van Hans Dekkers overgenomen als directeur van de Lindenhof. Hans heeft mij het netwerk
van harte aanbevolen, dus bij dezen meld ik mij aan als lid.

Met vriendelijke groet,

Femke Jonkers
directeur Lindenhof werkorganisatie""",
    },
    {
        "id": "h23-subscribe-05", "kind": "subscribe", "sender": FRANK, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """\
Lid blijven graag!

Ik had 'afmelden' geantwoord op de herinnering, maar ik bedoelde alleen dat ik die middag niet kon. Excuus voor de
verwarring.

Frank Lammers""",
    },
    {
        "id": "h23-subscribe-06", "kind": "subscribe", "sender": BAS, "subject": "aanmelden",
        "body": """\
hoi

ik ben sinds kort directeur van hbz werkt en wil graag lid worden van het netwerk
mijn werkmail doet het nog niet dus gebruik deze maar

groet bas de ruijter""",
    },
    {
        "id": "h23-subscribe-07", "kind": "subscribe", "sender": MEHMET, "subject": "Aanmelding",
        "body": """\
Goedemorgen,

Per 1 september volg ik Carla Brouwer op als algemeen directeur van ODZ. Graag word ik lid van het netwerk.

Met vriendelijke groet,
Mehmet Yıldız
Algemeen directeur ODZ""",
    },
    {
        "id": "h23-subscribe-08", "kind": "subscribe", "sender": DORIEN, "subject": "Weer terug",
        "body": """\
Beste Stan,

Toen ik naar de provincie vertrok heb ik me afgemeld, maar inmiddels ben ik terug op het oude nest, nu als directeur
van Vecht en Plas. Ik doe graag weer mee met het netwerk; wil je me op dit adres opnieuw inschrijven?

Groet,
Dorien Haverkamp""",
    },
    {
        "id": "h23-subscribe-09", "kind": "subscribe", "sender": JOLANDA, "subject": "Zelf lid worden",
        "body": """\
Geachte heer, mevrouw,

In maart was ik namens Erik Jan Bosma bij het atelier in Utrecht. Dat beviel zo goed dat ik nu zelf lid wil worden.
Als adjunct-directeur van Dommeldal hoor ik volgens Stan ook tot de doelgroep.

Met vriendelijke groet,

Jolanda Smeets
adjunct-directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h23-subscribe-10", "kind": "subscribe", "sender": TJEERD, "subject": "aanmleding netwerk",
        "body": """\
Goedendag,

Graag wil ik me aanmleden voor het netwerk van directuren. Sinds dit jaar ben ik directeur van de Werkorganisatie
Waddenkust (Harlingerland en Noarderdyk). Kunnen jullie mij op de maillijst zetten.

groet,
Tjeerd Hoekstra""",
    },
    {
        "id": "h23-subscribe-11", "kind": "subscribe", "sender": WOUTER, "subject": "Aanmelden",
        "body": """\
Aanmelden

W. (Wouter) Klein Haneveld
secretaris-directeur Achterhoek Werkt""",
    },
    # ---------------------------------------------------------------- confirm
    {
        "id": "h23-confirm-01", "kind": "confirm", "sender": SANNE, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Bij deze bevestigd, dank jullie wel!\n\nSanne",
    },
    {
        "id": "h23-confirm-02", "kind": "confirm", "sender": PETER, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": "Confirmed - thank you.\n\nPeter Hale\nManaging Director | Werkorganisatie Grensmaas",
    },
    {
        "id": "h23-confirm-03", "kind": "confirm", "sender": RIK, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple", "subject": "Re: " + CONF,
        "body": "Verstuurd vanaf mijn iPhone",
    },
    {
        "id": "h23-confirm-04", "kind": "confirm", "sender": FEMKE, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "Ja, dat was ik. Hierbij bevestig ik mijn aanmelding.\n\nFemke Jonkers",
    },
    {
        "id": "h23-confirm-05", "kind": "confirm", "sender": WOUTER, "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "body": """\
Excuses, uw eerste bericht was in de map 'Overig' beland. Bij dezen alsnog mijn bevestiging.

W. Klein Haneveld""",
    },
    {
        "id": "h23-confirm-06", "kind": "confirm", "sender": MEHMET, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": "Akkoord.\n\nMehmet",
    },
    {
        "id": "h23-confirm-07", "kind": "confirm", "sender": RUUD, "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd", "subject": "RE: FW: " + CONF,
        "body": "Klopt, is op mijn verzoek gedaan. Bevestigd.\n\nRuud Kamphuis\nalgemeen directeur De Waardenborg",
    },
    {
        "id": "h23-confirm-08", "kind": "confirm", "sender": TJEERD, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": "Hierbij bevestig ik mijn aanmleding, tnx!\n\nTjeerd",
    },
    {
        "id": "h23-confirm-09", "kind": "confirm", "sender": BAS, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail", "subject": "Re: " + CONF,
        "body": "ja dat klopt\nbas",
    },
    {
        "id": "h23-confirm-10", "kind": "confirm", "sender": JOLANDA, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "body": """\
Hierbij laat ik u weten dat ik inderdaad lid wil worden.

Met vriendelijke groet,
Jolanda Smeets
adjunct-directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h23-confirm-11", "kind": "confirm", "sender": DORIEN, "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "subject": "Re: " + CONF,
        "body": "Ja hoor, ik ben het echt. Fijn om weer aan boord te zijn.\n\nDorien",
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "h23-unsubscribe-01", "kind": "unsubscribe", "sender": HANS, "subject": "Opvolging",
        "body": """\
Beste Melanie,

Na ruim twaalf jaar stop ik per 1 mei: ik ga met pensioen. Mijn plek in het netwerk gaat naar mijn opvolger, Femke
Jonkers (f.jonkers@lindenhof-werkt.nl), die vanaf die datum directeur van de Lindenhof is. Mij mogen jullie van de
lijst halen.

Dank voor alle mooie middagen!

Hans Dekkers""",
    },
    {
        "id": "h23-unsubscribe-02", "kind": "unsubscribe", "erase": True,
        "sender": "Ingrid Post <ingrid.post@hotmail.com>",
        "subject": "Verzoek om verwijdering van mijn gegevens (AVG)",
        "body": """\
Geachte heer Van de Laar,

Sinds januari werk ik niet meer bij Werkorganisatie Oostmarke. Ik wil geen berichten van het netwerk meer ontvangen
en verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens te wissen, ook uit de deelnemerslijsten van
eerdere ateliers. Een korte bevestiging stel ik op prijs.

Met vriendelijke groet,
Ingrid Post""",
    },
    {
        "id": "h23-unsubscribe-03", "kind": "unsubscribe", "sender": TJEERD, "subject": "afmleden",
        "body": """\
Hallo,

Ik vertrek per 1 juni naar de provinsie en wil me daarom afmeleden voor het netwerk. Bedankt voor de leerzame
bijeenkomsen!

Tjeerd Hoekstra""",
    },
    {
        "id": "h23-unsubscribe-04", "kind": "unsubscribe", "sender": "Marco Veldhuis <m.veldhuis@kempenrand.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "Ik heb mij hier niet voor opgegeven en wil ook geen lid worden.\n\nM. Veldhuis",
    },
    {
        "id": "h23-unsubscribe-05", "kind": "unsubscribe", "sender": ALBERT, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """\
Geachte heer Van de Laar,

Onderwerpen heb ik deze keer niet: per 1 april ben ik geen directeur meer, ik stap over naar een functie bij het
Rijk. Wilt u mij als lid afmelden?

Met vriendelijke groet,
Albert Schoonderwoerd""",
    },
    {
        "id": "h23-unsubscribe-06", "kind": "unsubscribe", "sender": BAS, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "subject": "Re: " + REM,
        "body": """\
kan niet komen en ik stop ook met het netwerk
ben per 1 juli weg bij hbz
bas""",
    },
    {
        "id": "h23-unsubscribe-07", "kind": "unsubscribe", "erase": True, "sender": PETER, "subject": "Leaving",
        "body": """\
Dear Stan, dear Melanie,

I'm moving back to Bristol at the end of the month, so this is goodbye. Please take me off the list and delete
whatever personal details you hold on me.

Thanks for having me - the ateliers were a great way to learn how things work over here.

Peter""",
    },
    {
        "id": "h23-unsubscribe-08", "kind": "unsubscribe", "sender": HENNY,
        "subject": "Wijziging vertegenwoordiging Werkorganisatie Kempenrand in het Netwerk",
        "body": """\
Geacht secretariaat,

Hierbij deel ik u mede dat ik per 1 oktober aanstaande mijn functie als algemeen directeur van Werkorganisatie
Kempenrand neerleg in verband met mijn benoeming elders. Mijn opvolger, de heer drs. T. (Thijs) Schellekens, zal de
organisatie vanaf die datum vertegenwoordigen. Ik verzoek u vriendelijk mijn lidmaatschap te beëindigen en de heer
Schellekens in mijn plaats als lid op te nemen; zijn e-mailadres luidt t.schellekens@kempenrand.nl.

Ik dank u voor de plezierige samenwerking in de afgelopen jaren.

Hoogachtend,""" + HENNY_SIG,
    },
    {
        "id": "h23-unsubscribe-09", "kind": "unsubscribe", "erase": True, "sender": KARIN, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "groupwise", "subject": "Re: Uw afmelding bij het Netwerk van "
        "directeuren van ambtelijke fusieorganisaties",
        "body": "Dank. Wilt u dan ook al mijn gegevens volledig uit uw systemen verwijderen?\n\nKarin Meulenbelt",
    },
    {
        "id": "h23-unsubscribe-10", "kind": "unsubscribe", "sender": TJEERD, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "body": """\
Vergeten te melden: mijn opvolger is Sietske Dijkstra, s.dijkstra@waddenkust.nl. Zij wil graag in mijn plaast
meedoen.

Tjeerd""",
    },
    {
        "id": "h23-unsubscribe-11", "kind": "unsubscribe", "sender": ERIKJAN, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "body": """\
Beste Stan, Melanie,

Dank voor het verslag. Voor mij was dit het laatste atelier: per 1 januari ga ik met pensioen. Wilt u mij uit het
ledenbestand halen? Jolanda Smeets is al lid en blijft Dommeldal in het netwerk vertegenwoordigen.

Met vriendelijke groet,

Erik Jan Bosma
Directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h23-unsubscribe-12", "kind": "unsubscribe", "sender": KARIN, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise", "subject": "Re: " + CALL,
        "body": "Geen thema's van mij: ik heb Grensland per 1 september verlaten. Graag afmelden.\n\nK. Meulenbelt",
    },
    {
        "id": "h23-unsubscribe-13", "kind": "unsubscribe", "sender": GERARD, "subject": "Afmelden",
        "body": "Afmelden aub. Nieuwe baan buiten de gemeentewereld.\n\nGerard" + IPHONE,
    },
    # ---------------------------------------------------------------- rsvp
    {
        "id": "h23-rsvp-01", "kind": "rsvp", "attending": True, "sender": GERARD, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "subject": "Re: " + INV,
        "body": "Ja.\n\nGB" + IPHONE,
    },
    {
        "id": "h23-rsvp-02", "kind": "rsvp", "attending": False, "sender": GERARD, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple", "subject": "Re: " + REM,
        "body": "Lukt toch niet. Sorry." + IPHONE,
    },
    {
        "id": "h23-rsvp-03", "kind": "rsvp", "attending": True, "sender": GERARD, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "subject": "Re: " + INV,
        "body": "Kom, met 1 collega.\nG." + IPHONE,
    },
    {
        "id": "h23-rsvp-04", "kind": "rsvp", "attending": True, "sender": HENNY, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """\
Geacht secretariaat,

Gaarne bevestig ik mijn aanwezigheid bij het Leer- en inspireer-atelier van donderdag 11 maart aanstaande. Ik zal
het atelier in persoon bijwonen.

Met vriendelijke groet,""" + HENNY_SIG,
    },
    {
        "id": "h23-rsvp-05", "kind": "rsvp", "attending": True, "sender": PETER, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """\
Hi both,

Count me in for the 11th. I'll bring our head of finance, Ellen Raaijmakers, as my guest, so please put us down
for two.

Best,
Peter""",
    },
    {
        "id": "h23-rsvp-06", "kind": "rsvp", "attending": True, "sender": MARJOLEIN, "thread": "invitation",
        "subject": "Re: " + INV,
        "body": """\
Antwoorden tussen de regels. MT

""" + APPLE_HDR + """

> Beste Marjolein Tervoort,
>
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid": een interactieve
> sessie over een gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en
> inspiratie opdoet.
>
> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur

Staat in mijn agenda.

> Thema:   Samenwerking
> Waar:    Stadskantoor, Vredenburg 3, Utrecht
> Online:  https://teams.microsoft.com/l/meetup-join/abc

Ik kom gewoon naar Utrecht, niet via Teams.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Met z'n tweeën: onze teamleider KCC gaat mee.

> Graag uw antwoord vóór 2 maart 2027.
""" + OUR_FOOT,
    },
    {
        "id": "h23-rsvp-07", "kind": "rsvp", "attending": False, "sender": MARJOLEIN, "thread": "reminder",
        "subject": "Re: " + REM,
        "body": """\
Zie hieronder.

""" + APPLE_HDR + """

> Beste Marjolein Tervoort,
>
> Binnenkort is het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid". Fijn dat u erbij bent, met 1
> gast!

Dat was het plan, maar het loopt anders: bij ons is donderdag een calamiteitenoverleg ingepland waar ik bij moet zijn.

> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
> iemand op de wachtlijst.

Helaas, ik kan niet. Onze teamleider komt dan ook niet; geef beide plekken maar door.
""" + OUR_FOOT,
    },
    {
        "id": "h23-rsvp-08", "kind": "rsvp", "attending": True, "sender": RUUD, "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd", "subject": "RE: FW: " + INV,
        "body": "Ik ben erbij. Anja zet het in mijn agenda.\n\nRuud",
    },
    {
        "id": "h23-rsvp-09", "kind": "rsvp", "attending": False, "sender": ANJA, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """\
Goedemiddag,

Namens de heer Kamphuis laat ik u weten dat hij er deze keer helaas niet bij kan zijn; hij zit die middag in een
stuurgroep van de regio.

Met vriendelijke groet,

Anja de Graaf
managementassistent directie | De Waardenborg""",
    },
    {
        "id": "h23-rsvp-10", "kind": "rsvp", "attending": True, "sender": TJEERD, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """\
Ik kom, maar ik ben er pas tegen half drie vanweg de trein uit Leeuwarden. Ik schuif gewoon achtteraan aan.

Tjeerd""",
    },
    {
        "id": "h23-rsvp-11", "kind": "rsvp", "attending": False, "sender": BAS, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "subject": "Re: " + INV,
        "body": "kan helaas niet zit die week met het gezin in frankrijk\ngroet bas",
    },
    {
        "id": "h23-rsvp-12", "kind": "rsvp", "attending": True, "sender": YVONNE, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """\
Hallo allebei,

Wat een mooi onderwerp weer! Couleur locale bewaren met vier besturen is bij ons echt dagelijkse kost, dus ik ben er
natuurlijk bij. En ik neem Rik mee, onze nieuwe directeur, dan kan hij meteen kennismaken. Zet ons maar op twee
personen.

Tot dan!
Yvonne""",
    },
    {
        "id": "h23-rsvp-13", "kind": "rsvp", "attending": False, "sender": ERIKJAN, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """\
Beste Stan,

Op die datum ben ik verhinderd vanwege de begrotingsbehandeling. In mijn plaats komt mijn adjunct-directeur, Jolanda
Smeets (j.smeets@dommeldal.nl).

Met vriendelijke groet,

Erik Jan Bosma
Directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h23-rsvp-14", "kind": "rsvp", "attending": True, "sender": KARIN, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise", "subject": "Re: " + INV,
        "body": "Ik kom graag.\n\nGroet, Karin Meulenbelt",
    },
    {
        "id": "h23-rsvp-15", "kind": "rsvp", "attending": True, "sender": SANNE, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "subject": "Re: " + INV,
        "body": "Ja, ik kom! Mijn eerste atelier, ik ben benieuwd.\n\nSanne Wijffels",
    },
    {
        "id": "h23-rsvp-16", "kind": "rsvp", "attending": False, "sender": SANNE, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "subject": "Re: " + REM,
        "body": """\
Hoi,

Ik moet toch afzeggen: onze raad heeft op diezelfde middag een extra vergadering ingelast. Geef mijn plek gerust aan
iemand van de wachtlijst.

Groet,
Sanne""",
    },
    {
        "id": "h23-rsvp-17", "kind": "rsvp", "attending": False, "sender": DORIEN, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "body": """\
Haal me maar van de wachtlijst, ik heb inmiddels een andere afspraak op die middag staan. Veel plezier allemaal!

Dorien""",
    },
    {
        "id": "h23-rsvp-18", "kind": "rsvp", "attending": True, "sender": JOLANDA, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": """\
Dank voor de uitnodiging; ik neem zijn plaats graag in en ben er om twee uur.

Met vriendelijke groet,
Jolanda Smeets""",
    },
    {
        "id": "h23-rsvp-19", "kind": "rsvp", "attending": False, "sender": MEHMET, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": "De nieuwe datum valt samen met ons MT-uitje, dus ik moet helaas afhaken.\n\nMehmet Yıldız",
    },
    {
        "id": "h23-rsvp-20", "kind": "rsvp", "attending": True, "sender": LOTTE, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": "Geen probleem, de 18e is bij mij ook vrij. Ik blijf erbij.\n\nLotte",
    },
    {
        "id": "h23-rsvp-21", "kind": "rsvp", "attending": False, "sender": MEHMET, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """\
Nee, helaas. Die dag ben ik in Brussel voor de EU-regiodag.

Met vriendelijke groet,
Mehmet Yıldız
Algemeen directeur ODZ""",
    },
    {
        "id": "h23-rsvp-22", "kind": "rsvp", "attending": True, "sender": DORIEN, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": "Ja, ik kom, samen met mijn adjunct Bram Verhoef. Dus twee personen.\n\nDorien",
    },
    {
        "id": "h23-rsvp-23", "kind": "rsvp", "attending": True, "sender": FRANK, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """\
Ik ben erbij, maar kan pas rond kwart over drie aanschuiven; eerder haal ik het vanuit Middelburg niet.

Frank Lammers
directeur Zeeuwse Waarden""",
    },
    {
        "id": "h23-rsvp-24", "kind": "rsvp", "attending": True, "sender": KARIN, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise", "subject": "Re: " + INV,
        "body": "Vorige week zei ik af, maar mijn afspraak is verplaatst. Ik kom dus toch.\n\nKarin",
    },
    {
        "id": "h23-rsvp-25", "kind": "rsvp", "attending": False, "sender": WILMA, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """\
Geachte heer, mevrouw,

De heer Schoonderwoerd is op die datum helaas verhinderd. Hij hoopt er een volgende keer weer bij te zijn.

Met vriendelijke groet,
Wilma Ruiter
secretariaat directie Alblasserhof""",
    },
    {
        "id": "h23-rsvp-26", "kind": "rsvp", "attending": False, "sender": PETER, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": """\
Sorry - something came up with the council and I won't make it on Thursday. Please give my seat to someone on the
waiting list.

Peter""",
    },
    {
        "id": "h23-rsvp-27", "kind": "rsvp", "attending": True, "sender": WOUTER, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd", "subject": "Geaccepteerd: " + INV,
        "body": """\
De afspraak heb ik in mijn agenda geaccepteerd, maar voor de zekerheid ook per mail: ik ben erbij.

W. Klein Haneveld""",
    },
    # ---------------------------------------------------------------- suggestion
    {
        "id": "h23-suggestion-01", "kind": "suggestion", "themes": ["strategie"], "sender": HENNY,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """\
Geacht secretariaat,

Gaarne draag ik het volgende onderwerp aan: de vertaling van de bestuurlijke prioriteiten na de
gemeenteraadsverkiezingen naar een meerjarige koers voor de werkorganisatie. Hoe voorkomt men dat de organisatie
iedere vier jaar opnieuw van richting moet veranderen?

Met vriendelijke groet,""" + HENNY_SIG,
    },
    {
        "id": "h23-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "sender": PETER,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """\
Hello,

One topic from my side: how do you measure and report on the quality of your service to residents? We run a yearly
satisfaction survey, but nothing like a proper performance dashboard, and I'd love to see how others do it.

Cheers,
Peter""",
    },
    {
        "id": "h23-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "sender": MARJOLEIN,
        "thread": "call_for_themes", "subject": "Re: " + CALL,
        "body": """\
Mijn reactie staat tussen de tekst. MT

""" + APPLE_HDR + """

> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Deze! Concreet: hoe krijg je de informatievoorziening van drie gemeenten op één applicatielandschap zonder dat de
uitvoering maanden stilvalt? Wij zitten midden in die migratie.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.
>
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.
""" + OUR_FOOT,
    },
    {
        "id": "h23-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "sender": RUUD,
        "quoted": "oproep_themas", "quote": "doorgestuurd", "subject": "RE: FW: " + CALL,
        "body": """\
Voor het atelier: de krapte op de arbeidsmarkt. Vacatures voor vergunningverleners en ICT'ers krijgen wij niet meer
gevuld. Hoe pakken anderen hun strategische personeelsplanning aan?

Ruud Kamphuis""",
    },
    {
        "id": "h23-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "sender": TJEERD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """\
Mijn onderwerp: de doorloptijden van vergunningen voor ondernemers. We haalen de wettelijke termijnen te vaak niet
en ik wil graag horen hoe anderen dat bijhouden en verbeteren richting de ondernemers.

gr Tjeerd""",
    },
    {
        "id": "h23-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "sender": BAS,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail", "subject": "Re: " + CALL,
        "body": "onderwerp hybride werken en wat doe je met je kantoorpanden als de helft thuis werkt\nbas",
    },
    {
        "id": "h23-suggestion-07", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "sender": YVONNE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": """\
Hoi Stan en Melanie,

Oh, ik heb er eentje waar ik al maanden mee rondloop! Onze vier gemeenten willen samen een koers tot 2035 neerzetten,
maar elk bestuur heeft zijn eigen ambities en zijn eigen tempo. Hoe kom je met vier colleges tot één gedeelde
langetermijnvisie voor de werkorganisatie, zonder dat het een lijstje van vier wensenlijstjes wordt?

Ik ben heel benieuwd hoe anderen dit hebben aangepakt.

Liefs uit de IJsselvallei,
Yvonne""",
    },
    {
        "id": "h23-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "sender": ERIKJAN,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "body": """\
Beste Stan,

Een onderwerp voor het atelier: de positie van een werkorganisatie in de regio. Een grotere buurgemeente wil taken
bij ons onderbrengen. Hoe bewaak je dan de belangen van je eigen deelnemende gemeenten?

Met vriendelijke groet,

Erik Jan Bosma
Directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h23-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "sender": KARIN,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise", "subject": "Re: " + FOLLOW,
        "body": """\
Voor de volgende keer: de organisatiestructuur. Wij twijfelen tussen een directiemodel met sectoren en een platte
organisatie met zelfsturende teams, en ik hoor graag ervaringen van collega's met beide.

Karin""",
    },
    {
        "id": "h23-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "sender": SANNE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail", "subject": "Re: " + FOLLOW,
        "body": """\
Wat een goede middag was het! Voor de volgende keer zou ik het graag hebben over dienstverlening dicht bij inwoners
in de kleine kernen nu er gemeentehuizen sluiten: een mobiel loket, een balie in de bibliotheek, wat werkt er echt?

Ik kom in elk geval weer.

Sanne""",
    },
    {
        "id": "h23-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "sender": MEHMET,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """\
Mijn voorstel: AI in het klantcontact. Wat kan een chatbot betekenen voor inwoners met een vraag, en wat vraagt de
invoering ervan van onze werkprocessen en onze I&A-afdeling?

Mehmet""",
    },
    {
        "id": "h23-suggestion-12", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "sender": DORIEN,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """\
Hoi Stan,

Een onderwerp dat bij ons steeds weer opspeelt: de verdeelsleutel. Hoe verdeel je de kosten van de werkorganisatie
eerlijk over de deelnemende gemeenten, en hoe houd je de verhouding tussen die gemeenten goed als één van hen vindt
dat ze te veel betaalt? Financieel én bestuurlijk een lastig dossier.

Groet,
Dorien""",
    },
    {
        "id": "h23-suggestion-13", "kind": "suggestion", "themes": ["strategie"], "sender": FRANK,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """\
Graag een keer: de visie op de lange termijn. Welke rol wil de werkorganisatie over tien jaar spelen, en hoe houd je
die visie overeind als het bestuur vooral op korte termijn stuurt?

Frank Lammers""",
    },
    {
        "id": "h23-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "sender": LOTTE,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "body": """\
Nog een aanvulling op mijn eerdere suggestie: informatieveiligheid. Na de ransomware-aanval bij een buurgemeente
vraag ik me af of onze ICT-organisatie wel goed genoeg is ingericht om zoiets op te vangen.

Lotte Vermeulen-Baas""",
    },
    {
        "id": "h23-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "sender": WOUTER,
        "subject": "Idee voor het volgende atelier",
        "body": """\
Beste secretariaat,

Bij ons speelt de vraag hoe je ondernemers één vast aanspreekpunt geeft, in plaats van ze van loket naar loket te
sturen. Lijkt me een mooi onderwerp voor een volgend atelier.

Met vriendelijke groet,
W. Klein Haneveld""",
    },
    {
        "id": "h23-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "sender": RIK, "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "body": """\
Dank voor het welkom. Een onderwerp dat bij mij bovenaan staat: hoe verhoudt de werkorganisatie zich tot de
jeugdzorgregio? Wij zitten daar behoorlijk klem tussen onze eigen besturen en de afspraken in de regio.

Rik Hazelaar""",
    },
    {
        "id": "h23-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "sender": FEMKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """\
Goedemorgen,

Mijn voorstel: grip op de bedrijfsvoeringskosten. Onze begroting loopt elk jaar uit door loonkosten en ICT-licenties.
Hoe houden collega's hun financiën in de hand?

Met vriendelijke groet,
Femke Jonkers""",
    },
    {
        "id": "h23-suggestion-18", "kind": "suggestion", "themes": ["strategie"], "sender": JOLANDA,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "body": """\
Een thema voor de volgende keer: hoe stel je een inhoudelijke agenda voor de werkorganisatie op die verder kijkt
dan de begrotingscyclus van één jaar?

Jolanda Smeets""",
    },
    {
        "id": "h23-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening"], "sender": GERARD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple", "subject": "Re: " + CALL,
        "body": "Klanttevredenheid meten bij inwoners.\nG." + IPHONE,
    },
    {
        "id": "h23-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "sender": ALBERT,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """\
Ik stel voor: de rol van de werkorganisatie bij gezamenlijke opgaven zoals woningbouw en de energietransitie,
waar de deelnemende gemeenten elk andere ambities hebben.

A. Schoonderwoerd""",
    },
    # ---------------------------------------------------------------- autoreply
    {
        "id": "h23-autoreply-01", "kind": "autoreply", "sender": HENNY, "thread": "invitation",
        "subject": "Automatisch antwoord: " + INV, "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Dank voor uw bericht. Tot en met maandag 15 februari ben ik afwezig en heb ik geen toegang tot mijn e-mail. Uw
bericht wordt niet doorgestuurd. Voor dringende zaken kunt u zich wenden tot het directiesecretariaat,
telefoon 040 - 206 44 00.""" + HENNY_SIG,
    },
    {
        "id": "h23-autoreply-02", "kind": "autoreply", "sender": PETER, "thread": "call_for_themes",
        "subject": "Out of Office: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Thank you for your email. I am on annual leave until 10 January with no access to email. For urgent matters please
contact my office on 043 - 350 70 00.

Peter Hale""",
    },
    {
        "id": "h23-autoreply-03", "kind": "autoreply", "sender": HANS, "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + CALL, "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Dit e-mailadres is niet meer in gebruik. Hans Dekkers is niet langer werkzaam bij de Lindenhof werkorganisatie.
Voor vragen kunt u terecht bij info@lindenhof-werkt.nl.""",
    },
    {
        "id": "h23-autoreply-04", "kind": "autoreply", "sender": "Gemeente Westerduin <noreply@westerduin.nl>",
        "subject": "Ontvangstbevestiging: " + INV,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """\
Geachte afzender,

Wij hebben uw bericht in goede orde ontvangen. Het is geregistreerd onder zaaknummer Z-2027-004821. U ontvangt
binnen tien werkdagen een inhoudelijke reactie.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Gemeente Westerduin""",
    },
    {
        "id": "h23-autoreply-05", "kind": "autoreply", "sender": ERIKJAN, "thread": "reminder",
        "subject": "Afwezigheidsbericht: " + REM,
        "body": """\
Ik ben afwezig van 1 tot en met 9 maart en lees in die periode geen e-mail.
Voor zaken die niet kunnen wachten: Jolanda Smeets, j.smeets@dommeldal.nl.""",
    },
    {
        "id": "h23-autoreply-06", "kind": "autoreply", "sender": KARIN, "thread": "invitation",
        "subject": "Afwezig: " + INV,
        "body": "Ik ben met vakantie tot en met 24 juli. Uw mail wordt na mijn terugkomst behandeld.\n\n"
        "Karin Meulenbelt",
    },
    {
        "id": "h23-autoreply-07", "kind": "autoreply", "sender": YVONNE, "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + FOLLOW,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Hoi! Ik ben er even tussenuit en geniet van de bergen :-) Vanaf maandag 4 augustus ben ik er weer. Ik kijk
sporadisch in mijn mail, maar reken niet op een snel antwoord. Is het dringend? Bel dan het secretariaat van de
directie, 0570 - 68 20 00.

Yvonne""",
    },
    {
        "id": "h23-autoreply-08", "kind": "autoreply", "sender": MEHMET, "thread": "reminder",
        "subject": "Automatisch antwoord: " + REM, "headers": {"Auto-Submitted": "auto-replied"},
        "body": "Ik ben deze week op werkbezoek en beperkt bereikbaar. Uw e-mail wordt na terugkomst gelezen.",
    },
    {
        "id": "h23-autoreply-09", "kind": "autoreply", "sender": SANNE, "thread": "invitation",
        "subject": "Afwezig: " + INV, "headers": {"X-Autoreply": "yes"},
        "body": """\
Tot half juni ben ik met zwangerschapsverlof. Mijn mail wordt in die tijd niet gelezen. Voor zaken van de
werkorganisatie kunt u terecht bij mijn waarnemer, Joris Peeters (j.peeters@tweestromen.nl).""",
    },
    {
        "id": "h23-autoreply-10", "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx.tweestromen.nl>",
        "subject": "Undelivered Mail Returned to Sender", "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
This is the mail system at host mx.tweestromen.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.verbruggen@tweestromen.nl>: host mailstore.tweestromen.nl said:
    550 5.1.1 User unknown (in reply to RCPT TO command)""",
    },
    # ---------------------------------------------------------------- other
    {
        "id": "h23-other-01", "kind": "other", "sender": "Koen Mertens <k.mertens@gemeentevak.nl>",
        "subject": "Verzoek om een atelier bij te wonen",
        "body": """\
Goedemiddag,

Ik schrijf voor Gemeentevak een achtergrondverhaal over ambtelijke fusies. Zou ik als journalist een deel van het
eerstvolgende atelier mogen bijwonen, of een paar deelnemers na afloop mogen spreken?

Met vriendelijke groet,
Koen Mertens
redacteur Gemeentevak""",
    },
    {
        "id": "h23-other-02", "kind": "other", "sender": "Jeroen Faber <jeroen@procesvisie.nl>",
        "subject": "Inspiratiesessie voor uw netwerk",
        "body": """\
Geachte heer Van de Laar,

Procesvisie begeleidt al ruim tien jaar gemeentelijke organisaties bij procesoptimalisatie. Graag verzorgen wij
kosteloos een inspiratiesessie 'Werkprocessen slimmer met AI' tijdens een van uw komende ateliers. Uw leden kunnen
zich daarvoor aanmelden via onze website. Zullen we binnenkort een kop koffie drinken om de mogelijkheden te
verkennen?

Met hartelijke groet,
Jeroen Faber
accountmanager overheid | Procesvisie B.V.""",
    },
    {
        "id": "h23-other-03", "kind": "other", "sender": "Iris Nauta <i.nauta@rug-onderzoek.nl>",
        "subject": "Vragenlijst onder directeuren van ambtelijke fusieorganisaties",
        "body": """\
Beste secretariaat,

Voor mijn promotieonderzoek naar sturing in ambtelijke fusieorganisaties zoek ik directeuren die een vragenlijst van
ongeveer twintig minuten willen invullen. Zouden jullie de link onder de leden van het netwerk willen verspreiden?
Ik stuur graag een korte toelichting mee.

Hartelijke groet,
Iris Nauta
promovenda bestuurskunde""",
    },
    {
        "id": "h23-other-04", "kind": "other", "sender": KARIN, "subject": "Nieuw e-mailadres",
        "body": """\
Per 1 januari verandert ons domein. Mijn nieuwe adres wordt k.meulenbelt@grensland.nl. Wilt u dat in uw lijst
aanpassen?

Karin Meulenbelt""",
    },
    {
        "id": "h23-other-05", "kind": "other", "sender": HENNY, "subject": "Verzoek om inzage",
        "body": """\
Geacht secretariaat,

In het kader van de Algemene verordening gegevensbescherming verzoek ik u mij een overzicht te verstrekken van de
persoonsgegevens die u van mij heeft vastgelegd, alsmede van het doel waarvoor en de termijn gedurende welke deze
worden bewaard.

Met vriendelijke groet,""" + HENNY_SIG,
    },
    {
        "id": "h23-other-06", "kind": "other", "sender": WILMA, "subject": "Uitnodigingen voortaan ook naar mij",
        "body": """\
Goedemorgen,

Ik beheer de agenda van de heer Schoonderwoerd. Zou u uitnodigingen voor de ateliers voortaan ook in cc naar mij
willen sturen? Dan kan ik ze direct inplannen.

Met vriendelijke groet,
Wilma Ruiter
secretariaat directie Alblasserhof""",
    },
    {
        "id": "h23-other-07", "kind": "other", "sender": YVONNE, "subject": "Adviesraad",
        "body": """\
Hoi Melanie,

Op het atelier hoorde ik dat er in de Adviesraad een plekje vrijkomt. Ik zou het hartstikke leuk vinden om daaraan
bij te dragen! Wat moet ik doen om in aanmerking te komen? Een motivatie sturen?

Groetjes,
Yvonne""",
    },
    {
        "id": "h23-other-08", "kind": "other", "sender": MEHMET, "subject": "Vraag over lidmaatschap",
        "body": """\
Goedemiddag,

Mag onze concerncontroller ook lid worden van het netwerk, of is het uitsluitend bedoeld voor directeuren?

Met vriendelijke groet,
Mehmet Yıldız""",
    },
    {
        "id": "h23-other-09", "kind": "other", "sender": ERIKJAN, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "body": """\
Beste Stan,

Geen inhoudelijk onderwerp, wel een verzoek: kan een atelier ook eens in het zuiden plaatsvinden? Utrecht is voor
ons ruim anderhalf uur rijden. Een online variant in de ochtend zou ook welkom zijn.

Met vriendelijke groet,

Erik Jan Bosma""",
    },
    {
        "id": "h23-other-10", "kind": "other", "sender": GERARD, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple", "subject": "Re: " + FOLLOW,
        "body": "Top middag. Dank!\nG." + IPHONE,
    },
    {
        "id": "h23-other-11", "kind": "other", "sender": BAS, "subject": "dubbel",
        "body": """\
ik krijg alles dubbel binnen op mijn gmail en op mijn werkmail
kan dat eentje worden graag alleen b.deruijter@hbz-werkt.nl
bas""",
    },
    {
        "id": "h23-other-12", "kind": "other", "sender": YVONNE, "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "apple",
        "body": """\
Ah, wat jammer! Ik had er zo'n zin in. Weten jullie al wanneer het wel doorgaat? Dan blok ik die datum meteen.

Yvonne""",
    },
    {
        "id": "h23-other-13", "kind": "other", "sender": FRANK, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """\
Ik wil graag komen, maar alleen als mijn wethouder bedrijfsvoering mee mag. Is dat toegestaan? Hoor graag even.

Frank Lammers""",
    },
    {
        "id": "h23-other-14", "kind": "other", "sender": ANJA, "subject": "Atelier 11 maart",
        "body": """\
Goedemorgen,

Namens de heer Kamphuis bericht ik u dat hij bij het atelier van 11 maart aanwezig zal zijn.

Met vriendelijke groet,

Anja de Graaf
managementassistent directie | De Waardenborg""",
    },
    {
        "id": "h23-other-15", "kind": "other", "sender": DORIEN, "subject": "Directieteam aanmelden",
        "body": """\
Hoi Stan,

Kunnen jullie ons hele directieteam inschrijven? Naast mij zijn dat Bram Verhoef (b.verhoef@vechtenplas.nl) en
Nicole Baan (n.baan@vechtenplas.nl).

Dank!
Dorien""",
    },
    {
        "id": "h23-other-16", "kind": "other", "sender": RUUD, "subject": "Adjunct",
        "body": """\
Mijn adjunct, Sevda Kaya, zou ook graag meedoen aan de ateliers. Kunnen jullie haar toevoegen?

Ruud Kamphuis""",
    },
    {
        "id": "h23-other-17", "kind": "other", "sender": "Paul Gerritsen <p.gerritsen@westerduin.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """\
Ik ken dit netwerk niet en heb me nergens aangemeld. Hoe komt u aan mijn e-mailadres?

P. Gerritsen""",
    },
    {
        "id": "h23-other-18", "kind": "other", "sender": LOTTE, "subject": "Afmelden en Adviesraad",
        "body": """\
Beste Stan,

Ik overweeg mij af te melden als lid, omdat ik de ateliers lastig kan combineren met mijn nieuwe portefeuille. Maar
blijf ik dan wel in de Adviesraad? Daar wil ik namelijk graag mee doorgaan.

Groet,
Lotte""",
    },
    {
        "id": "h23-other-19", "kind": "other", "sender": SANNE, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "subject": "Re: " + REM,
        "body": "Kan ik bij het Stadskantoor parkeren, of kan ik beter met de trein komen?\n\nSanne",
    },
    {
        "id": "h23-other-20", "kind": "other", "sender": MEHMET, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """\
De link naar het verslag geeft bij mij een foutmelding (404). Kunt u het verslag als pdf sturen?

Mehmet""",
    },
    {
        "id": "h23-other-21", "kind": "other", "sender": TJEERD, "subject": "Bevestiging afspraak",
        "body": """\
Hoi Stan,

Hierbij bevestig ik onze afspraak op 4 april om 10 uur in Leeuwarden over de regiodag. Koffie staat klaar.

groet Tjeerd""",
    },
    {
        "id": "h23-other-22", "kind": "other", "sender": YVONNE, "subject": "Rik wil lid blijven",
        "body": """\
Hoi Melanie,

Rik heeft per ongeluk op 'afmelden' gereageerd, maar hij wil juist graag lid blijven. Kunnen jullie dat terugdraaien?

Groetjes,
Yvonne""",
    },
    {
        "id": "h23-other-23", "kind": "other", "sender": KARIN, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "groupwise", "subject": "Re: " + FOLLOW,
        "body": "Het gekozen thema was sterk en de gespreksleider uitstekend. Complimenten aan jullie beiden.\n\nKarin",
    },
    {
        "id": "h23-other-24", "kind": "other", "sender": LOTTE, "subject": "Telling en programma",
        "body": """\
Stan,

Ik heb de telling van de suggesties bekeken. Mijn advies namens de Adviesraad: combineer de twee middagdelen en
begin met de onderwerpen die de meeste stemmen kregen. Zullen we het programma donderdag even telefonisch
doorlopen?

Lotte""",
    },
    {
        "id": "h23-other-25", "kind": "other", "sender": FEMKE, "thread": "welcome", "quoted": "welkom",
        "quote": "outlook-nl",
        "body": "Dank voor het hartelijke welkom! Ik kijk uit naar kennismaking met de collega's.\n\nFemke",
    },
    {
        "id": "h23-other-26", "kind": "other", "sender": "Crediteurenadministratie <crediteuren@zeeuwsewaarden.nl>",
        "subject": "Factuur deelname atelier",
        "body": """\
Geachte heer, mevrouw,

Graag ontvangen wij een factuur voor de deelname van onze directeur, de heer F. Lammers, aan het Leer- en
inspireer-atelier, onder vermelding van inkoopordernummer 4500187732.

Met vriendelijke groet,
Crediteurenadministratie Zeeuwse Waarden""",
    },
    {
        "id": "h23-other-27", "kind": "other", "sender": PETER, "subject": "Quick question",
        "body": """\
Hi Melanie,

Is there a membership fee I should clear with our finance people? And could a counterpart from a Flemish
intergemeentelijke organisation come along as my guest one day?

Thanks,
Peter""",
    },
]
# fmt: on
