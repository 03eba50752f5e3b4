"""devset108: answers to the atelier invitation, its reminder, change and cancellation, the RSVP and the substitute.

Busy directors of werkorganisaties and their management assistants answer the invitation for the atelier of 11 March
2027, the reminder, the change of date and place, the cancellation, our RSVP acknowledgement and the invitation of a
substitute: yeses and noes in many wordings (elliptic, inverted, English, late arrival, early leave, dietary wishes,
a guest or a colleague along, a substitute for a no, a change of mind in a second mail, calendar accept/decline
answers with and without Auto-Submitted headers), against look-alikes that the secretariat must read: a yes on a
condition, a yes with a real question, a yes for another date or another event, an assistant's new mail about the
director, undecided writers, questions about online attendance, complaints, plain thanks; plus leaving the network
and erasure requests in reply, topics proposed in reply, and out-of-office and other automatic replies.

Conventions this set relies on (from the brief):
- The label is what the writer asks now, not what our mail was about; a reply that only thanks is `other`.
- A yes or no with a remark that needs no answer (late, early leave, diet, parking they arrange themselves, a guest)
  stays an `rsvp`; a yes on a condition, or a yes or no with a real question beside it, is `other`.
- A decline with a named substitute (name and address) or a decline "for the atelier" that keeps the membership is
  `rsvp` False; declining and leaving the network in one mail is `unsubscribe`; a successor taking over the seat with
  an address is `unsubscribe` (a hand-over); an AVG erasure request is `unsubscribe` with `erase` True.
- A later mail carries the latest answer ("ik kom toch", "ik kan toch niet").
- An assistant answering in reply to (or forwarding) our invitation gives an `rsvp`; an assistant's new mail about the
  director's attendance is `other`.
- Calendar accept/decline answers are `rsvp`, also with Auto-Submitted headers; out-of-office replies, bounces, read
  receipts, ticket systems and "address no longer in use" are `autoreply` (no quote), also when they mention a deputy
  or an absence on the day of the atelier.
- A topic proposed in reply to the invitation is a `suggestion`; a proposal about the form (place, time, hybrid) is
  `other`. Themes are those of the topic proposed.
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
    # ---------------------------------------------------------------- rsvp: yes
    {
        "id": "d108-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Brinkhorst <w.brinkhorst@voorsterbroek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Ja, ik kom. Tot 11 maart!

            Met vriendelijke groet,

            Wouter Brinkhorst
            Algemeen directeur Werkorganisatie Voorsterbroek
            T 0571 - 28 44 10
            """
        ),
    },
    {
        "id": "d108-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Stoeldraaijer <hstoeldraaijer@heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Kom ik graag naar toe.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d108-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit-Jan Holtkamp <gj.holtkamp@krommemeent.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Daar ben ik bij.
            GJ
            """
        ),
    },
    {
        "id": "d108-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Peter Lindqvist <p.lindqvist@sc-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Thank you for the kind invitation. I'm happy to confirm that I will attend on 11 March.

            Best regards,
            Peter Lindqvist
            Director of Operations | Servicecentrum Eemvallei
            """
        ),
    },
    {
        "id": "d108-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Tiemersma <m.tiemersma@lauwerskant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik kom, maar ik zit die ochtend in een raadscommissie die altijd uitloopt. Reken erop dat ik pas rond
            kwart voor drie binnenwandel. Begin vooral zonder mij.

            Hartelijke groet,
            Marloes Tiemersma
            gemeentesecretaris/directeur Werkorganisatie Lauwerskant
            """
        ),
    },
    {
        "id": "d108-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Oldenkamp <Bert.Oldenkamp@wo-reestdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Aanwezig. Ik moet wel om 16.15 uur weg voor een DB-overleg in Meppelerdiep, dus het laatste uur mis ik.

            Met vriendelijke groet,
            B. Oldenkamp
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d108-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ria van Hoogdalem <r.vanhoogdalem@brakelwaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Graag aanmelden voor 11 maart. Voor de volledigheid: ik eet glutenvrij, mocht er bij de koffie of
            na afloop iets te eten zijn. Verder geen bijzonderheden.

            Ria van Hoogdalem
            """
        ),
    },
    {
        "id": "d108-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Wassink <koen.wassink@grensland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ik ben erbij! Ik kom met de auto en zet hem in de garage bij het station, dat ken ik van de vorige
            keer, dus daar hoeft u niets voor te regelen.

            Groet, Koen
            """
        ),
    },
    {
        "id": "d108-009",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annemiek Rozendaal <a.rozendaal@dijkzicht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ja, ik kom, en ik neem onze directeur sociaal domein Fatima el Idrissi mee. Wij komen dus met z'n
            tweeën.

            Groeten,
            Annemiek Rozendaal
            Algemeen directeur Werkorganisatie Dijkzicht
            """
        ),
    },
    {
        "id": "d108-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs Verhoeckx <t.verhoeckx@kempenhart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            2 personen: ikzelf + onze concerncontroller.
            Thijs

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d108-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joyce Mulder <j.mulder@hoekschelanen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Namens mevrouw Terpstra bevestig ik dat zij aanwezig zal zijn bij het atelier op donderdag 11 maart.
            Ik heb de afspraak in haar agenda gezet.

            Met vriendelijke groet,

            Joyce Mulder
            Managementassistent directie
            Werkorganisatie Hoeksche Lanen
            """
        ),
    },
    {
        "id": "d108-012",
        # Relabelled in stop 39 (was rsvp True): a forward of our invitation carries no link to the one invited, so
        # the service cannot tell whom to register; BRIEF.md: a forward is the assistant's new mail, `other`.
        "kind": "other",
        "sender": "Secretariaat directie Vlietmonde <secretariaat.directie@vlietmonde.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INV,
        "body": _(
            """
            Goedemorgen,

            Hierbij meld ik de heer R. (Rutger) Oudeman, directeur Ambtelijke organisatie Vlietmonde, aan voor
            onderstaand atelier. Hij komt alleen.

            Vriendelijke groet,
            Nadia Boukhari
            secretariaat directie
            """
        ),
    },
    {
        "id": "d108-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Hiemstra <s.hiemstra@wouden-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INV,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": "",
    },
    {
        "id": "d108-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Claire Dumoulin <claire.dumoulin@bollenkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Really looking forward to it.
            """
        ),
    },
    {
        "id": "d108-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Eijkelenboom <m.eijkelenboom@lingeleede.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INV,
        "body": _(
            """
            Tot dan!
            """
        ),
    },
    {
        "id": "d108-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Prinsen <e.prinsen@zandwijk-ooster.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vergeet mijn mail van gisteren maar: de collegevergadering van 11 maart is naar de ochtend verplaatst,
            dus de middag is weer vrij. Ik kom alsnog.

            Groet,
            Ellen Prinsen
            """
        ),
    },
    {
        "id": "d108-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hüseyin Demirtas <h.demirtas@meerstadnoord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            ik kom toch

            Hüseyin
            """
        ),
    },
    {
        "id": "d108-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Linda Groeneveld <l.groeneveld@devennen-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de herinnering, ik ben er gewoon. Tot donderdag!

            Linda
            """
        ),
    },
    {
        "id": "d108-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Haverkate <r.haverkate@peelrijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Stan,

            Ik kom, alleen wordt het met de werkzaamheden op de A2 waarschijnlijk tien over twee voor ik binnen
            ben. Neem me niet kwalijk als ik even binnen kom vallen.

            Rob
            """
        ),
    },
    {
        "id": "d108-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilma Koers <w.koers@west4gemeenten.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            18 maart in het Provinciehuis past mij ook prima. Ik blijf dus aangemeld.

            Met vriendelijke groet,
            Wilma Koers
            Directeur Werkorganisatie West-4
            """
        ),
    },
    {
        "id": "d108-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Blankevoort <j.blankevoort@amstelveld-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor jullie bericht. Ik neem de plek van mijn collega graag over en ben er op 11 maart.

            Hartelijke groet,
            Jeroen Blankevoort
            plv. algemeen directeur
            """
        ),
    },
    {
        "id": "d108-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Wentink <s.wentink@achterhoekpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik kom, maar zonder gast; die plek kan iemand anders krijgen.
            Saskia Wentink
            """
        ),
    },
    {
        "id": "d108-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daan Verkerk <d.verkerk@rivierenhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "subject": "RE: " + INV,
        "body": _(
            """
            Count me in.

            Get Outlook for iOS
            """
        ),
    },
    {
        "id": "d108-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mr. drs. A.C. (Aart) Bosschaart <A.Bosschaart@hollandsduin-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ja, ik kom.

            Hoogachtend,

            mr. drs. A.C. Bosschaart
            algemeen directeur
            Werkorganisatie Hollands Duin | Postbus 1180 | 2200 BD Duinrijk

            ------------------------------------------------------------------------
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte hebt
            ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Aan dit bericht
            kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d108-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Spijkerman <anouk.spijkerman@gr-veenkoloniaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Hi Stan, yes, I'll join - zet me maar op de lijst.
            Groetjes, Anouk
            """
        ),
    },
    {
        "id": "d108-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Olthof <f.olthof@ijsselmonde-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Zal er zijn, met één gast: onze strateeg Bas Wolters.

            Frank Olthof
            """
        ),
    },
    {
        "id": "d108-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Nijenhuis <i.nijenhuis@vechtstreek-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een herkenbaar thema! Met vijf gemeenteraden die elk hun eigen prioriteiten hebben, is de couleur
            locale bij ons dagelijkse kost. Ik ben benieuwd hoe anderen dat doen en meld me graag aan.

            Warme groet,
            Ingeborg Nijenhuis
            """
        ),
    },
    {
        "id": "d108-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Boswijk <karin.boswijk@zuidplasser.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Hoi Melanie,

            Leuk weer iets van jullie te horen. Zet me maar op de lijst, ik heb de middag al vrijgehouden.

            Groetjes,
            Karin
            """
        ),
    },
    {
        "id": "d108-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrik-Jan Lamberts <hj.lamberts@salland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Eerlijk gezegd twijfelde ik, want maart staat bij ons in het teken van de kadernota. Maar dit wil ik
            niet missen: ik kom.

            Met groet,
            Hendrik-Jan Lamberts
            """
        ),
    },
    {
        "id": "d108-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Schippers <y.schippers@kaagenbraassem-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Wij komen met drie personen: ikzelf, mijn adjunct-directeur en onze programmamanager
            regionale samenwerking.

            Y. Schippers
            """
        ),
    },
    {
        "id": "d108-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjan Mekking <a.mekking@wo-oostelijkevecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Akkoord, ik ben aanwezig.
            """
        ),
    },
    {
        "id": "d108-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Arntz <l.arntz@maasenheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte secretariaat,

            Hierbij meld ik mij aan voor het Leer- en inspireer-atelier van 11 maart a.s.

            Met vriendelijke groet,
            drs. L.M. Arntz
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d108-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Samira Haddouchi <s.haddouchi@stedenband-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ja ik kom! Als er na afloop een hapje is: graag halal voor mij.

            Samira

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d108-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Veldkamp <g.veldkamp@twentekanaal-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, ik kom met de trein vanuit Hengeveld, dus parkeren is voor mij geen punt.

            Gijs
            """
        ),
    },
    {
        "id": "d108-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Michiel Stroeve <michiel.stroeve@delfland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik kom. Ik zie dat er ook een Teams-link is, maar ik kom gewoon naar Utrecht.

            Michiel Stroeve
            directeur Werkorganisatie Delfland-Oost
            """
        ),
    },
    {
        "id": "d108-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Zwiers <p.zwiers@eilandengroep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ja 👍
            """
        ),
    },
    {
        "id": "d108-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Grant <o.grant@rijnwaarden-services.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Happy to confirm my attendance on 11 March. I'm travelling in from The Hague that morning, so I may
            be ten minutes late - please don't wait for me.

            Kind regards,
            Oliver
            """
        ),
    },
    {
        "id": "d108-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annet de Wilde <a.dewilde@buitenveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            De heer Van Wijk is donderdag gewoon aanwezig, samen met zijn gast.

            Met vriendelijke groet,
            Annet de Wilde
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d108-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Hoogenboom <c.hoogenboom@waterlandwo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Daar kan ik bij zijn, fijn dat het weer georganiseerd wordt.
            Carla
            """
        ),
    },
    {
        "id": "d108-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esmee Hartog <directiesecretariaat@wo-vijfheerenlanden-oost.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "Doorst: " + INV,
        "body": _(
            """
            Beste Stan,

            Mevrouw Van Vliet heeft mij gevraagd haar aan te melden; zij neemt haar beleidsadviseur Tom Reijnders
            mee. Dus graag twee plaatsen.

            Met vriendelijke groet,
            Esmee Hartog
            """
        ),
    },
    # ---------------------------------------------------------------- rsvp: no
    {
        "id": "d108-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Hofstede <bas.hofstede@wo-dijkzicht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Nee, helaas.
            Bas
            """
        ),
    },
    {
        "id": "d108-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Wagenaar <l.wagenaar@kustpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Helaas, op 11 maart zit ik met ons college op werkbezoek in Vlaanderen. Veel succes met het atelier,
            ik lees het verslag met belangstelling.

            Hartelijke groet,
            Liesbeth Wagenaar
            """
        ),
    },
    {
        "id": "d108-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Pijnappel <g.pijnappel@bommelerland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Zelf kan ik niet. In mijn plaats komt onze directeur bedrijfsvoering, Marco Hoekstra
            (m.hoekstra@bommelerland-wo.nl).

            Met vriendelijke groet,
            Gerard Pijnappel
            """
        ),
    },
    {
        "id": "d108-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tineke Zijlstra <t.zijlstra@friesewouden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ik moet helaas afzeggen. Mijn collega Ilse van Rooij wil graag in mijn plaats komen, haar adres is
            i.vanrooij@friesewouden.nl.

            Gr. Tineke
            """
        ),
    },
    {
        "id": "d108-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik Landman <e.landman@betuwepoort.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: " + REM,
        "body": _(
            """
            helaas, ik kan niet. Lig met griep in bed.

            Erik
            """
        ),
    },
    {
        "id": "d108-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Monique Terhorst <m.terhorst@ommerkanaal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Melanie,

            Ik moet toch afhaken: er is een crisisoverleg over de jeugdzorgaanbesteding ingepland. Geef mijn plek
            gerust aan iemand van de wachtlijst.

            Monique
            """
        ),
    },
    {
        "id": "d108-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nathalie Bergmans <n.bergmans@grenspark-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Unfortunately I won't be able to attend this time. Do keep me posted about the next one.

            Kind regards,
            Nathalie Bergmans
            """
        ),
    },
    {
        "id": "d108-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinier Kolkman <r.kolkman@overbetuwe-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: " + INV,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Helaas andere verplichtingen.
            """
        ),
    },
    {
        "id": "d108-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie Kwakman <s.kwakman@haarlemmerland-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INV,
        "body": "",
    },
    {
        "id": "d108-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Jan Wesselink <dj.wesselink@markeland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik kan toch niet, excuus. Haal me maar van de wachtlijst, dan is er ruimte voor een ander.

            Dirk-Jan
            """
        ),
    },
    {
        "id": "d108-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Loonstra <f.loonstra@noorderzijl.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            In aanvulling op mijn aanmelding van vorige week: het gaat me helaas toch niet lukken. Onze
            ondernemingsraad heeft juist die middag een instemmingsvergadering gepland.

            Met vriendelijke groet,
            Femke Loonstra
            """
        ),
    },
    {
        "id": "d108-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Paul Ruitenberg <p.ruitenberg@veluwerand.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De nieuwe datum valt samen met onze AB-vergadering. Ik meld me daarom af voor het atelier; jammer.

            Paul Ruitenberg
            """
        ),
    },
    {
        "id": "d108-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yasmina Ouali <y.ouali@amstelveld-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Vervelend, maar ik ben die middag zelf ook bezet. Ik kan dus niet in zijn plaats komen.

            Yasmina
            """
        ),
    },
    {
        "id": "d108-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gonny Bleeker <g.bleeker@westfriesland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Kooistra laat ik u weten dat hij helaas verhinderd is op 11 maart.

            Met vriendelijke groet,
            Gonny Bleeker
            Secretariaat algemeen directeur
            """
        ),
    },
    {
        "id": "d108-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Aalders <w.aalders@graafschapwo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag afmelden voor het atelier van maart. Lid van het netwerk blijf ik uiteraard.

            W. Aalders
            """
        ),
    },
    {
        "id": "d108-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingrid Hazelhoff <i.hazelhoff@drechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Kan ik helaas niet bij zijn.
            Ingrid Hazelhoff
            """
        ),
    },
    {
        "id": "d108-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jos Meulenbroek <jos.meulenbroek@baronie-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Hoi Stan en Melanie,

            Balen! Het thema had ik graag besproken, want bij ons loopt net de evaluatie van de
            samenwerkingsovereenkomst. Maar 11 maart zit ik op de Waddeneilanden met ons MT-tweedaagse en die
            is al een jaar gepland. Dus nee, deze keer niet. Veel plezier allemaal.

            Jos
            """
        ),
    },
    {
        "id": "d108-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anja Vermeulen <a.vermeulen@langstraat-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            nee helaas. Ik volg het verslag.

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d108-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Simon Achterberg <s.achterberg@wo-gooiseweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            I can't make it, but my deputy Hannah Brouwer (h.brouwer@wo-gooiseweide.nl) will attend in my place.

            Thanks,
            Simon
            """
        ),
    },
    {
        "id": "d108-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Teun Kruithof <t.kruithof@zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Lukt niet, agenda zit vol.
            """
        ),
    },
    {
        "id": "d108-061",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marianne Everts <m.everts@oldambtwo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Excuses voor het late bericht, maar ik kan donderdag niet komen. Er is iets tussengekomen bij ons
            college dat niet kan wachten.

            Marianne Everts
            """
        ),
    },
    {
        "id": "d108-062",
        "kind": "rsvp",
        "attending": False,
        "sender": "Robbert Spaan <r.spaan@lekstroom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ben op 11 maart helaas verhinderd.

            Met vriendelijke groet,

            Robbert Spaan
            Directeur Werkorganisatie Lekstroom
            www.lekstroom-wo.nl

            Blijf op de hoogte met onze nieuwsbrief Lekstroom Actueel. Wilt u zich afmelden voor de
            nieuwsbrief? Stuur dan een e-mail naar communicatie@lekstroom-wo.nl.
            """
        ),
    },
    {
        "id": "d108-063",
        "kind": "rsvp",
        "attending": False,
        "sender": "Els Brouwer-Kamphuis <els.brouwer@midden-delfland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Dag Melanie, ik zit die week met de kleinkinderen in Zeeland, dus ik sla deze keer over.
            Groet, Els
            """
        ),
    },
    {
        "id": "d108-064",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Roelofsen <h.roelofsen@berkelland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedendag,

            Mijn collega-directeur en ik kunnen allebei niet op 11 maart; we zitten die dag bij de accountant.

            Groet,
            Hans Roelofsen
            """
        ),
    },
    {
        "id": "d108-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cor Bijleveld <c.bijleveld@alblasserwaard-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik ben verhinderd i.v.m. een raadsinformatieavond die middag. Een volgende keer graag weer.

            C.J. Bijleveld
            """
        ),
    },
    # ---------------------------------------------------------------- other: look-alikes
    {
        "id": "d108-066",
        "kind": "other",
        "sender": "Lotte Brinkman <l.brinkman@hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom graag, mits ik het eerste uur via Teams kan volgen en om 15.00 uur fysiek aanschuif. Kan dat
            zo? Dan meld ik me aan.

            Lotte
            """
        ),
    },
    {
        "id": "d108-067",
        "kind": "other",
        "sender": "Ronald Keizer <r.keizer@vaartenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik kom. Kunnen jullie mij vooraf laten weten welke collega's er nog meer zijn aangemeld? Dan kan ik
            me wat beter voorbereiden.

            Ronald Keizer
            """
        ),
    },
    {
        "id": "d108-068",
        "kind": "other",
        "sender": "Evelien Gorter <e.gorter@stichtse-rand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Op 11 maart zit ik vast, maar een week later zou ik er wel bij kunnen zijn. Is er een kans dat het
            atelier nog verschuift?

            Evelien
            """
        ),
    },
    {
        "id": "d108-069",
        "kind": "other",
        "sender": "Mark Doornbos <m.doornbos@hogeland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ja, ik kom graag naar de kennissessie over de Omgevingswet die in jullie vorige bericht werd genoemd.
            Willen jullie de gegevens daarvan nog eens sturen?

            Mark Doornbos
            """
        ),
    },
    {
        "id": "d108-070",
        "kind": "other",
        "sender": "Priscilla Tjon-A-Fong <p.tjonafong@rijnstreek-wo.nl>",
        "quote": "none",
        "subject": "Aanwezigheid dhr. Visser atelier maart",
        "body": _(
            """
            Goedemorgen,

            Hierbij laat ik u weten dat de heer Visser het Leer- en inspireer-atelier van 11 maart zal bijwonen.

            Met vriendelijke groet,
            Priscilla Tjon-A-Fong
            managementondersteuning Werkorganisatie Rijnstreek
            """
        ),
    },
    {
        "id": "d108-071",
        "kind": "other",
        "sender": "Debby Kranendonk <d.kranendonk@heuvelzoom.nl>",
        "quote": "none",
        "subject": "Bijeenkomst directeurennetwerk maart - mevr. Aydin",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Aydın kan helaas niet bij de bijeenkomst van het netwerk in maart zijn, zij zit dan in het
            buitenland.

            Groet,
            Debby Kranendonk
            """
        ),
    },
    {
        "id": "d108-072",
        "kind": "other",
        "sender": "Harm Kuipers <h.kuipers@eemsdelta-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik weet het nog niet. Mogelijk wordt er op 11 maart een extra raadsvergadering ingelast over de
            begrotingswijziging. Uiterlijk 1 maart laat ik het je weten.

            Harm
            """
        ),
    },
    {
        "id": "d108-073",
        "kind": "other",
        "sender": "Sandra Pool <s.pool@noordkwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Is het ook mogelijk om volledig online deel te nemen? Ik zie een Teams-link staan, maar ik weet niet of
            het programma daar ook op is ingericht.

            Sandra Pool
            """
        ),
    },
    {
        "id": "d108-074",
        "kind": "other",
        "sender": "Arnoud Terlouw <a.terlouw@wo-randmeren.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Alweer een donderdagmiddag, terwijl dat bij het merendeel van de fusieorganisaties de vaste dag voor
            het MT of het college is. Dat heb ik vorig jaar ook al eens aangegeven. Ik zou het op prijs stellen
            als jullie daar bij de planning echt rekening mee houden.

            Arnoud Terlouw
            """
        ),
    },
    {
        "id": "d108-075",
        "kind": "other",
        "sender": "Gerda Mensink <g.mensink@twentsevenen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Dank voor de uitnodiging, mooi dat jullie dit blijven organiseren!

            Gerda
            """
        ),
    },
    {
        "id": "d108-076",
        "kind": "other",
        "sender": "Leo Vrijhof <l.vrijhof@deltawaarden.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Jammer, maar dank voor het tijdige bericht.

            Leo
            """
        ),
    },
    {
        "id": "d108-077",
        "kind": "other",
        "sender": "Astrid Veenstra <a.veenstra@wo-smallingerland-oost.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de bevestiging.

            Astrid
            """
        ),
    },
    {
        "id": "d108-078",
        "kind": "other",
        "sender": "Onno Hilbrands <o.hilbrands@westerkwartier-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik kom. Mag ik onze portefeuillehouder bedrijfsvoering meenemen, of is het atelier uitdrukkelijk alleen
            voor directeuren bedoeld?

            Groet,
            Onno Hilbrands
            """
        ),
    },
    {
        "id": "d108-079",
        "kind": "other",
        "sender": "Nicole Smulders <n.smulders@peelenmaas-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ik kan zelf niet. Wordt het atelier opgenomen, zodat ik het achteraf kan terugkijken? En zo ja, waar
            komt die opname dan te staan?

            N. Smulders
            """
        ),
    },
    {
        "id": "d108-080",
        "kind": "other",
        "sender": "Jacco Wolthuis <j.wolthuis@dinkelland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Een idee voor de organisatie: zouden jullie het atelier niet eens in het oosten van het land kunnen
            houden, of hybride met een tweede locatie? Utrecht is voor ons steeds ruim twee uur reizen, heen en
            terug een halve werkdag.

            Jacco Wolthuis
            """
        ),
    },
    {
        "id": "d108-081",
        "kind": "other",
        "sender": "Mirjam Scholten <m.scholten@oude-ijssel-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Melanie,

            Het is best lastig dat het atelier zo kort van tevoren een week opschuift; ik had mijn agenda er al
            omheen gepland. Kun je laten weten wat de reden is?

            Mirjam
            """
        ),
    },
    {
        "id": "d108-082",
        "kind": "other",
        "sender": "Tom Hazeleger <t.hazeleger@wo-utrechtseheuvel.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Is er al zicht op een nieuwe datum? Dan blok ik die alvast.

            Tom
            """
        ),
    },
    {
        "id": "d108-083",
        "kind": "other",
        "sender": "Renate Kiers <r.kiers@wo-ameland-noord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Waar kan ik in de buurt van het Stadskantoor het beste parkeren? Is er een P+R waar u goede ervaringen
            mee hebt?

            Renate Kiers
            """
        ),
    },
    {
        "id": "d108-084",
        "kind": "other",
        "sender": "Vincent Claassen <v.claassen@maasland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom graag, maar alleen als er nog een plek is; op een wachtlijst heb ik geen behoefte, dan plan ik
            iets anders in. Laat u mij weten of ik er zeker bij ben?

            V. Claassen
            """
        ),
    },
    {
        "id": "d108-085",
        "kind": "other",
        "sender": "Rianne Boerma <r.boerma@wo-ooststellingwerf.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Ik ken deze Dirk Smit niet en weet niet waarom ik voor dit atelier ben opgegeven. Kunt u toelichten
            hoe dat zo gekomen is?

            Rianne Boerma
            """
        ),
    },
    {
        "id": "d108-086",
        "kind": "other",
        "sender": "Katrin Adler <k.adler@grensregio-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Will the session be held in Dutch or in English? I'd love to join, but my Dutch is not good enough
            yet for a whole afternoon of discussion.

            Best,
            Katrin Adler
            """
        ),
    },
    {
        "id": "d108-087",
        "kind": "other",
        "sender": "Barend Visscher <b.visscher@ijsselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom. Wilt u voortaan mijn nieuwe adres gebruiken? Per 1 april vervalt dit adres; mijn nieuwe adres
            wordt barend.visscher@wo-ijsselvallei.nl.

            Barend Visscher
            """
        ),
    },
    {
        "id": "d108-088",
        "kind": "other",
        "sender": "Stephanie Wolfs <s.wolfs@heuvelland-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Klopt dit wel? Bovenaan staat 18 maart, maar bij 'Wanneer' staat nog 11 maart en het Stadskantoor.
            Welke datum en plaats gelden nu?

            Stephanie
            """
        ),
    },
    {
        "id": "d108-089",
        "kind": "other",
        "sender": "Luuk Janssen <luuk.janssen@kempenland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Not sure yet, I'll confirm next week once our council calendar is final.

            Luuk
            """
        ),
    },
    {
        "id": "d108-090",
        "kind": "other",
        "sender": "Ilona Feenstra <i.feenstra@wadkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom. Zijn er kosten aan verbonden? In dat geval moet ik een inkoopnummer aanvragen en dat duurt bij
            ons even.

            Ilona Feenstra
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d108-091",
        "kind": "other",
        "sender": "Niels Dekkers <n.dekkers@amstelveld-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor het bericht. Ik overleg eerst even met Dirk wie van ons tweeën het beste kan gaan, dan hoort
            u nog van ons.

            Niels
            """
        ),
    },
    {
        "id": "d108-092",
        "kind": "other",
        "sender": "Marjolein Baas <m.baas@zwetstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Is dit een fysieke bijeenkomst of alleen online?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d108-093",
        "kind": "other",
        "sender": "Henk Westerveld <h.westerveld@noordoostpolder-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ik zet het voorlopig onder voorbehoud in mijn agenda. Of ik echt kan, hangt af van de planning van de
            bestuursrapportage.

            Henk Westerveld
            """
        ),
    },
    {
        "id": "d108-094",
        "kind": "other",
        "sender": "Charlotte van Eeden <c.vaneeden@wo-binnenmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een kleinigheid, maar mijn naam wordt in de aanhef nu al voor de derde keer verkeerd gespeld. Het is
            Van Eeden, niet Van Eden. Willen jullie dat in jullie bestand aanpassen?

            Charlotte van Eeden
            """
        ),
    },
    {
        "id": "d108-095",
        "kind": "other",
        "sender": "Ruud Overmars <r.overmars@schielanden.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Jammer. Ik hoop dat de nieuwe datum niet in de meivakantie valt, want dan zijn wij er met z'n allen
            niet.

            Ruud Overmars
            """
        ),
    },
    {
        "id": "d108-096",
        "kind": "other",
        "sender": "Elise Hendriksen <e.hendriksen@wo-lochemseberg.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom, maar de agendabijlage ontbrak bij mij. Kunt u die nog een keer sturen? Dan zet ik het er
            meteen in.

            Elise
            """
        ),
    },
    {
        "id": "d108-097",
        "kind": "other",
        "sender": "Frits Wiersma <f.wiersma@dongeradeel-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ja hoor, ik ben er bij de Adviesraad op 2 maart, zoals afgesproken met Stan. Tot dan.

            Frits
            """
        ),
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "d108-098",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Buter <jw.buter@heerenveen-oost-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kom niet, en per 1 april ben ik ook geen directeur meer: ik ga met pensioen. Wilt u mij uit het
            netwerk uitschrijven? Dank voor de mooie bijeenkomsten van de afgelopen jaren.

            Jan-Willem Buter
            """
        ),
    },
    {
        "id": "d108-099",
        "kind": "unsubscribe",
        "sender": "Gert Zuidema <g.zuidema@veendam-oost-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Per 1 maart vertrek ik bij de werkorganisatie. Mijn opvolger als algemeen directeur, Lotte Vermeer
            (l.vermeer@veendam-oost-wo.nl), neemt ook mijn plek in het netwerk over. Wilt u mij afmelden en haar
            voortaan uitnodigen?

            Met vriendelijke groet,
            Gert Zuidema
            """
        ),
    },
    {
        "id": "d108-100",
        "kind": "unsubscribe",
        "sender": "Brian O'Neill <b.oneill@hollandsemarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Please take me off your mailing list; I am no longer involved with the shared service organisation.

            Brian O'Neill
            """
        ),
    },
    {
        "id": "d108-101",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marieke Ploeg <m.ploeg@vlieland-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens uit uw administratie te
            verwijderen en mij niet langer voor bijeenkomsten uit te nodigen. Graag ontvang ik een bevestiging.

            Hoogachtend,
            M. Ploeg
            """
        ),
    },
    {
        "id": "d108-102",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Thomas Vreugdenhil <thomas.vreugdenhil@rijswaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Please erase all personal data you hold about me, in line with my right to erasure under the GDPR,
            and stop contacting me.

            Regards,
            Thomas Vreugdenhil
            """
        ),
    },
    {
        "id": "d108-103",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wendy Lubbers <w.lubbers@hardenberg-noord-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ik kom niet. Wis bovendien al mijn gegevens volledig uit jullie bestanden, ik wil niet meer benaderd
            worden door dit netwerk.

            W. Lubbers
            """
        ),
    },
    {
        "id": "d108-104",
        "kind": "unsubscribe",
        "sender": "Dennis Roeterdink <d.roeterdink@wo-neede.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Uitschrijven graag, ook voor toekomstige uitnodigingen. Ik heb er simpelweg geen tijd meer voor.

            D. Roeterdink
            """
        ),
    },
    # ---------------------------------------------------------------- suggestion
    {
        "id": "d108-105",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Angela Weerdenburg <a.weerdenburg@wo-merwedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een onderwerp voor een volgend atelier: de inrichting van de I&A-functie. Kies je voor één
            applicatielandschap voor de hele werkorganisatie of laat je per taakveld ruimte? Wij staan net voor
            die keuze en ik hoor graag hoe anderen het hebben aangepakt.

            Angela Weerdenburg
            """
        ),
    },
    {
        "id": "d108-106",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Kees van Mierlo <k.vanmierlo@kempenbrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Suggestie voor een keer: klantreizen van ondernemers en hoe je de kwaliteit van de dienstverlening aan
            hen structureel meet.

            Kees
            """
        ),
    },
    {
        "id": "d108-107",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bernadette Hulshof <b.hulshof@sallandsebrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wat ik graag eens met collega's zou bespreken: de positie van een werkorganisatie in de regio. Hoe
            verhoud je je tot de regiodeal, de veiligheidsregio en de GGD als je voor drie gemeenten tegelijk aan
            tafel zit?

            Bernadette Hulshof
            """
        ),
    },
    {
        "id": "d108-108",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Roel Timmermans <r.timmermans@wo-brabantsewal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Een onderwerp voor het programma: hoe stel je een langetermijnvisie voor de werkorganisatie op als de
            drie colleges elke vier jaar andere bestuurlijke prioriteiten kiezen?

            R. Timmermans
            """
        ),
    },
    {
        "id": "d108-109",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Ida Scheepstra <i.scheepstra@wo-lauwersmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mag ik een onderwerp aandragen? De herziening van de kostenverdeelsleutel tussen de deelnemende
            gemeenten: hoe pas je de financiering van de werkorganisatie aan zonder dat de onderlinge
            verhoudingen tussen de gemeenten eronder lijden?

            Ida Scheepstra
            """
        ),
    },
    {
        "id": "d108-110",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rachel Cohen <r.cohen@amstelkust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Topic idea for a future session: chatbots and AI assistants in contact with residents. What do
            citizens actually think of them, and how do you keep the service personal?

            Rachel
            """
        ),
    },
    # ---------------------------------------------------------------- autoreply
    {
        "id": "d108-111",
        "kind": "autoreply",
        "sender": "Gerben Dijkstra <g.dijkstra@trynwalden-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 26 februari. Voor dringende zaken kunt u
            contact opnemen met het directiesecretariaat via 0511 - 46 88 00.
            """
        ),
    },
    {
        "id": "d108-112",
        "kind": "autoreply",
        "sender": "Laura Bennett <l.bennett@wo-kaaglanden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: " + INV,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am out of the office until 1 March with limited access to email.
            I will respond as soon as possible after my return.
            """
        ),
    },
    {
        "id": "d108-113",
        "kind": "autoreply",
        "sender": "Ton Brugman <t.brugman@westbetuwe-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afwezig: " + INV,
        "body": _(
            """
            Beste afzender,

            Ik ben tot 22 februari met vakantie en lees mijn mail niet. Na mijn terugkeer kom ik op uw bericht
            terug.

            Met vriendelijke groet,
            Ton Brugman
            """
        ),
    },
    {
        "id": "d108-114",
        "kind": "autoreply",
        "sender": "Postmaster Werkorganisatie Zeevang <noreply@zeevang-wo.nl>",
        "quote": "none",
        "subject": "Niet meer in gebruik: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd. Voor algemene vragen kunt u
            mailen naar info@zeevang-wo.nl.
            """
        ),
    },
    {
        "id": "d108-115",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Werkorganisatie Linge-Oost <kcc@lingeoost.nl>",
        "quote": "none",
        "subject": "Uw bericht is ontvangen [Zaaknummer Z-2027-004812]",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004812.
            U ontvangt binnen tien werkdagen een inhoudelijke reactie.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "d108-116",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.hofstadwo.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.hofstadwo.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <p.vandermeer@hofstadwo.nl>: host mail.hofstadwo.nl[10.4.2.7] said: 550 5.1.1 User unknown
            """
        ),
    },
    {
        "id": "d108-117",
        "kind": "autoreply",
        "sender": "Wouter Smeets <w.smeets@roerdalen-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + INV,
        "body": _(
            """
            Uw bericht

              Aan: Wouter Smeets
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
              Verzonden: dinsdag 9 februari 2027 10:02:11 (UTC+01:00) Amsterdam, Berlijn

            is gelezen op dinsdag 9 februari 2027 11:47:36 (UTC+01:00) Amsterdam, Berlijn.
            """
        ),
    },
    {
        "id": "d108-118",
        "kind": "autoreply",
        "sender": "Mieke Lagerwey <m.lagerwey@wo-eemlanden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben tot en met 5 maart afwezig. Tijdens mijn afwezigheid neemt Gerard Hoefnagel waar
            (g.hoefnagel@wo-eemlanden.nl). Uw mail wordt niet automatisch doorgestuurd.
            """
        ),
    },
    {
        "id": "d108-119",
        "kind": "autoreply",
        "sender": "Stijn Peeters <s.peeters@grenswerk-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "body": _(
            """
            Ik ben afwezig tot 3 maart / I am out of office until 3 March.
            Voor spoed: 088 - 412 30 00 / for urgent matters please call 088 - 412 30 00.
            """
        ),
    },
    {
        "id": "d108-120",
        "kind": "autoreply",
        "sender": "Hilde Oosterhuis <h.oosterhuis@groningerwold.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REM,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van maandag 8 tot en met vrijdag 12 maart ben ik met verlof. Uw bericht lees ik na mijn terugkomst.
            Met spoedeisende zaken kunt u terecht bij het secretariaat: secretariaat@groningerwold.nl.
            """
        ),
    },
]
# fmt: on
