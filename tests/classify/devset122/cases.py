"""devset122: no, and what only sounds like no - replies under the invitation, the reminder, the change, the
substitute's invitation and the RSVP acknowledgement.

Directors, their assistants and the odd substitute answer our atelier mails. About a third decline, in every
register: a bare "nee, helaas", long apologies with the reason, a colleague named in their place, late cancellations
under the reminder, calendar declines, a substitute who cannot after all, someone on the waiting list who withdraws.
Others say yes with negative words ("niets houdt me tegen", "geen probleem", "I wouldn't miss it", "nee hoor, ik ben
er gewoon" under the reminder's question). A handful leave the network from under these mails. The rest are
look-alikes for the secretariat: another person who cannot come, a "no" to the guest or diet question with no
answer about coming, complaints, "ik weet het nog niet", a decline for some other meeting, a no to the date that
asks for another date, an assistant reporting that the director is ill without saying whether he comes, and
questions phrased negatively ("Is er geen online optie?").

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a reply that only says whether the writer comes is an rsvp.
- Declining the atelier while keeping the membership, or declining with a substitute named, is rsvp False; leaving
  the network (also together with a decline) is unsubscribe; a named successor, with or without an address, is
  unsubscribe; an AVG erasure request is unsubscribe with erase True.
- A later mail carries the latest answer (a yes that withdraws an earlier no is rsvp True, and the other way round).
- An assistant answering in reply to our invitation is an rsvp; an assistant's forward about the director, and a
  report about someone else's attendance, are other.
- A yes on a condition, or an answer with a real question beside it, is other; so are complaints, doubts and a
  request for another date.
- Calendar accept/decline answers are rsvp.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d122-001",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester Donkersloot <h.donkersloot@werkorganisatie-lingezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, helaas. Op 11 maart hebben wij onze MT-heidag op Schouwen, en die ligt al sinds
            de zomer vast.

            Met vriendelijke groet,
            Hester Donkersloot
            algemeen directeur Werkorganisatie Lingezoom
            """
        ),
    },
    {
        "id": "d122-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rutger Verbaan <rutger.verbaan@peelvenen-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Niets houdt me tegen dit keer - vorig jaar moest ik twee keer verstek laten gaan, dus
            ik heb 11 maart meteen geblokt. Ja, ik kom.

            Rutger
            """
        ),
    },
    {
        "id": "d122-003",
        "kind": "other",
        "sender": "Annemiek Brouwer <a.brouwer@grnoordwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Kooistra laat ik u weten dat hij sinds vorige week ziek thuis is. Hoe
            lang dat gaat duren, is op dit moment niet te zeggen.

            Met vriendelijke groet,
            Annemiek Brouwer
            managementassistent directie | GR Noordwaard
            """
        ),
    },
    {
        "id": "d122-004",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Hakvoort <jw.hakvoort@oosterwolde-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom niet naar het atelier, en eerlijk gezegd hoef ik ook geen uitnodigingen meer.
            Onze twee colleges hebben besloten de ambtelijke samenwerking per 1 juli te ontvlechten;
            daarmee is er voor mij geen plek meer in dit netwerk. Wilt u mij uitschrijven?

            Groet,
            J.W. (Jan-Willem) Hakvoort
            gemeentesecretaris Oosterwolde
            """
        ),
    },
    {
        "id": "d122-005",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Overdijk <b.overdijk@duinenwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas ik kan niet. Vannacht brand in ons stadskantoor, crisisoverleg tot zeker vrijdag.
            Geef mijn plek en die van mijn gast maar aan de wachtlijst

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d122-006",
        "kind": "other",
        "sender": "Fenna Wiersma <f.wiersma@hunzedelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Is there no way to join remotely? I'm based up north and a whole afternoon in Utrecht
            means five hours on the train for a 3.5-hour session. I do see a Teams link in the
            invitation - is that meant for participants, or only for the people presenting?

            Best,
            Fenna Wiersma
            """
        ),
    },
    {
        "id": "d122-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik Lansink <e.lansink@twentseweide.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee hoor, er is niets tussengekomen. Ik ben er donderdag gewoon, samen met mijn gast
            (Sandra Mol, onze concerncontroller).

            Groet,
            Erik Lansink
            """
        ),
    },
    {
        "id": "d122-008",
        "kind": "other",
        "sender": "Loes Timmerman <loes.timmerman@kromme-ijssel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik weet het nog niet. Mogelijk staat de kadernota op 11 maart in de raad en dat wordt
            pas eind februari duidelijk. Zodra ik meer weet hoort u het.

            Mvg,
            Loes Timmerman
            """
        ),
    },
    {
        "id": "d122-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Kuipers <m.kuipers@vechtstreekwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Balen: de nieuwe datum valt precies op de extra raadsvergadering over onze
            herindelingsvisie. Op 18 maart ben ik dus niet beschikbaar en moet ik me helaas
            afmelden. Op 11 maart had het wel gekund, maar ik snap dat jullie het niet voor mij
            kunnen regelen.

            Hartelijke groet,
            Marjolein
            """
        ),
    },
    {
        "id": "d122-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hoekstra <gijs.hoekstra@waddenwerk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Geen probleem wat mij betreft: de 18e past net zo goed. Ik kom dus nog steeds, en het
            provinciehuis ligt voor mij zelfs dichter bij het station.

            Gijs Hoekstra
            """
        ),
    },
    {
        "id": "d122-011",
        "kind": "other",
        "sender": "Theo Gerritsen <t.gerritsen@maasoever-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik neem niemand mee. En dieetwensen heb ik ook niet, voor het geval jullie
            daarnaar vragen voor de catering.

            Theo Gerritsen
            """
        ),
    },
    {
        "id": "d122-012",
        "kind": "rsvp",
        "attending": False,
        "sender": "Caroline Devlin <c.devlin@heuvelrand-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Regrettably I cannot attend on 11 March. Our joint board meets in The Hague that very
            afternoon and as chair of the directors' team I really have to be there.
            Please keep me on the list for the autumn edition.

            Kind regards,
            Caroline Devlin
            Director of Operations, Heuvelrand-Oost
            """
        ),
    },
    {
        "id": "d122-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nynke Bosma <n.bosma@fryske-marren-wurk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dit onderwerp zou ik voor geen goud willen missen - de couleur locale van vier
            gemeenten is bij ons precies het dagelijkse gesprek. Ik kom!

            Nynke
            """
        ),
    },
    {
        "id": "d122-014",
        "kind": "unsubscribe",
        "sender": "Pieter Jan Roozendaal <pj.roozendaal@lekstroom-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Per 1 maart heb ik de werkorganisatie verlaten; donderdag ben ik er dus niet bij.
            Mijn opvolger als algemeen directeur is Wendelien Sterk, w.sterk@lekstroom-samen.nl.
            Zij is zeer geinteresseerd in het netwerk. Wilt u mij afmelden en haar aanmelden?

            Met vriendelijke groet,
            Pieter Jan Roozendaal
            """
        ),
    },
    {
        "id": "d122-015",
        "kind": "other",
        "sender": "Ruud Stoop <r.stoop@achterhoekverbindt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Mijn collega Harm Wesselink (Zutphenstreek) vroeg mij door te geven dat hij niet kan
            op 11 maart. Hij zit die week in het buitenland en heeft slecht bereik.

            Groet,
            Ruud Stoop
            """
        ),
    },
    {
        "id": "d122-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Ouwerkerk <d.ouwerkerk@bollenstreekwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan zelf helaas niet, maar mijn plaatsvervanger Yasmina el Amrani komt graag in
            mijn plaats: y.elamrani@bollenstreekwerkt.nl. Zij is directeur dienstverlening en
            heeft veel met dit onderwerp.

            Dennis Ouwerkerk
            """
        ),
    },
    {
        "id": "d122-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sarah Whitfield-de Groot <s.whitfield@deltamaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            No doubt I'll be there - last autumn's session was the most useful afternoon of my
            year. Just me this time, no guest.

            Sarah
            """
        ),
    },
    {
        "id": "d122-018",
        "kind": "other",
        "sender": "Wouter Kamphuis <w.kamphuis@ijsselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Alweer op een donderdag. Ik heb na de vorige twee keer al laten weten dat donderdag
            bij ons de vaste bestuursdag is, en dat geldt voor meer collega's in de regio.
            Wordt daar bij de planning eigenlijk niets mee gedaan?

            Wouter Kamphuis
            """
        ),
    },
    {
        "id": "d122-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-zuidplas-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + REM,
        "body": _(
            """
            Helaas, ik kan niet. Mijn dochter is gisteren geopereerd en ik blijf deze week thuis.
            Ik had me erg op de middag verheugd. Mijn plaats mag naar iemand op de wachtlijst.

            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d122-020",
        "kind": "other",
        "sender": "Joost van Aalst <j.vanaalst@rivierenlandbinnen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            11 maart gaat niet lukken, die dag zit ik bij de accountant. Bestaat er een kans dat
            het atelier een week opschuift? Op de 18e of 25e kan ik wel, en ik hoor van twee
            collega's in de regio hetzelfde.

            Groet, Joost
            """
        ),
    },
    {
        "id": "d122-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Vos-Bakker <k.vos@groenehartwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kan niet wachten! Zet mij maar op de lijst, met 1 collega (Thijs, onze strateeg).

            Karin
            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d122-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ferdinand Bleeker <f.bleeker@westfriesekust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met dank voor de uitnodiging moet ik u helaas berichten dat ik op donderdag 11 maart
            niet aanwezig kan zijn. Die middag vindt de jaarlijkse verantwoordingsdag van onze
            gemeenschappelijke regeling plaats, waarbij ik als secretaris van het algemeen bestuur
            onmisbaar ben. Ik betreur dit temeer omdat het thema mij zeer aanspreekt.

            Hoogachtend,
            mr. F.J. Bleeker
            gemeentesecretaris-directeur

            Disclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit
            bericht onterecht ontvangt, wordt u verzocht de afzender te informeren.
            """
        ),
    },
    {
        "id": "d122-023",
        "kind": "other",
        "sender": "Anouk Verheij <a.verheij@kempenland-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            De gast die ik zou meenemen, onze concerncontroller, kan er helaas niet bij zijn.
            Mag ik in plaats van haar iemand van P&O meenemen, of geven jullie die plek liever
            terug aan de wachtlijst?

            Anouk Verheij
            """
        ),
    },
    {
        "id": "d122-024",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Robert Zwanenburg <r.zwanenburg@amstelgooi-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Ik zal niet komen en verzoek u mij uit het netwerk te verwijderen. Ik maak daarbij
            gebruik van mijn recht op gegevenswissing (art. 17 AVG): verwijder alstublieft al mijn
            persoonsgegevens uit uw bestanden, inclusief eerdere aanmeldingen.

            Met vriendelijke groet,
            R. Zwanenburg
            """
        ),
    },
    {
        "id": "d122-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mehmet Yilmaz <m.yilmaz@zaanwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Aardig dat Dirk aan mij dacht, maar ik zit op 11 maart de hele dag in een
            aanbestedingstraject en kan dus toch niet in zijn plaats komen. Wilt u het met hem
            opnemen?

            Vriendelijke groet,
            Mehmet Yilmaz
            """
        ),
    },
    {
        "id": "d122-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Brinkman <l.brinkman@veluwezoom-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Geen enkel bezwaar om voor Dirk in te vallen, integendeel. Ik ben er op de 11e,
            samen met de gast die hij heeft opgegeven.

            Lotte Brinkman
            """
        ),
    },
    {
        "id": "d122-027",
        "kind": "other",
        "sender": "Hans Dijkgraaf <h.dijkgraaf@ommelanden-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ken geen Dirk Smit en ik werk niet bij een fusieorganisatie, maar bij een
            belastingsamenwerking. Is deze uitnodiging wel voor mij bedoeld, of is er een adres
            verwisseld?

            H. Dijkgraaf
            """
        ),
    },
    {
        "id": "d122-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Maas <s.maas@langstraatwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Inmiddels weet ik dat ik op 11 maart toch niet kan, dus haal
            mij maar van de wachtlijst - dan schuift de volgende een plekje op.

            Saskia Maas
            """
        ),
    },
    {
        "id": "d122-029",
        "kind": "other",
        "sender": "Vincent Haverkamp <v.haverkamp@linge-en-waal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Geen probleem hoor, ik wacht het rustig af. Plaats 2 klinkt hoopvol.

            Vincent
            """
        ),
    },
    {
        "id": "d122-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Claudia Reinders <c.reinders@dinkelland-tubbergen-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + INV,
        "body": _(
            """
            Sorry, die middag zit ik in de gemeenteraad van Tubbergen.
            """
        ),
    },
    {
        "id": "d122-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjen Visscher <arjen.visscher@hollandsekroon-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan niet anders dan ja zeggen op een vraag als deze: vier gemeentebesturen, een
            werkorganisatie, dat ben ik. Ik kom alleen, zonder gast.

            Arjen Visscher
            directeur Werkorganisatie Hollandse Kroon-Oost
            """
        ),
    },
    {
        "id": "d122-032",
        "kind": "other",
        "sender": "Mirjam Feenstra <m.feenstra@grwestergo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Niet handig, zo'n wijziging van datum en plek drie weken van tevoren. Ik had treinen,
            een vervanger voor het MT en een kinderoppas geregeld voor de 11e. Kunnen jullie de
            volgende keer een datum echt vastzetten voordat de uitnodiging de deur uitgaat?

            Mirjam Feenstra
            """
        ),
    },
    {
        "id": "d122-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thomas Brandsma <t.brandsma@noordoostpolder-urk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Something came up with our council this week, so I'm afraid I have to cancel for
            Thursday. Sorry for the short notice - please give my seat to someone on the waiting
            list.

            Thomas
            """
        ),
    },
    {
        "id": "d122-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes van Riet <m.vanriet@betuwestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorige week schreef ik dat ik niet kon, maar het MT-overleg is verplaatst en niets
            houdt me meer tegen. Graag dus toch een plek voor mij, zonder introducé.

            Marloes van Riet
            """
        ),
    },
    {
        "id": "d122-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Hulshof <g.hulshof@sallandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik moet helaas terugkomen op mijn aanmelding van vorige week. Het college heeft op 11
            maart een extra besloten vergadering ingelast en daar word ik bij verwacht. Ik kom dus
            niet.

            Met groet,
            Geert Hulshof
            """
        ),
    },
    {
        "id": "d122-036",
        "kind": "other",
        "sender": "Esther Lamberts <e.lamberts@brabantsewal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Zijn er geen kosten aan verbonden voor een gast die geen lid is? Onze controller wil
            dat vooraf weten voordat ik iemand van buiten de organisatie meeneem.

            Esther
            """
        ),
    },
    {
        "id": "d122-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Diederik Schouten <d.schouten@grmiddendelfland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik meld me af voor het atelier van 11 maart: ik zit die week op een leiderschapsreis in
            Kopenhagen. Lid van het netwerk blijf ik natuurlijk graag, het najaar probeer ik weer.

            Diederik Schouten
            """
        ),
    },
    {
        "id": "d122-038",
        "kind": "unsubscribe",
        "sender": "Grace Mensah <g.mensah@alblasserwaard-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I won't be joining on 11 March - I have moved to a policy role at the province and I am
            no longer a director of a merged organisation. Please take me off this mailing list.

            Thanks and all the best with the network,
            Grace Mensah
            """
        ),
    },
    {
        "id": "d122-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Oosterhuis <b.oosterhuis@eemsdelta-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik mis helaas de koffie bij de ontvangst: ik kom rechtstreeks uit een overleg in
            Amersfoort en schuif rond 14.10 aan. Verder gewoon present, met gast.

            Bram Oosterhuis
            """
        ),
    },
    {
        "id": "d122-040",
        "kind": "other",
        "sender": "Jolanda Prins <j.prins@stichtsevecht-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Zoals vanochtend besproken kan ik niet aanwezig zijn bij het portefeuillehoudersoverleg
            sociaal domein van 9 maart. Wil jij dat doorgeven aan de voorzitter?

            Groet,
            Jolanda
            """
        ),
    },
    {
        "id": "d122-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "secretariaat directie <secretariaat.directie@werkorganisatie-duinkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw drs. E. Koppelaar deel ik u mee dat zij op 11 maart helaas niet aanwezig
            kan zijn vanwege een eerder vastgelegde afspraak met de provincie.

            Met vriendelijke groet,
            Petra Hoogendijk
            secretariaat directie Werkorganisatie Duinkust
            """
        ),
    },
    {
        "id": "d122-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Heerkens <rob.heerkens@peelenmaas-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Het provinciehuis is niet mijn favoriete vergaderplek, maar dat mag de pret niet
            drukken. De 18e staat genoteerd, ik ben erbij.

            Rob
            """
        ),
    },
    {
        "id": "d122-043",
        "kind": "other",
        "sender": "Femke Bouwman <f.bouwman@utrechtseheuvelrug-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Is er geen parkeergelegenheid bij het stadskantoor? Ik kom uit een dorp zonder
            fatsoenlijke treinverbinding en wil niet een half uur rondjes rijden.

            Femke Bouwman
            """
        ),
    },
    {
        "id": "d122-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Aarts <l.aarts@maasduinen-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Mijn gast en ik moeten allebei afzeggen: de burgemeester heeft ons voor donderdag
            middag bij zich geroepen over de begroting van de GR. Excuses dat het zo laat is.

            Liesbeth Aarts
            """
        ),
    },
    {
        "id": "d122-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kevin Doorn <k.doorn@rijnenveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I wouldn't miss it for the world. Count me in, plus one colleague: our head of
            strategy, Ilona.

            Kevin Doorn
            Algemeen directeur | Werkorganisatie Rijn en Veen
            """
        ),
    },
    {
        "id": "d122-046",
        "kind": "other",
        "sender": "Sander Pelgrim <s.pelgrim@westbetuwe-buren.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Er staat 'met 1 gast', maar ik heb helemaal geen gast opgegeven. Klopt jullie
            registratie wel? Ik wil niet dat er straks iemand onder mijn naam binnenloopt die
            ik niet ken.

            S. Pelgrim
            """
        ),
    },
    {
        "id": "d122-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annelies Koster <a.koster@heerenveen-skarsterlan.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Voor 11 maart in het stadskantoor had ik me net vrijgemaakt, maar de 18e in het
            provinciehuis gaat er voor mij niet in. Dan haak ik helaas af.

            A. Koster
            """
        ),
    },
    {
        "id": "d122-048",
        "kind": "unsubscribe",
        "sender": "Wim Lenting <w.lenting@drentsaa.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Niet alleen de 18e niet, maar ook verder niet meer: ik ga eind deze maand met
            pensioen. Schrijft u mij maar uit het netwerk. Mijn opvolger is nog niet benoemd;
            die meldt zich zelf wel als het zover is.

            Dank voor de mooie bijeenkomsten,
            Wim Lenting
            """
        ),
    },
    {
        "id": "d122-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie Janssens <sophie.janssens@grensmaas-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste allebei / dear both,

            Helaas kan ik niet op 11 maart - unfortunately I'm in Aachen for the Euregio summit that
            day. Mijn collega Luc Hermans komt graag in mijn plaats: l.hermans@grensmaas-wo.nl.

            Sophie
            """
        ),
    },
    {
        "id": "d122-050",
        "kind": "other",
        "sender": "Harriet Kolk <h.kolk@zeeuwsekust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Not sure yet, to be honest. It depends on whether our merger evaluation gets
            delayed again. I'll let you know before the deadline of 2 March.

            Harriet
            """
        ),
    },
    {
        "id": "d122-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Mulder <dj.mulder@veenkoloniaal-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Geen haar op mijn hoofd die eraan denkt om af te zeggen. Tot donderdag, ik neem de
            trein van 12.48 uit Assen.

            DJ
            """
        ),
    },
    {
        "id": "d122-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Smeets <y.smeets@parkstad-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Gaat em niet worden dit keer, te veel brandjes hier. Volgende keer beter!

            Yvonne

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d122-053",
        "kind": "other",
        "sender": "Carla Hendriks <c.hendriks@rivierenland-west.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is de tweede keer in een jaar dat het atelier niet doorgaat. Ik begrijp dat er
            redenen kunnen zijn, maar het komt niet erg professioneel over, zeker niet richting
            de collega's die er een middag voor hebben vrijgemaakt.

            Carla Hendriks
            """
        ),
    },
    {
        "id": "d122-054",
        "kind": "other",
        "sender": "Marco Verdonk <m.verdonk@werkorganisatie-bergen-egmond.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Geen probleem, zulke dingen gebeuren. Is er al zicht op een nieuwe datum? Dan kan ik
            die alvast reserveren.

            Marco
            """
        ),
    },
    {
        "id": "d122-055",
        "kind": "unsubscribe",
        "sender": "Eveline Scholte <e.scholte@kop-van-overijssel.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dan hoeft het wat mij betreft niet meer. Ik merk dat ik de afgelopen twee jaar nauwelijks
            aan het netwerk toekom; schrijft u mij maar uit, dan komt er ruimte voor iemand die er
            meer aan heeft.

            Eveline Scholte
            """
        ),
    },
    {
        "id": "d122-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Bijl <r.bijl@krimpenerwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste mensen,

            Ik had er echt zin in, want dit is precies ons vraagstuk, maar deze keer niet. De
            raad behandelt op 11 maart de evaluatie van onze samenwerking en daar kan ik als
            directeur moeilijk wegblijven. Ik hoop dat er een verslag komt.

            Met vriendelijke groet,
            Ronald Bijl
            directeur Werkorganisatie Krimpenerwaard-Zuid
            T 0182 - 39 11 00
            """
        ),
    },
    {
        "id": "d122-057",
        "kind": "other",
        "sender": "Anita Wolters <a.wolters@nijkerk-barneveld-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            De heer Van Dalen heeft zich vanochtend ziek gemeld. Ik houd u op de hoogte zodra ik
            meer van hem hoor.

            Met vriendelijke groet,
            Anita Wolters
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d122-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Schipper <h.schipper@gooiseheide-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ik ben niet van plan dit over te slaan. Noteer mij maar, met 2 personen in totaal:
            ikzelf en mijn directeur bedrijfsvoering, Olaf Reitsma.

            Hanneke Schipper
            """
        ),
    },
    {
        "id": "d122-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Paul Timmers <p.timmers@oostelijkemijnstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kan helaas niet voor Dirk invallen: ik ben die week met verlof. Wel heb ik met
            hem afgestemd dat mijn collega Ingrid Bovens gaat, ingrid.bovens@oostelijkemijnstreek.nl.

            Groeten,
            Paul Timmers
            """
        ),
    },
    {
        "id": "d122-060",
        "kind": "other",
        "sender": "Jeroen Stam <j.stam@waterlandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom, als ik om 16.00 uur weg kan: om 17.00 uur heb ik een raadsinformatieavond in
            Purmerend. Is dat niet storend voor de opzet van de middag?

            Jeroen Stam
            """
        ),
    },
    {
        "id": "d122-061",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse de Waard <ilse.dewaard@schouwen-tholen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nooit eerder bij een atelier geweest, maar deze keer laat ik het me niet ontgaan.
            Ja, ik kom!

            Ilse
            """
        ),
    },
    {
        "id": "d122-062",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Blom <mark.blom@kennemerduin.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            hoi, ik kan donderdag toch niet: de NS staakt in de hele randstad en ik zit aan de
            andere kant van het land. online meedoen zit er ook niet in, ik zit dan in het MT.
            sorry! mark
            """
        ),
    },
    {
        "id": "d122-063",
        "kind": "other",
        "sender": "Tineke Roelofs <t.roelofs@oldambt-pekela.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Kan ik niet ook online aansluiten via die Teams-link? En moet ik me daarvoor dan
            apart aanmelden of telt dat gewoon als een ja?

            Tineke Roelofs
            """
        ),
    },
    {
        "id": "d122-064",
        "kind": "unsubscribe",
        "sender": "Frank Molenaar <f.molenaar@hoeksewaard-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Per vandaag ben ik niet meer werkzaam bij de werkorganisatie, dus donderdag kom ik
            niet. Mijn taken zijn overgenomen door Jasper Kreuk. Zijn mailadres weet ik nog niet,
            dat zal hij zelf doorgeven. Wilt u mij van de ledenlijst halen?

            Frank Molenaar
            """
        ),
    },
    {
        "id": "d122-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Dekkers <b.dekkers@baronie-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geen twijfel mogelijk: ja, ik kom. Ik heb geen dieetwensen en neem niemand mee.

            B. Dekkers
            """
        ),
    },
    {
        "id": "d122-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roos Adema <r.adema@noardeast-fryslan-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INV,
        "body": _(
            """
            Can't make it this time, I'll be at our provincial directors' day. Groetjes, Roos
            """
        ),
    },
    {
        "id": "d122-067",
        "kind": "other",
        "sender": "Marieke Landman <m.landman@werkorganisatie-duinkust.nl>",
        "quote": "doorgestuurd",
        "quoted": "herinnering_atelier",
        "subject": "FW: " + REM,
        "body": _(
            """
            Hallo,

            Ik stuur dit even door omdat mijn directeur, de heer Schuurman, deze week griep heeft.
            Of hij donderdag weer op de been is, weten we nog niet. Ik laat het zo snel mogelijk weten.

            Groet,
            Marieke Landman
            office manager
            """
        ),
    },
    {
        "id": "d122-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Astrid van Beek <a.vanbeek@lopikerwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for putting me on the waiting list. In the meantime I've been asked to chair a
            regional meeting that same afternoon, so I won't be able to attend after all. Please
            remove me from the list.

            Astrid
            """
        ),
    },
    {
        "id": "d122-069",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hein Brouwers <hein.brouwers@meierijstad-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zeg nooit nee tegen een middag Utrecht met collega's. Ja dus, ik kom.

            Hein
            """
        ),
    },
    {
        "id": "d122-070",
        "kind": "other",
        "sender": "Nicole Bakx <n.bakx@werkorganisatie-gemert-laarbeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan,

            Voor het najaarsatelier kan ik nu al zeker niet, dan zit ik met ons hele MT op
            werkbezoek in Denemarken. Handig om te weten als jullie de datum gaan prikken.

            Nicole
            """
        ),
    },
    {
        "id": "d122-071",
        "kind": "rsvp",
        "attending": False,
        "sender": "Edwin Koops <e.koops@midden-groningen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik moet verstek laten gaan. Op 11 maart start ons nieuwe sturingsconcept en de eerste
            week wil ik in huis zijn voor mijn managers.

            Met vriendelijke groet,
            Edwin Koops
            """
        ),
    },
    {
        "id": "d122-072",
        "kind": "unsubscribe",
        "sender": "Lisa Hartman <l.hartman@beekdal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben geen directeur maar beleidsadviseur en heb geen idee waarom ik via Dirk op deze
            lijst ben gekomen. Ik kom niet, en wil deze berichten ook niet meer ontvangen. Graag
            mijn adres verwijderen.

            Lisa Hartman
            """
        ),
    },
    {
        "id": "d122-073",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilco Hermsen <w.hermsen@overbetuwe-lingewaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Onverhoopt toch niet? Welnee, ik sta al in de startblokken. Tot donderdag.

            Wilco Hermsen
            """
        ),
    },
    {
        "id": "d122-074",
        "kind": "other",
        "sender": "Judith Scheepers <j.scheepers@tielerwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De 18e kan ik niet, jammer genoeg. Is terug naar 11 maart echt uitgesloten? Of
            anders begin april? Dan schuif ik graag aan.

            Judith
            """
        ),
    },
    {
        "id": "d122-075",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit Tuinstra <g.tuinstra@dongeradeel-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Onverhoopt moet ik toch afzeggen. Mijn moeder is afgelopen nacht overleden en ik ben
            de komende dagen met de familie bezig.

            Gerrit Tuinstra
            """
        ),
    },
    {
        "id": "d122-076",
        "kind": "other",
        "sender": "Koen Willemse <k.willemse@goeree-overflakkee-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, geen introducé.

            Wel een verzoek: kunnen jullie de deelnemerslijst vooraf rondsturen? Dan weet ik wie
            ik kan spreken over onze samenwerking met de eilandgemeenten.

            Koen Willemse
            """
        ),
    },
    {
        "id": "d122-077",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Oudshoorn <p.oudshoorn@alphen-kaag-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ondanks een overvolle agenda in maart laat ik dit niet schieten. Ik kom, alleen.

            Petra Oudshoorn
            """
        ),
    },
    {
        "id": "d122-078",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Hooft <m.hooft@bommelerwaard-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ha Melanie,

            Lange mail, korte boodschap: ik kom niet. De aanleiding is dat ons college net de
            opdracht heeft gegeven voor een herijking van de GR, en ik zit tot half april vrijwel
            elke middag met de stuurgroep. Ik had het atelier graag gebruikt om te sparren over
            precies die couleur locale, dus misschien wil iemand na afloop een kop koffie met me
            drinken. Maar op de 11e zelf: nee, helaas.

            Hartelijke groet,
            Maarten Hooft
            """
        ),
    },
    {
        "id": "d122-079",
        "kind": "unsubscribe",
        "sender": "Sjoerd Kramer <sjoerd.kramer@wymbritseradiel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Uitschrijven graag - met de reorganisatie heb ik echt geen ruimte meer voor netwerken
            en donderdag red ik dus ook niet. Sjoerd

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d122-080",
        "kind": "other",
        "sender": "Monique van Dorp <m.vandorp@leidse-regio-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Ik wil niet dat mijn naam en organisatie op een deelnemerslijst komen die naar alle
            leden gaat. Kunnen jullie dat voor mij weglaten? Over komen of niet hoort u nog van mij.

            Monique van Dorp
            """
        ),
    },
    {
        "id": "d122-081",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeanine Rutten <j.rutten@westelijke-mijnstreek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            De nieuwe datum is geen enkel probleem. Ik blijf ingeschreven en kom naar het
            provinciehuis.

            Jeanine Rutten
            """
        ),
    },
    {
        "id": "d122-082",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hugo Veldkamp <h.veldkamp@werkorganisatie-vechtdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Graag had ik ja gezegd, maar het wordt nee. Ik zit 11 maart bij de visitatie van onze
            werkorganisatie door de provincie.

            Hugo Veldkamp
            """
        ),
    },
    {
        "id": "d122-083",
        "kind": "other",
        "sender": "Roel Bakker <r.bakker@hart-van-brabant-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Waarom sta ik op de wachtlijst? Ik heb me toch niet te laat aangemeld - de uitnodiging
            kwam maandag binnen en ik reageerde dezelfde dag. Hoe wordt bepaald wie er een plek
            krijgt?

            Roel Bakker
            """
        ),
    },
    {
        "id": "d122-084",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor Hamdan <n.hamdan@delfland-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Afmelding van mijn kant voor de 11e: ik zit dan midden in de verhuizing van ons
            stadskantoor naar de nieuwe locatie. Lid blijven doe ik zeker.

            Groet, Noor
            """
        ),
    },
    {
        "id": "d122-085",
        "kind": "other",
        "sender": "Bert Wijnands <b.wijnands@land-van-cuijk-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Misschien. Ik probeer de middag vrij te houden, maar ik beloof niets: we zitten midden
            in de onderhandelingen over de nieuwe dienstverleningsovereenkomst.

            Bert Wijnands
            """
        ),
    },
    {
        "id": "d122-086",
        "kind": "rsvp",
        "attending": True,
        "sender": "Stefanie Kok <s.kok@haringvliet-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            No problem at all stepping in for Dirk - I'll be there on the 11th, and thanks for the
            calendar invite.

            Stefanie Kok
            """
        ),
    },
    {
        "id": "d122-087",
        "kind": "other",
        "sender": "Rianne Meulenbelt <r.meulenbelt@oude-ijssel-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik had Jelle de Boer als vervanger opgegeven, maar hij kan toch niet. Ik zoek nog
            iemand anders binnen het MT en kom daar deze week bij je op terug. Staat zijn plek
            zolang nog vast?

            Rianne Meulenbelt
            """
        ),
    },
    {
        "id": "d122-088",
        "kind": "unsubscribe",
        "sender": "Adriaan Vermeulen <a.vermeulen@reimerswaal-kapelle.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Haal mij maar van de wachtlijst, en van de ledenlijst ook. Ik stop per 1 april als
            directeur en ga daarna als interim aan de slag buiten het openbaar bestuur.

            Adriaan Vermeulen
            """
        ),
    },
    {
        "id": "d122-089",
        "kind": "other",
        "sender": "Desiree Claassen <d.claassen@rijk-van-nijmegen-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            De Teams-link uit de uitnodiging werkt niet bij ons: ik krijg een melding dat externe
            vergaderingen geblokkeerd zijn. Niet echt handig als je op afstand mee wilt kijken.

            Desiree
            """
        ),
    },
    {
        "id": "d122-090",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Tom Henderson <t.henderson@zuidkennemerland-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I will not be attending on Thursday and I want out of the network altogether. Under
            the GDPR I also ask you to erase all personal data you hold on me, including my RSVP
            history.

            Regards,
            Tom Henderson
            """
        ),
    },
]
# fmt: on
