"""devset117: leaving and its look-alikes - who really leaves the network, and who only sounds like it.

Directors who retire, take a job elsewhere, lose their seat in a restructure or dissolution of the werkorganisatie,
deny a sign-up, or want all their data erased; some hand their seat to a successor. They write in Dutch and English,
in one line from a phone or in a long farewell, under every kind of our mail and as a new mail. Beside them stand
the look-alikes: declines of the atelier that say "afmelden", "uitschrijven" or "afhaken", mails that tell about a
colleague, a burgemeester or a predecessor who left, questions about how leaving works, a director who leaves next
year but stays a member until then, complaints about the number of mails, "stop" in other senses, an assistant who
unsubscribed the director by mistake, a second address to drop while the main one stays, topics about a municipality
leaving a GR, auto-replies and bounces of people who left, new directors signing up in a predecessor's place.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; leaving the network and declining the atelier in one mail is `unsubscribe`,
  a decline that keeps the membership or names a substitute is `rsvp` False;
- a hand-over to a named successor (with or without the successor's address) is `unsubscribe`; a hand-over for a
  later date while staying a member until then is `other`; a colleague reporting that someone left is `other`;
- an AVG erasure request is `unsubscribe` with `erase`; a question about one's data is `other`;
- a plain denial under our confirmation mail, also one asking who did it, is `unsubscribe`;
- "lid blijven" under our goodbye is `subscribe`; signing up one named colleague with the address is `subscribe`,
  without the address or for two people `other`;
- a yes or a confirmation with a real question beside it is `other`; under the call for themes, a proposed topic is a
  `suggestion` with the themes of what is proposed (a municipality leaving the GR is mostly Samenwerking);
- an auto-reply "no longer employed here" is `autoreply`, a "user unknown" delivery failure is `bounce`; neither
  carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d117-001",
        "kind": "unsubscribe",
        "sender": "Gerard Hoogendijk <g.hoogendijk@werkorganisatie-lekvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 11 maart ben ik er niet bij, en daarna ook niet meer: per 1 februari ga ik met pensioen, na ruim elf
            jaar als algemeen directeur van Lekvliet. Wilt u mij uit het netwerk afmelden? Een opvolger is nog niet
            benoemd.

            Het ga jullie goed,
            Gerard Hoogendijk
            """
        ),
    },
    {
        "id": "d117-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Brouwer-Kaya <i.brouwer@debollenkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hierbij meld ik mij af voor het atelier van 11 maart: die middag is er een extra AB-vergadering van onze
            GR die ik niet kan missen. In het najaar schuif ik graag weer aan.

            Met vriendelijke groet,

            Ilse Brouwer-Kaya
            directeur bedrijfsvoering | Werkorganisatie De Bollenkust
            """
        ),
    },
    {
        "id": "d117-003",
        "kind": "other",
        "sender": "Petra Oosterling <p.oosterling@gr-maasenwaal.nl>",
        "subject": "Doorst: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "quoted": "herinnering_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Ter informatie doorgestuurd. De heer Wim Ravesteijn, die zich voor dit atelier had aangemeld, heeft per
            1 december afscheid genomen van de GR Maas en Waal. Zijn mailbox wordt niet meer gelezen; berichten komen
            sindsdien bij mij als managementassistent binnen. Wie hem opvolgt, is nog niet bekend.

            Met vriendelijke groet,
            Petra Oosterling
            managementassistent directie
            """
        ),
    },
    {
        "id": "d117-004",
        "kind": "unsubscribe",
        "sender": "Daniel Whitfield <d.whitfield@sgr-vechtdal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Thanks for the warm welcome - the timing is a bit awkward though. I've just accepted a position with the
            Port of Rotterdam and will be leaving Vechtdal at the end of next month. Could you please unsubscribe
            me? No sense in keeping me on your list.

            Kind regards,
            Daniel Whitfield
            """
        ),
    },
    {
        "id": "d117-005",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Lamberts <j.lamberts@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp voor maart: de uittreding van een deelnemende gemeente uit de GR. Bij ons heeft de raad van
            Ommerveen vorige maand een uittredingsbesluit genomen. Hoe houd je de verhouding met de partners die
            blijven goed, terwijl je tegelijk de scheiding moet regelen? Ik hoor graag hoe anderen dat aanpakten.

            Groet, Jeroen Lamberts
            """
        ),
    },
    {
        "id": "d117-006",
        "kind": "unsubscribe",
        "sender": "Rik Veenstra <r.veenstra@grnoorderzand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Graag afmelden, ben per 1/4 weg bij de GR en dit adres loopt straks dood. Groet Rik

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d117-007",
        "kind": "other",
        "sender": "Marjolein Tjoa <m.tjoa@deltawerk-zuid.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het welkom! Een praktische vraag vooraf: ik ben interim en mijn opdracht loopt tot de zomer.
            Hoe gaat afmelden straks in zijn werk, en kan mijn opvolger mijn lidmaatschap dan gewoon overnemen of moet
            zij of hij zich helemaal opnieuw aanmelden?

            Hartelijke groet,
            Marjolein Tjoa
            """
        ),
    },
    {
        "id": "d117-008",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H.J. Dijkgraaf <h.dijkgraaf@werkorganisatie-kroonland.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 oktober jl. ben ik niet langer werkzaam als gemeentesecretaris-directeur van Kroonland. Ik verzoek
            u mij af te melden als lid van het netwerk en op grond van artikel 17 van de AVG alle persoonsgegevens die
            u van mij verwerkt te wissen, met inbegrip van presentielijsten en verzendlijsten. Graag ontvang ik een
            schriftelijke bevestiging.

            Hoogachtend,

            mr. H.J. Dijkgraaf
            """
        ),
    },
    {
        "id": "d117-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Korteweg <s.korteweg@dewaardenpoort.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            I'm afraid I have to drop out of Thursday's session - an urgent council meeting landed right on top of
            it. Please give my seat to someone on the waiting list. Still very much part of the network, of course!

            Best,
            Sanne
            """
        ),
    },
    {
        "id": "d117-010",
        "kind": "unsubscribe",
        "sender": "Anton Verbraak <a.verbraak@werkorganisatie-peelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Dank voor het verslag en voor weer een middag die mij aan het denken zette. Ik wil jullie bij deze
            gelegenheid laten weten dat dit mijn laatste atelier was. Op 1 juni neem ik na bijna veertig jaar
            openbaar bestuur afscheid; de laatste acht daarvan als algemeen directeur van Peelrand, die ik van twee
            losse ambtelijke apparaten tot een organisatie heb mogen helpen smeden.

            Het netwerk heeft mij daarbij meer geholpen dan ik destijds verwachtte. De eerste keer dat ik aanschoof,
            in een zaaltje in Amersfoort, dacht ik nog dat ik de enige was die worstelde met twee colleges die elk
            hun eigen organisatie terug wilden. Dat bleek reuze mee te vallen, en sindsdien heb ik collega's leren
            kennen bij wie ik ook buiten de ateliers te rade kon.

            U mag mij nu al afmelden als lid: voor mijn vertrek is er toch geen atelier meer. Mijn opvolger wordt pas
            in mei benoemd; ik vraag haar of hem om zich dan zelf bij u te melden.

            Het ga jullie en het netwerk goed. Blijf vooral die ateliers organiseren, ze doen ertoe.

            Met hartelijke groet,

            Anton Verbraak
            algemeen directeur Werkorganisatie Peelrand
            T 0493 - 21 44 80
            """
        ),
    },
    {
        "id": "d117-011",
        "kind": "other",
        "sender": "Lidewij Scholten <l.scholten@gemeentenmerwede.nl>",
        "subject": "Vooraankondiging vertrek",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Vorige week heb ik ons bestuur laten weten dat ik in de zomer van 2028 met pensioen ga. Dat is nog ruim
            een jaar; tot die tijd blijf ik gewoon lid en hoop ik nog twee ateliers mee te maken. Ik meld het nu al
            omdat ik in de Adviesraad zit en u misschien tijdig naar een vervanger daar wilt zoeken.

            Hartelijke groet,
            Lidewij Scholten
            """
        ),
    },
    {
        "id": "d117-012",
        "kind": "unsubscribe",
        "sender": "Marianne Boer <m.boer@werkorganisatie-schelderand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: per 1 maart is Kees Wolters onze algemeen directeur,
            zijn adres is k.wolters@werkorganisatie-schelderand.nl. Hij stelt het op prijs de uitnodigingen te krijgen.

            Marianne Boer
            """
        ),
    },
    {
        "id": "d117-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Haverkamp <r.haverkamp@bommelerwerk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Schrap mij maar van die wachtlijst, 11 maart gaat toch niet lukken. Bij een volgend atelier meld ik me
            graag weer aan.

            Ruud
            """
        ),
    },
    {
        "id": "d117-014",
        "kind": "unsubscribe",
        "sender": "Bert Kamphuis <b.kamphuis@regiowerk-twentezuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk aangemeld en stel er ook geen prijs op. Gebruik dit adres s.v.p. niet.

            B. Kamphuis
            """
        ),
    },
    {
        "id": "d117-015",
        "kind": "other",
        "sender": "Hanneke Vrijland <h.vrijland@werkorganisatie-gooiland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Eerst de uitnodiging, toen een wijziging, nu weer een herinnering - terwijl ik al weken geleden had
            toegezegd. Ik waardeer het netwerk zeer, maar kan het niet met wat minder mailtjes? Een bericht met alle
            praktische info zou mij prima bevallen.

            Tot donderdag,
            Hanneke
            """
        ),
    },
    {
        "id": "d117-016",
        "kind": "subscribe",
        "sender": "Tessa Mulder <t.mulder@grkempenland.nl>",
        "subject": "Per abuis afgemeld",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Bij het opschonen van de mailbox van onze directeur heb ik gisteren per ongeluk op een van uw berichten
            geantwoord met 'afmelden'. Dat was niet de bedoeling: mevrouw Annelies Groeneveld wil graag lid blijven.
            Wilt u haar weer aanmelden op a.groeneveld@grkempenland.nl? Excuses voor de moeite.

            Met vriendelijke groet,
            Tessa Mulder
            secretaresse directie GR Kempenland
            """
        ),
    },
    {
        "id": "d117-017",
        "kind": "unsubscribe",
        "sender": "Frits Nauta <f.nauta@ambtelijkeorganisatie-wierum.nl>",
        "subject": "Afmelding netwerk i.v.m. ontvlechting",
        "quote": "none",
        "body": _(
            """
            Beste mensen,

            Per 1 januari wordt de ambtelijke samenwerking tussen Wierum en Oostdongerwold beeindigd; beide gemeenten
            krijgen weer een eigen organisatie. Daarmee vervalt mijn functie als directeur van de gezamenlijke
            organisatie en hoor ik niet meer in dit netwerk thuis. Wilt u mij uitschrijven?

            Het was leerzaam, dank daarvoor.
            Frits Nauta
            """
        ),
    },
    {
        "id": "d117-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yasmina El Idrissi <y.elidrissi@werkorganisatie-rijnweide.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Voor de volgende keer: hoe ga je om met de uitstroom van ervaren medewerkers? Bij ons vertrekt de
            komende drie jaar bijna een kwart van de formatie met pensioen, en onze exitgesprekken leveren weinig op.
            Hoe plannen anderen hun formatie en kennisoverdracht daarop?

            Yasmina

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d117-019",
        "kind": "unsubscribe",
        "sender": "Olaf Berendsen <o.berendsen@werkorganisatie-duivenwaard.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer dat het niet doorgaat. Ik maak van de gelegenheid gebruik: sinds deze maand werk ik bij het
            ministerie van BZK, dus de nieuwe datum hoef ik niet meer te weten. Wilt u mij afmelden als lid?

            Groet, Olaf
            """
        ),
    },
    {
        "id": "d117-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cor van Dalen <c.vandalen@grlingewaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee, helaas. Ik stop die dag om twaalf uur vanwege een kleine ingreep en ben de rest van de week uit de
            roulatie. Graag tot het najaarsatelier.

            Cor van Dalen
            """
        ),
    },
    {
        "id": "d117-021",
        "kind": "other",
        "sender": "Mirjam Hoekstra <mirjam.hoekstra@werkorganisatie-friesewouden.nl>",
        "subject": "Dubbele adressen",
        "quote": "none",
        "body": _(
            """
            Hallo,

            Sinds het samenvoegen van onze mailsystemen krijg ik al uw berichten twee keer: op dit adres en op
            m.hoekstra@opsterwold.nl. Dat tweede adres verdwijnt binnenkort; wilt u het uit uw bestand halen? Dit
            adres graag houden, ik blijf uiteraard lid.

            Vriendelijke groet,
            Mirjam Hoekstra
            """
        ),
    },
    {
        "id": "d117-022",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Pieter-Jan Coolen <p.coolen@scheldemonde-werk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Dear secretariat,

            Thank you for noting my suggestion; please do pass it on to the Adviesraad. I am, however, leaving the
            organisation on 31 January. Please cancel my membership and delete all personal data you hold about me,
            including my contact details and attendance history.

            Regards,
            Pieter-Jan Coolen
            """
        ),
    },
    {
        "id": "d117-023",
        "kind": "autoreply",
        "sender": "Johan Reitsma <j.reitsma@werkorganisatie-zuidwolde.nl>",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben per 1 november niet meer werkzaam bij Werkorganisatie Zuidwolde. Uw e-mail
            wordt niet doorgestuurd. Voor vragen kunt u terecht bij info@werkorganisatie-zuidwolde.nl of via 14 0528.
            """
        ),
    },
    {
        "id": "d117-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Rutgers <n.rutgers@krimpenerwaard-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Sinds januari ben ik de opvolger van Marco Pels, die naar de provincie is vertrokken, en ik
            maak graag op 11 maart kennis met de collega's.

            Met vriendelijke groet,
            Nadia Rutgers
            """
        ),
    },
    {
        "id": "d117-025",
        "kind": "unsubscribe",
        "sender": "Harm Tuinstra <h.tuinstra@bwb-organisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geen thema's van mijn kant: eind februari vertrek ik bij de BWB-organisatie. Mijn taken gaan over naar
            Evelien Koster; haar mailadres volgt zodra zij in dienst is. Mij graag nu al afmelden.

            Harm Tuinstra
            """
        ),
    },
    {
        "id": "d117-026",
        "kind": "other",
        "sender": "Gijs Terpstra <g.terpstra@grlauwersland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Helder, dank u. Het waren mooie jaren in het netwerk; wie weet kruisen onze paden elkaar nog eens.

            Hartelijke groet,
            Gijs
            """
        ),
    },
    {
        "id": "d117-027",
        "kind": "unsubscribe",
        "sender": "Karin Sluiter <k.sluiter@welzijnsgroep-vlist.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wie heeft mij eigenlijk aangemeld? Ik ken dit netwerk niet en wil er ook geen lid van worden. Haal mij
            alstublieft uit uw bestand.

            K. Sluiter
            """
        ),
    },
    {
        "id": "d117-028",
        "kind": "other",
        "sender": "Laura Bennett <l.bennett@shared-services-oostland.nl>",
        "subject": "Membership after our GR is dissolved?",
        "quote": "none",
        "body": _(
            """
            Hello,

            Our councils decided last night to wind down the joint organisation by 2028. I'm not leaving the network
            now - I'd like to stay as long as we exist - but will my membership end automatically then, or do I need
            to do something? And could I keep attending if I become director of one of the successor municipalities?

            Thanks,
            Laura Bennett
            """
        ),
    },
    {
        "id": "d117-029",
        "kind": "unsubscribe",
        "sender": "Dorien Maasland <d.maasland@werkorganisatie-rijnbocht.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            18 maart lukt mij niet, en een volgende keer komt er ook niet meer: in april vertrek ik als directeur.
            Schrijft u mij maar uit het netwerk.

            Dorien Maasland
            """
        ),
    },
    {
        "id": "d117-030",
        "kind": "other",
        "sender": "Sylvia Damen <s.damen@werkorganisatie-landvanmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Ton Geerlings, aan wie deze uitnodiging gericht was, is met ingang van 1 januari naar een andere gemeente
            vertrokken. Ik ben loco-directeur en neem waar tot er een opvolger is. Mag ik in de tussentijd namens
            onze organisatie naar het atelier komen, ook al ben ik zelf geen lid?

            Groeten,
            Sylvia Damen
            """
        ),
    },
    {
        "id": "d117-031",
        "kind": "unsubscribe",
        "sender": "Tom Hendrikse <t.hendrikse@werkorganisatie-lekoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            No topics from me - I've left local government altogether. Unsubscribe, please.
            Tom
            """
        ),
    },
    {
        "id": "d117-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Agnes Wennekes <a.wennekes@grdeliemers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik moet me afmelden voor 11 maart. In mijn plaats komt onze directeur bedrijfsvoering, Joost Aalbers
            (j.aalbers@grdeliemers.nl); hij heeft er zin in.

            Vriendelijke groet,
            Agnes Wennekes
            """
        ),
    },
    {
        "id": "d117-033",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Erik Vos <e.vos@werkorganisatie-hollandsekust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ons thema: wat als het ooit ophoudt? Niet als doemscenario, maar als vraag voor onze langetermijnvisie.
            Hoort een exit-scenario thuis in de koers van een werkorganisatie, en hoe agendeer je dat bij het bestuur
            zonder onrust te zaaien?

            Erik Vos
            """
        ),
    },
    {
        "id": "d117-034",
        "kind": "unsubscribe",
        "sender": "Bas Lindeman <b.lindeman@werkorganisatie-amstelzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging, maar ik ga niet in de plaats van mijn collega. Sterker nog: ik vertrek zelf per
            1 maart bij de werkorganisatie en wil ook als lid van het netwerk worden uitgeschreven.

            Bas
            """
        ),
    },
    {
        "id": "d117-035",
        "kind": "other",
        "sender": "Femke Alders <f.alders@werkorganisatie-linge-en-lek.nl>",
        "subject": "Mijn mail van vanochtend",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Vanochtend stuurde ik u een mail met alleen het woord 'afmelden'. Die was bedoeld voor de nieuwsbrief van
            een adviesbureau en is in het verkeerde venster beland. Wilt u die negeren? Als u mij al hebt afgemeld,
            hoor ik graag hoe ik dat terugdraai.

            Groet,
            Femke Alders
            """
        ),
    },
    {
        "id": "d117-036",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Koen Brinkers <k.brinkers@werkorganisatie-oldambt-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            haal mij aub uit het netwerk en verwijder al mijn gegevens, ook van de deelnemerslijsten van eerdere
            ateliers. ben sinds kort geen directeur meer

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d117-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Michiel de Graaff <m.degraaff@grbinnenveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kunt u mij uitschrijven voor donderdag? Onze tweede wordt die week verwacht en ik neem vrij. Het
            lidmaatschap houd ik natuurlijk aan.

            Michiel
            """
        ),
    },
    {
        "id": "d117-038",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.werkorganisatie-westfriesoost.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "body": _(
            """
            This is the mail system at host mx2.werkorganisatie-westfriesoost.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <r.kuipers@werkorganisatie-westfriesoost.nl>: host
                mailstore.werkorganisatie-westfriesoost.nl[10.4.2.17] said: 550 5.1.1
                <r.kuipers@werkorganisatie-westfriesoost.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d117-039",
        "kind": "unsubscribe",
        "sender": "Ellen Baarsma <e.baarsma@grsallandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Geen onderwerpen deze keer; ik neem juist afscheid. Vanaf 1 maart ben ik bestuurder van een
            woningcorporatie in Zwolle, dus het netwerk is niet meer aan mij besteed. Wil je mij afmelden?

            Dank voor alle goede gesprekken!
            Ellen
            """
        ),
    },
    {
        "id": "d117-040",
        "kind": "other",
        "sender": "Joop Ammerlaan <j.ammerlaan@werkorganisatie-duinvallei.nl>",
        "subject": "Vraag over afmelden collega",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Mijn collega-directeur Ria Steenbergen gaat per 1 januari weg bij onze werkorganisatie. Moet zij zichzelf
            bij u afmelden, of kan ik dat voor haar doen? En kan haar opvolger het lidmaatschap meteen overnemen?

            Met vriendelijke groet,
            Joop Ammerlaan
            """
        ),
    },
    {
        "id": "d117-041",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Willem Jan Poortvliet <wj.poortvliet@werkorganisatie-scheldeoevers.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag op de agenda: de afwikkeling bij uittreding van een gemeente uit de GR. De uittreedsom, de
            frictiekosten en welke medewerkers meegaan, en tegelijk hoe je de relatie met de blijvende partners goed
            houdt. Voor ons hoort dat echt bij elkaar, het is een vraagstuk.

            W.J. Poortvliet
            """
        ),
    },
    {
        "id": "d117-042",
        "kind": "unsubscribe",
        "sender": "Hennie Kloosterman <h.kloosterman@werkorganisatie-drentsaa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            STOP. Ik zit sinds januari niet meer bij deze organisatie en uw mails komen via een doorschakeling bij mij
            privé binnen. Verwijder mij uit de ledenlijst.

            H. Kloosterman
            """
        ),
    },
    {
        "id": "d117-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruth Oppenheim <r.oppenheim@noordkwartier-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for 11 March. And to put the rumours to rest: no, I'm not leaving Noordkwartier - the vacancy
            you may have seen is for my deputy.

            See you in Utrecht,
            Ruth
            """
        ),
    },
    {
        "id": "d117-044",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Siobhan Mulder <s.mulder@werkorganisatie-heuvelrug.nl>",
        "subject": "GDPR erasure request",
        "quote": "none",
        "body": _(
            """
            Dear Sir or Madam,

            I am writing to ask you to remove me from the Netwerk van directeuren van ambtelijke fusieorganisaties and
            to erase all personal data relating to me, in accordance with Article 17 of the GDPR. I no longer hold a
            director's position and have no further use for your mailings. Please confirm once this has been done.

            Yours faithfully,
            Siobhan Mulder
            """
        ),
    },
    {
        "id": "d117-045",
        "kind": "other",
        "sender": "Gert-Jan Hofstede <gj.hofstede@werkorganisatie-betuweland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Uit interesse: welke gegevens van mij bewaart u eigenlijk, en hoe lang? Ik ben niet van plan op te
            zeggen, ik wil het alleen weten voor ons eigen verwerkingsregister.

            Groet,
            Gert-Jan Hofstede
            """
        ),
    },
    {
        "id": "d117-046",
        "kind": "unsubscribe",
        "sender": "Noor Verheijen <n.verheijen@werkorganisatie-maasduinen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit berust helaas op een vergissing van ons secretariaat: ik ben beleidsadviseur, geen directeur, en hoor
            niet op uw lijst. Uitschrijven graag, met excuses voor de moeite.

            Noor Verheijen
            """
        ),
    },
    {
        "id": "d117-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Zandbergen <l.zandbergen@grwestlandvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Afmelden voor 11/3, zit die dag in Brussel voor de regiodag. Groet, Lotte

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d117-048",
        "kind": "unsubscribe",
        "sender": "J.M.A. Verhoeven <j.verhoeven@werkorganisatie-meierijstad-oost.nl>",
        "subject": "Opzegging lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Geachte dames en heren,

            Onder verwijzing naar mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties
            deel ik u mede dat ik dit lidmaatschap met ingang van heden wens te beeindigen. De reden is gelegen in
            mijn benoeming tot waarnemend burgemeester elders, waarmee mijn ambtelijke rol is geëindigd.

            Ik dank u voor de prettige contacten.

            Hoogachtend,

            drs. J.M.A. Verhoeven

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het gebruik van de inhoud door anderen dan de
            geadresseerde is niet toegestaan. Ontvangt u dit bericht per abuis, meldt u dat dan aan de afzender.
            """
        ),
    },
    {
        "id": "d117-049",
        "kind": "subscribe",
        "sender": "Floor Beekman <f.beekman@werkorganisatie-valleieneem.nl>",
        "subject": "Aanmelding netwerk",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Per 1 maart ben ik algemeen directeur van de werkorganisatie Vallei en Eem, als opvolger van Johan
            Kleinjan, die met pensioen is gegaan en zich al bij u heeft afgemeld. Zelf word ik graag lid van het
            netwerk.

            Met vriendelijke groet,
            Floor Beekman
            """
        ),
    },
    {
        "id": "d117-050",
        "kind": "other",
        "sender": "Mark Ellison <m.ellison@grrivierenland-werk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            Not to sound ungrateful, but this is the fifth message from you in three weeks. I really value the
            ateliers and I'm not looking to leave - could you perhaps combine the call for themes with the
            invitation next time?

            Cheers,
            Mark
            """
        ),
    },
    {
        "id": "d117-051",
        "kind": "unsubscribe",
        "sender": "Truus Bakkenes <t.bakkenes@werkorganisatie-ijsselvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooi verslag, dank. Het was meteen mijn laatste atelier: op 1 mei ga ik met pensioen. U mag mij dus
            afmelden.

            Truus Bakkenes
            """
        ),
    },
    {
        "id": "d117-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erwin Slot <e.slot@werkorganisatie-zeeuwsewal.nl>",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Ik kan er helaas niet bij zijn; diezelfde middag nemen we afscheid van een vertrekkende wethouder.
            """
        ),
    },
    {
        "id": "d117-053",
        "kind": "other",
        "sender": "Arjen Tolsma <a.tolsma@werkorganisatie-waddenkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Klopt, dank. Mijn opvolger is nog niet benoemd; zodra de selectiecommissie eruit is, stuur ik u naam en
            adres.

            Arjen Tolsma
            """
        ),
    },
    {
        "id": "d117-054",
        "kind": "unsubscribe",
        "sender": "Karel Mertens <k.mertens@werkorganisatie-kempenhorst.nl>",
        "subject": "Overdracht lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Beste Stan,

            Sinds 1 september heb ik het stokje overgedragen aan Joyce Hamers, die mij opvolgt als algemeen directeur
            (j.hamers@werkorganisatie-kempenhorst.nl). Wil je mij afmelden en Joyce in mijn plaats op de lijst zetten?
            Zij is op de hoogte en kijkt ernaar uit.

            Hartelijke groet,
            Karel
            """
        ),
    },
    {
        "id": "d117-055",
        "kind": "other",
        "sender": "Akke Hiemstra <a.hiemstra@grnoardeast.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Thema's heb ik deze ronde niet, wel een aankondiging: per 1 juni neemt Sjoerd Wiersma
            (s.wiersma@grnoardeast.nl) mijn rol over. Tot die tijd blijf ik lid en kom ik graag naar het atelier.
            Wilt u Sjoerd vanaf juni de berichten sturen?

            Akke Hiemstra
            """
        ),
    },
    {
        "id": "d117-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bram Wijnen <b.wijnen@werkorganisatie-beekdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas, ik kan niet. Donderdag is het afscheid van onze burgemeester en daar hoor ik bij te zijn. Geef
            mijn plek gerust aan iemand van de wachtlijst.

            Bram Wijnen
            """
        ),
    },
    {
        "id": "d117-057",
        "kind": "unsubscribe",
        "sender": "Gea Mulderij <g.mulderij@hoogeveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee, helaas, en ook in de toekomst niet. Na de herindeling is onze werkorganisatie per 1 januari opgegaan
            in de nieuwe gemeente Hoogeveld; een ambtelijke fusie is er niet meer en mijn functie is vervallen.
            Graag van de ledenlijst halen.

            Gea Mulderij
            """
        ),
    },
    {
        "id": "d117-058",
        "kind": "other",
        "sender": "Hamid Bouzian <h.bouzian@werkorganisatie-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stopt de inschrijving echt op 2 maart? Ik weet pas op 5 maart of onze raadsvergadering verschuift. Kan
            ik daarna nog aansluiten als er plek is?

            Groet,
            Hamid Bouzian
            """
        ),
    },
    {
        "id": "d117-059",
        "kind": "subscribe",
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-vechtstreek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven! Dit verzoek kwam niet van mij; vermoedelijk heeft iemand op ons secretariaat op de verkeerde
            knop gedrukt.

            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d117-060",
        "kind": "unsubscribe",
        "sender": "Priya Raghunathan <p.raghunathan@werkorganisatie-amsteldelta.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            No worries about the cancellation. While I have you: please end my membership as well, I'm leaving the
            organisation next Friday. Thanks for all the great sessions!

            Priya
            """
        ),
    },
    {
        "id": "d117-061",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wendy Schipper <w.schipper@grkrommerijn.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: de dienstverlening aan inwoners tijdens een ontvlechting. Als een gemeente uit de GR stapt,
            hoe zorg je dan dat loket, vergunningen en klantcontact gewoon doorlopen en dat inwoners en ondernemers er
            niets van merken?

            Wendy Schipper
            """
        ),
    },
    {
        "id": "d117-062",
        "kind": "other",
        "sender": "Sander Roos <s.roos@werkorganisatie-brabantsewal.nl>",
        "subject": "Nieuw e-mailadres",
        "quote": "none",
        "body": _(
            """
            Beste Melanie,

            Met de nieuwe huisstijl wijzigt ons domein: mijn oude adres s.roos@bw-gemeenten.nl vervalt per 1 april.
            Wil je voortaan dit adres gebruiken? Ik blijf graag lid.

            Groet,
            Sander
            """
        ),
    },
    {
        "id": "d117-063",
        "kind": "unsubscribe",
        "sender": "Marcel Fokkema <m.fokkema@werkorganisatie-vennewater.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Laat die wachtlijstplek maar schieten. Ik stop ook met het netwerk: na de reorganisatie ben ik
            programmamanager geworden en val ik buiten de doelgroep. Graag afmelden.

            Marcel
            """
        ),
    },
    {
        "id": "d117-064",
        "kind": "rsvp",
        "attending": False,
        "sender": "Paula Ketelaar <p.ketelaar@werkorganisatie-rijnwaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de uitnodiging. Ik heb het inmiddels met mijn collega besproken: ik moet me helaas afmelden,
            die middag zit ik in een aanbestedingsgesprek. Wellicht een volgende keer.

            Paula Ketelaar
            """
        ),
    },
    {
        "id": "d117-065",
        "kind": "autoreply",
        "sender": "Oliver Grant <o.grant@sharedservices-dewolden.nl>",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "thread": "reminder",
        "quote": "none",
        "body": _(
            """
            Thank you for your e-mail. Oliver Grant left Shared Services De Wolden on 1 April. This mailbox is no
            longer monitored and your message will not be forwarded. Please contact the front office on 0528 37 40 00.
            """
        ),
    },
    {
        "id": "d117-066",
        "kind": "unsubscribe",
        "sender": "Joris Vandenbroucke <j.vandenbroucke@werkorganisatie-zeelandwest.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Hi Stan, great report! Graag wel afmelden nu: I'm moving to Ghent for a job with the Flemish government.
            Bedankt voor alles en tot ziens,
            Joris
            """
        ),
    },
    {
        "id": "d117-067",
        "kind": "other",
        "sender": "Ans Kieviet <a.kieviet@werkorganisatie-lopikerwaard.nl>",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedendag,

            Ter informatie doorgestuurd. Mevrouw Bos heeft vorige maand afscheid genomen en er is nog geen nieuwe
            directeur. Kunt u contact met mij opnemen over wie in de tussentijd de uitnodigingen mag ontvangen?

            Met vriendelijke groet,
            Ans Kieviet
            managementondersteuning
            """
        ),
    },
    {
        "id": "d117-068",
        "kind": "unsubscribe",
        "sender": "Luuk Pronk <l.pronk@werkorganisatie-beerzedommel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Niet meer nodig, dank u. Ik ben inmiddels vertrokken bij deze werkorganisatie; dit adres mag eruit.

            L. Pronk
            """
        ),
    },
    {
        "id": "d117-069",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dirk-Jan Westra <dj.westra@werkorganisatie-noordwolde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp: wij zijn na anderhalf jaar gestopt met de bouw van een eigen zaaksysteem en gaan terug naar
            een standaardpakket. Ik wil graag met collega's praten over wanneer je moet durven stoppen met een
            digitaliseringsproject, en hoe je dat intern brengt.

            Dirk-Jan
            """
        ),
    },
    {
        "id": "d117-070",
        "kind": "other",
        "sender": "Hannah Vermeer <h.vermeer@werkorganisatie-langstraat.nl>",
        "subject": "Sabbatical - pause membership?",
        "quote": "none",
        "body": _(
            """
            Hi,

            From September I'm taking a six-month sabbatical. I don't want to leave the network, but there's little
            point in receiving invitations I can't accept. Is it possible to pause my membership, or should I simply
            ignore the mails for a while?

            Best,
            Hannah Vermeer
            """
        ),
    },
    {
        "id": "d117-071",
        "kind": "unsubscribe",
        "sender": "Gerda Sikkema <g.sikkema@werkorganisatie-ommelanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik kom niet meer: sinds 1 februari is Frank Heemskerk directeur (f.heemskerk@werkorganisatie-ommelanden.nl).
            Wilt u mij afmelden en hem voortaan uitnodigen? Misschien komt hij zelf naar 11 maart.

            Gerda Sikkema
            """
        ),
    },
    {
        "id": "d117-072",
        "kind": "other",
        "sender": "Roel Dekker <r.dekker@grdelfland-werk.nl>",
        "subject": "Verkeerde afmelding",
        "quote": "none",
        "body": _(
            """
            Hallo,

            Vorige week heb ik bij jullie een collega afgemeld van wie ik dacht dat hij vertrok, maar zijn vertrek is
            op het laatste moment niet doorgegaan. Kunnen jullie dat terugdraaien? Hij krijgt wel een nieuw adres, dat
            stuur ik zodra ik het heb.

            Roel Dekker
            """
        ),
    },
    {
        "id": "d117-073",
        "kind": "unsubscribe",
        "sender": "Sietske de Haan <s.dehaan@werkorganisatie-tjongerdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de oproep. Na de herijking van onze samenwerking heeft het bestuur gekozen voor een directie van
            een in plaats van drie. Ik word per 1 maart concerncontroller en hoor dan niet meer bij uw doelgroep.
            Wilt u mij uitschrijven? Onze algemeen directeur is al lid, dus de organisatie blijft vertegenwoordigd.

            Met vriendelijke groet,
            Sietske de Haan
            """
        ),
    },
    {
        "id": "d117-074",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Olthof <f.olthof@werkorganisatie-vechtdalen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Door de verschuiving naar 18 maart moet ik helaas afhaken; die dag heb ik een bestuursvergadering. Haalt
            u mij maar van de wachtlijst.

            Frank Olthof
            """
        ),
    },
    {
        "id": "d117-075",
        "kind": "other",
        "sender": "Jacqueline Bogaers <j.bogaers@werkorganisatie-peelenmaas.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag. Komt er ook een uitgeschreven versie van de plenaire discussie, of alleen de
            slides? Ik wil het graag met mijn MT delen.

            Jacqueline Bogaers
            """
        ),
    },
    {
        "id": "d117-076",
        "kind": "unsubscribe",
        "sender": "Ruben Staal <r.staal@grhartvanbrabant-werk.nl>",
        "subject": "afmelden",
        "quote": "none",
        "body": _(
            """
            Wil graag uit het netwerk, nieuwe baan bij de provincie. Dank! Ruben

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d117-077",
        "kind": "other",
        "sender": "Vincent Bakker <v.bakker@werkorganisatie-meerlanden.nl>",
        "subject": "Lidmaatschap na vertrek directeur",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Onze vorige directeur, Hans Mol, is in december vertrokken. Sindsdien nemen we met z'n tweeën waar: ik en
            Ilona Stam (i.stam@werkorganisatie-meerlanden.nl). Kunnen wij allebei lid worden tot er een nieuwe
            directeur is?

            Groet,
            Vincent Bakker
            """
        ),
    },
    {
        "id": "d117-078",
        "kind": "unsubscribe",
        "sender": "Bernard Claessens <b.claessens@werkorganisatie-geuldal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn agenda laat het niet toe, en eerlijk gezegd de komende jaren ook niet: ik zit tot over mijn oren in
            de ontvlechting van onze organisatie en daarna is mijn rol voorbij. Zet u mij maar uit het netwerk.

            B. Claessens
            """
        ),
    },
    {
        "id": "d117-079",
        "kind": "confirm",
        "sender": "Anouk Vermeulen <a.vermeulen@werkorganisatie-heuvelland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Ik volg deze maand Arnold Smeets op, die naar een waterschap is vertrokken.

            Anouk Vermeulen
            """
        ),
    },
    {
        "id": "d117-080",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Eijkelenboom <m.eijkelenboom@werkorganisatie-krimpenouderkerk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Moet helaas afzeggen voor donderdag, de griep heeft me geveld en de huisarts zegt: stoppen met werken tot
            volgende week.

            Maarten
            """
        ),
    },
    {
        "id": "d117-081",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hilde Roozendaal <h.roozendaal@werkorganisatie-drechtoever.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik wil nog iets toevoegen: het vertrek van een partner uit de samenwerking. Bij ons wil een gemeente
            uittreden en twijfelen de andere twee of ze samen doorgaan. Hoe houd je dan de positie in de regio en de
            gezamenlijke ambities overeind?

            Hilde Roozendaal
            """
        ),
    },
    {
        "id": "d117-082",
        "kind": "unsubscribe",
        "sender": "Kees Broekhuizen <k.broekhuizen@werkorganisatie-lingehof.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Mijn suggestie mag blijven staan voor de telling, maar mijzelf graag afmelden: eind van de maand vertrek
            ik naar de Veiligheidsregio.

            Kees Broekhuizen
            """
        ),
    },
    {
        "id": "d117-083",
        "kind": "other",
        "sender": "Lieke Tromp <l.tromp@werkorganisatie-rijnhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Per 1 april ga ik van Werkorganisatie Rijnhoven naar de GR Oude IJssel, ook als directeur. Blijf ik dan
            gewoon lid, en hoe geef ik mijn nieuwe adres door als ik dat heb? Op 11 maart kom ik nog vanuit mijn
            huidige functie.

            Groet,
            Lieke Tromp
            """
        ),
    },
    {
        "id": "d117-084",
        "kind": "unsubscribe",
        "sender": "Henk Vlietstra <h.vlietstra@grwestelijkemijnstreek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            afmeleden svp - mijn secretariaat heeft mij aangemeld maar ik ga over 2 weken met pensioen, zonde van de
            moeite. gr Henk
            """
        ),
    },
    {
        "id": "d117-085",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@werkorganisatie-alblasserwaard.nl>",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Uw bericht heeft sommige of alle geadresseerden niet bereikt.

            Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]

            Het bericht kan niet worden bezorgd bij de volgende geadresseerden:

            d.vanrijn@werkorganisatie-alblasserwaard.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden.

            Diagnostische informatie voor beheerders:
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "d117-086",
        "kind": "other",
        "sender": "Fiona Deelstra <f.deelstra@werkorganisatie-waddeneilanden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the welcome. Small thing: you seem to have me twice, on this work address and on my private
            fiona.deelstra@gmail.com. Please drop the gmail one and keep this one - I'm definitely staying!

            Fiona
            """
        ),
    },
    {
        "id": "d117-087",
        "kind": "unsubscribe",
        "sender": "Marc Lejeune <m.lejeune@werkorganisatie-grevelingen.nl>",
        "subject": "Leaving the network",
        "quote": "none",
        "body": _(
            """
            Dear colleagues,

            My interim assignment as acting director of Werkorganisatie Grevelingen ended on 30 June, and this
            mailbox closes at the end of the month. Please take me off the member list. It was a pleasure.

            Marc Lejeune
            """
        ),
    },
    {
        "id": "d117-088",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tineke Roelofs <t.roelofs@werkorganisatie-sallandoost.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom toch! De afscheidsreceptie die ik op die middag had, is naar vrijdag verschoven; houd mij dus op
            de wachtlijst.

            Tineke
            """
        ),
    },
    {
        "id": "d117-089",
        "kind": "other",
        "sender": "Bart Nieuwenhuis <b.nieuwenhuis@werkorganisatie-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik weet nog niet of ik kan. Als ik straks met 'afmelden' antwoord, ben ik dan meteen ook uit het netwerk?
            Dat wil ik namelijk niet.

            Bart
            """
        ),
    },
    {
        "id": "d117-090",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Charlotte Wagenaar <c.wagenaar@werkorganisatie-utrechtseheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion: succession inside the organisation when a director leaves. Three of us in the region
            retire within two years. How do you keep the management team stable and make sure knowledge is handed
            over before the door closes?

            Charlotte Wagenaar
            """
        ),
    },
]
# fmt: on
