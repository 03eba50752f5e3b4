"""devset169: privacy, personal data and addresses: erasure, access, corrections, address changes and look-alikes.

The writers are members, former members, people who never meant to join, and assistants. They ask to have all their
data erased, in plain words ("gooi alles weg") and in formal AVG language (artikel 17, recht op vergetelheid), in
Dutch and English, sometimes with a question or a complaint beside it; they ask what we hold on them, correct a name,
an organisation or a function, pass on a new address for themselves or for their director, deny a sign-up, and
complain about being mailed. Around them stand the look-alikes: questions about the privacy statement or the
retention period, a request about a colleague's data, an erasure wanted only after a later date, an unsubscribe that
explicitly keeps the data, leaving a waiting list, a theme about the AVG, a signature with a privacy disclaimer, and
automatic mail that names a new address.

Conventions this set relies on (from the brief):
- An AVG erasure request (all my data) is `unsubscribe` with `erase` True, also when a question, a complaint, a
  denial or a last topic stands beside it; leaving the network without asking to erase data is a plain
  `unsubscribe`, also when the word "verwijderen" is used for the member list only.
- A request to see one's data, a question about the privacy statement or retention, a request about a colleague's
  data and an erasure asked for a later date while the writer stays a member until then are `other`.
- Corrections of a name, an organisation or a function, and address changes by the member or for them, are `other`,
  also when a yes to the atelier stands beside the address change.
- A plain denial under our confirmation mails, also one asking who did it, is `unsubscribe`; a denial that asks
  where we got the address, or on what ground we mail, is `other`.
- Leaving the waiting list is an `rsvp` False; a yes that only grants permission for the participants' list is an
  `rsvp`; a confirmation with a real question beside it is `other`; a signature alone (with a disclaimer) under the
  confirmation mail is `confirm`.
- "Lid blijven" under our goodbye is `subscribe`; signing up one named colleague with the address is `subscribe`.
- A topic about privacy proposed under the call or the follow-up is a `suggestion` under the theme of the topic.
- "This address is no longer in use" with a new address is an `autoreply`; a ticket receipt is an `autoreply`; a
  delivery failure is a `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- AVG erasure requests: unsubscribe with erase ---------------------------------------------------------
    {
        "id": "pv169-001",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R.J. Spanjaard <rj.spanjaard@werkorganisatie-veenhorst.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen. Het gaat in ieder geval om mijn naam, functie,
            e-mailadres en eventuele registraties van mijn aanwezigheid bij bijeenkomsten van het netwerk.

            Ik verzoek u mij binnen de wettelijke termijn van een maand schriftelijk te bevestigen dat de wissing
            heeft plaatsgevonden.

            Hoogachtend,

            mr. drs. R.J. (Rutger) Spanjaard
            gemeentesecretaris-directeur
            Werkorganisatie Veenhorst
            """
        ),
    },
    {
        "id": "pv169-002",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Henk Wolterink <henkwolterink58@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            hoi Stan en Melanie,

            ik ben sinds de kerst met vervroegd pensioen en wil eigenlijk nergens meer in een bestand staan. gooi
            mijn naam, mailadres en wat jullie verder nog van me hebben maar helemaal weg. alles dus.

            bedankt voor de mooie jaren, het was altijd een feestje in Utrecht!
            Henk
            """
        ),
    },
    {
        "id": "pv169-003",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Fenna Altena <f.altena@dijkstreek-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Sorry, geen thema's van mij deze keer. Ik ben net van baan gewisseld (naar de provincie) en ben nu
            mijn digitale sporen aan het opruimen: willen jullie al mijn gegevens uit jullie systemen wissen? Niet
            alleen van de maillijst af dus, echt alles weg.

            Groetjes, Fenna

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "pv169-004",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Olivia Marchetti-Hoekstra <o.marchetti@kroonwaard.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I'm afraid this membership was set up by my office while I was abroad, and it is not something I
            intend to take part in. Under the GDPR I'd like you to delete all personal data you hold about me
            (name, e-mail address, role and anything my office may have sent along), and to confirm by e-mail
            once that has been done.

            Kind regards,
            Olivia Marchetti-Hoekstra
            Director of Operations, Kroonwaard shared services
            """
        ),
    },
    {
        "id": "pv169-005",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Gerard Lammertsma <g.lammertsma@noordkwartier.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Dank voor de bevestiging van mijn afmelding. Kunt u daarnaast ook al mijn gegevens uit uw administratie
            verwijderen, inclusief mijn naam op de deelnemerslijsten van de ateliers van de afgelopen jaren?

            En een vraag: bewaart SeinstravandeLaar ergens nog een kopie, bijvoorbeeld in een relatiebeheersysteem
            van uw eigen bureau? Dan graag daar ook weg.

            Met vriendelijke groet,
            Gerard Lammertsma
            """
        ),
    },
    {
        "id": "pv169-006",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wendelien Oosterbroek <w.oosterbroek@bergsevlakte.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb me nergens voor aangemeld en ik heb geen idee wie dit in gang heeft gezet. Ik wil niet dat er
            iets van mij bij u achterblijft: verwijdert u mijn gegevens volledig, ook de aanmelding zelf.

            W. Oosterbroek
            """
        ),
    },
    {
        "id": "pv169-007",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Pieter-Jan Vos <pj.vos@grenslandwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            I won't be there on Thursday - and to be honest I'd like to leave the network altogether, my role has
            changed too much. Graag ook al mijn persoonsgegevens verwijderen (recht op vergetelheid), dus niet
            alleen de uitnodigingen stopzetten.

            Regards / groet,
            Pieter-Jan Vos
            """
        ),
    },
    {
        "id": "pv169-008",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sandra Klein <s.klein@hoeksewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            In opdracht van de heer Doornbos, directeur bedrijfsvoering, verzoek ik u hem af te melden voor het
            netwerk en al zijn gegevens uit uw bestanden te verwijderen. Hij stelt geen prijs meer op berichten
            en heeft mij gevraagd dit namens hem af te handelen.

            Met vriendelijke groet,
            Sandra Klein
            managementassistent directie
            Werkorganisatie Hoekse Waarden
            """
        ),
    },
    {
        "id": "pv169-009",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Jolanda Bremer <jolanda.bremer@ommeland-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Mooi verslag, dank jullie wel. Dit was voor mij het laatste atelier: ik vertrek bij Ommeland-Zuid en
            ga iets heel anders doen. Verwijder svp al mijn gegevens, ook de foto van mij aan tafel die in het
            verslag op de site staat.

            Jolanda
            """
        ),
    },
    {
        "id": "pv169-010",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.C.M. van Rijswijk <acm.vanrijswijk@gr-kempenzoom.nl>",
        "quote": "none",
        "subject": "Betreft: gegevenswissing",
        "body": _(
            """
            Geachte secretariaat,

            Hierbij verzoek ik u met een beroep op mijn recht op gegevenswissing om alle gegevens die het Netwerk
            van directeuren van ambtelijke fusieorganisaties over mij heeft vastgelegd te verwijderen.

            Tevens verneem ik graag of mijn gegevens in de afgelopen twee jaar met derden zijn gedeeld, en zo ja,
            met wie.

            Met de meeste hoogachting,
            A.C.M. van Rijswijk
            directeur, GR Kempenzoom
            """
        ),
    },
    {
        "id": "pv169-011",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marco Hesselink <m.hesselink@twentedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is nu de derde mail die ik van u krijg, terwijl ik nooit lid ben geweest van dit netwerk.
            Ik eis dat u mijn gegevens per direct vernietigt en mij niet meer benadert. Gebeurt dat niet, dan dien
            ik een klacht in bij de Autoriteit Persoonsgegevens.

            M. Hesselink
            """
        ),
    },
    {
        "id": "pv169-012",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Brechtje Noordam <b.noordam@lekstroom.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten. Ik wil er helemaal uit, en dan ook echt uit: geen naam, geen
            adres, geen aantekeningen, niks meer in jullie bestanden. Dank.
            """
        ),
    },
    {
        "id": "pv169-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Yusuf Demirci <y.demirci@maasenwaal-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Niet bevestigen, niet bewaren. Wis m'n adres aub en alles wat eraan vastzit. Wie dit ook heeft
            ingevuld, ik hoef het niet.
            -- Y.
            """
        ),
    },
    {
        "id": "pv169-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Theo Kuipers <t.kuipers@zeeuwsedelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Eén laatste idee voor het programma, gratis en voor niets: de rol van de directeur bij een
            herindelingsdiscussie. Doe ermee wat jullie willen.

            Daarna wil ik er echt mee stoppen: ik ga in maart met pensioen. Wis al mijn gegevens dus maar meteen,
            nu al; mijn opvolger meldt zich zelf wel.

            Hartelijke groet,
            Theo
            """
        ),
    },
    # --- plain unsubscribes: denials and leaving without erasure ----------------------------------------------
    {
        "id": "pv169-015",
        "kind": "unsubscribe",
        "sender": "Iris Zandbergen <i.zandbergen@werkorganisatie-veenhorst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Deze aanmelding komt niet van mij. Ik ben geen directeur maar beleidsmedewerker informatievoorziening;
            vermoedelijk is er bij het secretariaat een adres verwisseld.

            Met vriendelijke groet,
            Iris Zandbergen
            """
        ),
    },
    {
        "id": "pv169-016",
        "kind": "unsubscribe",
        "sender": "Koen Verbeek <koen.verbeek@heuvelrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Wie heeft mij eigenlijk aangemeld? Ik in ieder geval niet, en ik ben ook niet van plan lid te worden.
            Koen
            """
        ),
    },
    {
        "id": "pv169-017",
        "kind": "unsubscribe",
        "sender": "Mirjam de Groot-Baars <m.degroot@lingebroek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik stop met het netwerk; mijn agenda zit dit jaar te vol om er iets zinnigs van te maken. Mijn
            gegevens mogen wat mij betreft gewoon blijven staan, mocht ik over een tijdje weer willen aansluiten
            dan hoef ik niet alles opnieuw op te geven.

            Groet,
            Mirjam
            """
        ),
    },
    {
        "id": "pv169-018",
        "kind": "unsubscribe",
        "sender": "Ruud Schippers <r.schippers@amstelvenen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik word van alle kanten bestookt met uitnodigingen voor netwerken, kringen en tafels. Schrap mij maar
            van uw verzendlijst; dit netwerk is niet aan mij besteed en ik kom donderdag dus ook niet.

            R. Schippers
            """
        ),
    },
    {
        "id": "pv169-019",
        "kind": "unsubscribe",
        "sender": "Hannah Lindqvist <h.lindqvist@eemlandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Please take me off this mailing list. No need to delete anything else on my account, I simply don't
            want to receive the mails any more.

            Thanks,
            Hannah
            """
        ),
    },
    {
        "id": "pv169-020",
        "kind": "unsubscribe",
        "sender": "Bert-Jan Holtkamp <bj.holtkamp@vechtdal-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            In oktober heb ik mij al afgemeld en nu ligt er weer een uitnodiging in mijn inbox. Voor de duidelijkheid
            nogmaals: ik wil geen lid meer zijn van het netwerk.

            Bert-Jan Holtkamp
            """
        ),
    },
    {
        "id": "pv169-021",
        "kind": "unsubscribe",
        "sender": "Nadia El Idrissi <n.elidrissi@rijnwaardsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            I did not sign up for this, and I'm not sure who did. Please don't add me.
            Nadia
            """
        ),
    },
    {
        "id": "pv169-022",
        "kind": "unsubscribe",
        "sender": "Stijn Mulder <stijn.mulder@westfriesewerken.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik was gisteren wat te snel met op 'beantwoorden' drukken. Bij nader inzien doe ik toch liever niet
            mee, uitschrijven graag.

            Stijn Mulder
            """
        ),
    },
    {
        "id": "pv169-023",
        "kind": "unsubscribe",
        "sender": "Ellen Rozendaal <e.rozendaal@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Met de verplaatsing naar de 18e haak ik af, en eerlijk gezegd voor het hele netwerk: haalt u mij maar
            uit de ledenlijst. Het past niet meer bij mijn rol.

            Vriendelijke groet, Ellen Rozendaal
            """
        ),
    },
    # --- other: access, corrections, addresses, privacy questions, colleagues, later erasure -----------------
    {
        "id": "pv169-024",
        "kind": "other",
        "sender": "Wim Tjoelker <w.tjoelker@friesemeren.nl>",
        "quote": "none",
        "subject": "wat weten jullie van mij?",
        "body": _(
            """
            Dag secretariaat,

            Een collega zei bij de koffie dat jullie ook telefoonnummers en zelfs dieetwensen bijhouden. Welke
            gegevens hebben jullie eigenlijk van mij? Ik ben gewoon benieuwd, ik wil niet weg hoor.

            Wim Tjoelker
            """
        ),
    },
    {
        "id": "pv169-025",
        "kind": "other",
        "sender": "drs. C.E. Boelens <ce.boelens@gr-middenduin.nl>",
        "quote": "none",
        "subject": "Inzageverzoek ex artikel 15 AVG",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met een beroep op artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u over mij
            verwerkt. Graag ontvang ik:
            1. een kopie van de gegevens zelf;
            2. de doeleinden van de verwerking en de grondslag daarvoor;
            3. de ontvangers aan wie de gegevens zijn verstrekt;
            4. de bewaartermijn.

            Ik zie uw reactie binnen een maand tegemoet.

            Hoogachtend,
            drs. C.E. Boelens
            algemeen directeur GR Middenduin
            """
        ),
    },
    {
        "id": "pv169-026",
        "kind": "other",
        "sender": "Daniel Oyelaran <d.oyelaran@grenslandwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the welcome. Before I get going: could you send me a copy of the personal data you keep on
            me, as a subject access request? Our DPO asks every director to check this for the networks they
            join. Happy to stay a member either way.

            Best,
            Daniel
            """
        ),
    },
    {
        "id": "pv169-027",
        "kind": "other",
        "sender": "Lotte Brinkhuis <l.brinkhuis@zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Voordat ik besluit of ik lid blijf en of ik op 11 maart kom: stuur mij eerst een overzicht van wat u
            over mij vastlegt en met wie u dat deelt. Afhankelijk daarvan vraag ik misschien om verwijdering, maar
            zover is het nog niet.

            Lotte Brinkhuis
            """
        ),
    },
    {
        "id": "pv169-028",
        "kind": "other",
        "sender": "Joost van 't Hoog <j.vanthoog@betuwsebaan.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kleine correctie voor jullie ledenlijst: mijn achternaam is Van 't Hoog, met apostrof en een hoofdletter
            V als hij vooraan staat. In de aanhef stond "Vant Hoog", dat zie ik vaker maar het blijft jammer.

            Joost
            """
        ),
    },
    {
        "id": "pv169-029",
        "kind": "other",
        "sender": "Petra Smeulders <p.smeulders@dommelvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Per 1 februari ben ik niet langer directeur bedrijfsvoering maar algemeen directeur van de
            Werkorganisatie Dommelvallei. Wilt u mijn functie in uw bestand aanpassen? Dan klopt ook de
            deelnemerslijst weer.

            Over thema's denk ik nog even na.

            Met vriendelijke groet,
            Petra Smeulders
            """
        ),
    },
    {
        "id": "pv169-030",
        "kind": "other",
        "sender": "Gijs Terlouw <g.terlouw@lingebroek.nl>",
        "quote": "none",
        "subject": "Nieuwe naam organisatie",
        "body": _(
            """
            Goedendag,

            Per 1 januari heet onze werkorganisatie niet langer "BWL Samen" maar "Werkorganisatie Lingebroek".
            Mijn mailadres blijft gelijk (de oude domeinnaam stuurt nog een jaar door). Wilt u de naam van de
            organisatie bij mijn lidmaatschap bijwerken?

            Dank en groet,
            Gijs Terlouw, directeur
            """
        ),
    },
    {
        "id": "pv169-031",
        "kind": "other",
        "sender": "Jeroen Kramer <j.kramer@dijkstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag beide,

            Door de samenvoeging van onze domeinen verandert mijn mailadres: vanaf 1 april is het
            j.kramer@dijkstreek-samen.nl. Het huidige adres vervalt dan zonder doorsturen. Wilt u uw berichten
            voortaan daarheen sturen?

            Jeroen
            """
        ),
    },
    {
        "id": "pv169-032",
        "kind": "other",
        "sender": "Marloes Haverkamp <m.haverkamp@amstelvenen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Hoi Stan,

            De heer Bosma gebruikt dit adres niet meer sinds hij bij ons in het nieuwe gemeentehuis zit. Wil je
            hem voortaan mailen op f.bosma@amstelvenen.nl? Deze uitnodiging heb ik hem intussen zelf doorgezet.

            Groet, Marloes (secretariaat directie)
            """
        ),
    },
    {
        "id": "pv169-033",
        "kind": "other",
        "sender": "Corné Maas <c.maas@westfriesewerken.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom graag.

            PS: stuur de bevestiging en alles daarna voortaan naar corne.maas@westfriesewerken.nl; dit
            verkorte adres wordt na de zomer opgeheven.

            Corné Maas
            """
        ),
    },
    {
        "id": "pv169-034",
        "kind": "other",
        "sender": "Saskia Verhoef <s.verhoef@heuvelrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik heb me niet aangemeld voor dit netwerk. Hoe komt u aan mijn e-mailadres? Ik wil graag weten welke
            bron u hiervoor heeft gebruikt, want het adres in uw mail zegt mij niets.

            Met vriendelijke groet,
            Saskia Verhoef
            """
        ),
    },
    {
        "id": "pv169-035",
        "kind": "other",
        "sender": "Frits Ubbink <f.ubbink@twentedal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ken uw netwerk niet en heb niets aangevraagd. Van wie heeft u mijn adres gekregen? Dat wil ik eerst
            weten voordat ik verder iets doe.

            F. Ubbink
            """
        ),
    },
    {
        "id": "pv169-036",
        "kind": "other",
        "sender": "Annemieke Dolfing <a.dolfing@bergsevlakte.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Ik ontvang deze uitnodiging drie keer: op mijn werkadres, op mijn oude adres bij de gemeente en op de
            functionele mailbox van de directie. Kunt u dat opschonen? Eén keer is genoeg, en dan graag alleen op
            a.dolfing@bergsevlakte.nl.

            Groet,
            Annemieke Dolfing
            """
        ),
    },
    {
        "id": "pv169-037",
        "kind": "other",
        "sender": "Maarten Rijkers <maartenrijkers@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Waarom krijg ik jullie mail op mijn privé-Gmail? Dat adres heb ik nooit aan het netwerk gegeven en ik
            houd werk en privé graag gescheiden. Willen jullie alleen m.rijkers@zaanoever.nl gebruiken?

            Maarten
            """
        ),
    },
    {
        "id": "pv169-038",
        "kind": "other",
        "sender": "Esther Kooijman <e.kooijman@noordkwartier.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            > Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken?

            Nog niet, dat komt vast. Wel een vraag vooraf: waar kan ik uw privacyverklaring vinden? Ik zie die
            nergens op de site, en onze FG vraagt ernaar.

            Esther Kooijman
            """
        ),
    },
    {
        "id": "pv169-039",
        "kind": "other",
        "sender": "Hugo Wesselink <h.wesselink@vechtdal-gemeenten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Helder, dank. Hoe lang bewaren jullie mijn gegevens nu ik geen lid meer ben? Ik vraag het uit
            nieuwsgierigheid, niet omdat ik er iets mee wil.

            Hugo
            """
        ),
    },
    {
        "id": "pv169-040",
        "kind": "other",
        "sender": "Karin Tuinstra <k.tuinstra@friesemeren.nl>",
        "quote": "none",
        "subject": "Oud-collega nog in uw bestand",
        "body": _(
            """
            Beste mensen,

            Mijn voormalige collega mevrouw Terpstra staat volgens mij nog in uw ledenbestand; zij is vorig jaar
            bij ons vertrokken. Wilt u haar gegevens verwijderen? Ik weet niet of zij dat zelf al gevraagd heeft.

            Met vriendelijke groet,
            Karin Tuinstra
            """
        ),
    },
    {
        "id": "pv169-041",
        "kind": "other",
        "sender": "Rob Vermeulen <r.vermeulen@zeeuwsedelta.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de goede middag. Aan mijn tafel zat een directeur uit de Achterhoek met een mooi verhaal
            over hun kennisbank, maar ik heb haar naam niet goed verstaan. Kunt u mij haar naam en mailadres
            geven? Dan neem ik zelf contact op.

            Rob
            """
        ),
    },
    {
        "id": "pv169-042",
        "kind": "other",
        "sender": "Gerda Nijenhuis <g.nijenhuis@ommeland-zuid.nl>",
        "quote": "none",
        "subject": "Pensioen en mijn gegevens",
        "body": _(
            """
            Dag Melanie,

            Per 1 juli ga ik met pensioen. Wilt u vanaf die datum al mijn gegevens wissen? Tot die tijd blijf ik
            gewoon lid en lees ik alles graag mee.

            Hartelijke groet,
            Gerda Nijenhuis
            """
        ),
    },
    {
        "id": "pv169-043",
        "kind": "other",
        "sender": "Liam O'Connell <l.oconnell@eemlandsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon. A practical note: my secondment here ends on 31 August. Once it does,
            please remove all my data; until then I'd like to stay on the list and will try to come to the next
            one.

            Liam
            """
        ),
    },
    {
        "id": "pv169-044",
        "kind": "other",
        "sender": "Wouter Bakx <w.bakx@dommelvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ik heb nooit toestemming gegeven voor het ontvangen van deze berichten. Op welke grondslag mailt u
            mij? Ik verwacht een toelichting.

            W. Bakx
            """
        ),
    },
    {
        "id": "pv169-045",
        "kind": "other",
        "sender": "Ilse Wagenaar <i.wagenaar@maasenwaal-samen.nl>",
        "quote": "none",
        "subject": "Wijziging functie mw. Dekker",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Dekker: haar functie is per heden gemeentesecretaris-directeur van Maas en Waal Samen
            (was: directeur dienstverlening). Wilt u dit in uw ledenlijst aanpassen? Haar e-mailadres blijft
            hetzelfde.

            Met vriendelijke groet,
            Ilse Wagenaar, bestuurssecretariaat
            """
        ),
    },
    {
        "id": "pv169-046",
        "kind": "other",
        "sender": "Thijs Oudshoorn <t.oudshoorn@rijnwaardsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bij deze bevestigd. Wel een vraag: wordt mijn naam zichtbaar voor de andere leden, bijvoorbeeld in een
            ledenoverzicht of op de site? Dat hoor ik graag voordat de eerste deelnemerslijst rondgaat.

            Thijs
            """
        ),
    },
    {
        "id": "pv169-047",
        "kind": "other",
        "sender": "Sophie Laarman <s.laarman@hoeksewaarden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voordat alles verdwijnt: mag ik een kopie van de gegevens die u van mij heeft, en van de
            themasuggesties die ik de afgelopen jaren heb ingestuurd? Die wil ik graag meenemen naar mijn nieuwe
            werkgever.

            Met vriendelijke groet,
            Sophie Laarman
            """
        ),
    },
    # --- subscribe --------------------------------------------------------------------------------------------
    {
        "id": "pv169-048",
        "kind": "subscribe",
        "sender": "Marieke Jonkers <m.jonkers@gr-kempenzoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit afmeldverzoek kwam niet van mij; wellicht heeft iemand op ons secretariaat de verkeerde regel uit
            de lijst gehaald. Lid blijven, graag.

            Marieke Jonkers
            """
        ),
    },
    {
        "id": "pv169-049",
        "kind": "subscribe",
        "sender": "Erik Smallenbroek <e.smallenbroek@zaanoever.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe collega-directeur",
        "body": _(
            """
            Beste secretariaat,

            Onze nieuwe directeur bedrijfsvoering, Anouk Brouwer, wil graag lid worden van het netwerk. Zij heeft
            ermee ingestemd dat ik haar gegevens aan u doorgeef: a.brouwer@zaanoever.nl.

            Met vriendelijke groet,
            Erik Smallenbroek
            """
        ),
    },
    {
        "id": "pv169-050",
        "kind": "subscribe",
        "sender": "Ruben Castelein <r.castelein@lekstroom.nl>",
        "quote": "none",
        "subject": "Aanmelden netwerk",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik mij aan als lid van het netwerk. Ik ben sinds januari algemeen directeur van
            Werkorganisatie Lekstroom. Uw privacyverklaring heb ik gelezen; daar ga ik mee akkoord.

            Met vriendelijke groet,
            Ruben Castelein
            """
        ),
    },
    # --- confirm ----------------------------------------------------------------------------------------------
    {
        "id": "pv169-051",
        "kind": "confirm",
        "sender": "Anja Meerman <a.meerman@amstelvenen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Anja Meerman
            Directeur Bedrijfsvoering | Werkorganisatie Amstelvenen
            T 020 - 555 13 87

            Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde.
            Werkorganisatie Amstelvenen verwerkt persoonsgegevens overeenkomstig de AVG; lees onze
            privacyverklaring op www.amstelvenen.nl/privacy. Bent u niet de geadresseerde, verwijder dit bericht
            dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "pv169-052",
        "kind": "confirm",
        "sender": "Tom Eijkelenboom <t.eijkelenboom@westfriesewerken.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd, tussen twee overleggen door vanaf de telefoon. Excuus voor de vertraging.
            Tom
            """
        ),
    },
    # --- rsvp -------------------------------------------------------------------------------------------------
    {
        "id": "pv169-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Chantal Rademaker <c.rademaker@noordkwartier.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Haal mij maar van de wachtlijst, die donderdag blijkt er toch een raadsvergadering te zijn.
            Volgende keer beter!

            Chantal
            """
        ),
    },
    {
        "id": "pv169-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jan-Willem Dekkers <jw.dekkers@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom. U mag mijn naam en organisatie gerust op de deelnemerslijst zetten, daar heb ik geen
            bezwaar tegen.

            Jan-Willem Dekkers
            """
        ),
    },
    {
        "id": "pv169-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mandy Kortekaas <m.kortekaas@gr-middenduin.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Okafor: zij komt ook op de nieuwe datum, 18 maart, naar het Provinciehuis. Haar
            contactgegevens zijn ongewijzigd.

            Met vriendelijke groet,
            Mandy Kortekaas, secretariaat
            """
        ),
    },
    # --- suggestion -------------------------------------------------------------------------------------------
    {
        "id": "pv169-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Niels Buitenhuis <n.buitenhuis@heuvelrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn voorstel: privacy by design in onze eigen werkprocessen. Hoe borg je de AVG in de dagelijkse
            processen van een werkorganisatie, en welke plek geef je de functionaris gegevensbescherming in de
            organisatiestructuur?

            Groet,
            Niels Buitenhuis
            """
        ),
    },
    {
        "id": "pv169-057",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima Bouzid <f.bouzid@rijnwaardsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Voor de volgende keer: hoe bescherm je de privacy van inwoners als loketten gegevens met elkaar delen,
            zonder dat de dienstverlening stroperig wordt en mensen drie keer hetzelfde moeten vertellen?

            Fatima
            """
        ),
    },
    # --- autoreply and bounce ---------------------------------------------------------------------------------
    {
        "id": "pv169-058",
        "kind": "autoreply",
        "sender": "Hendrik Zwaan <h.zwaan@dijkstreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Mijn nieuwe adres is h.zwaan@dijkstreek-samen.nl.
            Uw bericht wordt niet automatisch doorgestuurd; wilt u het opnieuw verzenden naar mijn nieuwe adres?
            """
        ),
    },
    {
        "id": "pv169-059",
        "kind": "autoreply",
        "sender": "Klantcontact Werkorganisatie Friese Meren <noreply@friesemeren.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Zaak Z-2027-00413] Ontvangstbevestiging: Welke thema's wilt u bespreken?",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z-2027-00413. U ontvangt binnen
            vijf werkdagen een reactie.

            Uw persoonsgegevens worden verwerkt volgens onze privacyverklaring (www.friesemeren.nl/privacy). Wilt
            u uw gegevens inzien of laten verwijderen, neem dan contact op met onze functionaris
            gegevensbescherming.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "pv169-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.vechtdal-gemeenten.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.vechtdal-gemeenten.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <a.hofstede@vechtdal-gemeenten.nl>: host mx1.vechtdal-gemeenten.nl[10.4.2.17] said: 550 5.1.1
                <a.hofstede@vechtdal-gemeenten.nl>: Recipient address rejected: User unknown in virtual mailbox
                table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
