"""devset150: new mail from strangers and newcomers - sign-ups, eligibility questions, pitches and misdirected mail.

The writers are mostly people the service has not met before: directors who sign up in their own way (a web form
pasted into a mail, a LinkedIn-style note, English, a tip from a colleague, a signature under a subject line),
former members who come back, colleagues and assistants who sign someone up, people who ask whether they may join,
members who want a seat in the Adviesraad, suppliers, consultants and a recruiter pitching, students and
journalists, other networks proposing cooperation, and people who clearly meant another mailbox. A smaller part
are newcomers answering our confirmation, welcome, invitation, call and follow-up, plus one out-of-office and one
bounce.

Conventions this set relies on (from the brief):
- a new mail that asks to join for oneself is `subscribe`, also a former member coming back and "lid blijven"
  under our goodbye; signing up one named colleague with the colleague's address is `subscribe`, several people or
  a colleague without an address is `other`;
- a sign-up that waits on an answer (whether one is eligible, what it costs) or carries a further request beside
  it is `other`; questions about who may join, the Adviesraad, pitches, interviews, press, cooperation and mail
  meant for another organisation are `other`, also when they use words like "aanmelden" or "ik kom graag";
- under our confirmation mails: a short yes or a signature alone is `confirm`; a yes with a real question, or an
  assistant confirming for the director, is `other`; a plain denial (also asking who did it) is `unsubscribe`, a
  denial that asks where we got the address is `other`; an AVG erasure request is `unsubscribe` with `erase`;
- a topic proposed under any of our mails (also the welcome) is a `suggestion`, with the themes of the topic
  itself; offering a venue or asking to present or to run a session is `other`;
- a mail forwarded with a line above it (`doorgestuurd`) is the forwarder's new mail and has no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d150-001",
        "kind": "subscribe",
        "sender": "R.J. Terpstra <rj.terpstra@lauwersland-werkt.nl>",
        "quote": "none",
        "subject": "Aanmeldformulier netwerk",
        "body": _(
            """
            Goedemiddag,

            Op de website lukte het niet om het formulier te verzenden (foutmelding na de captcha), dus ik plak
            de gegevens maar hieronder.

            Naam: drs. R.J. (Rob) Terpstra
            Functie: algemeen directeur
            Organisatie: Werkorganisatie Lauwersland (gemeenten Oostmarne en Wierhuizen)
            E-mailadres: rj.terpstra@lauwersland-werkt.nl
            Telefoon: 0519 - 84 22 10
            Wil lid worden van het netwerk: ja

            Met vriendelijke groet,
            Rob Terpstra
            """
        ),
    },
    {
        "id": "d150-002",
        "kind": "subscribe",
        "sender": "Yvonne Brakel-Osei <y.brakel@sgr-eikenrode.nl>",
        "quote": "none",
        "subject": "Connectie / lidmaatschap",
        "body": _(
            """
            Hi Stan en Melanie,

            Ik zag jullie post op LinkedIn over het laatste atelier voorbijkomen (mooie foto's trouwens!) en
            dacht: daar hoor ik eigenlijk ook bij. Sinds februari ben ik directeur bedrijfsvoering bij de SGR
            Eikenrode-Vossendal, de ambtelijke organisatie van twee gemeenten op de heuvelrug.

            Zet me gerust op de ledenlijst, dit mailadres is prima.

            Warme groet,
            Yvonne

            Yvonne Brakel-Osei | Directeur Bedrijfsvoering | SGR Eikenrode-Vossendal
            "Samen sterker, dichtbij de inwoner"
            """
        ),
    },
    {
        "id": "d150-003",
        "kind": "subscribe",
        "sender": "Aisling Mulder <a.mulder@bevelandwerkt.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            Apologies for writing in English - my Dutch is getting there, but not yet for a formal mail.
            In September I started as director of operations at Beveland Werkt, the joint civil service of
            Kapelsdijk and Zandhoek, and a peer from another province spoke very highly of your ateliers.

            I would like to become a member. Please register this address.

            Kind regards,
            Aisling Mulder
            """
        ),
    },
    {
        "id": "d150-004",
        "kind": "subscribe",
        "sender": "Bart Heijnsbroek <b.heijnsbroek@wolderveen-meer.nl>",
        "quote": "none",
        "subject": "Tip van Karin Oudshoorn",
        "body": _(
            """
            Beste secretariaat,

            Karin Oudshoorn (Werkorganisatie Lingehoven) tipte me tijdens het congres in Zwolle over jullie
            ateliers; zij is er erg over te spreken. Ik ben gemeentesecretaris-directeur van de ambtelijke
            organisatie Wolderveen-Meer en wil me daarom graag aanmelden.

            Karin zelf is al lid, meen ik, dus haar hoeven jullie niet nog eens in te schrijven :)

            Groeten,
            Bart Heijnsbroek
            """
        ),
    },
    {
        "id": "d150-005",
        "kind": "subscribe",
        "sender": "Henk-Jan Lubbers <hj.lubbers@kempenhorst.nl>",
        "quote": "none",
        "subject": "Weer terug",
        "body": _(
            """
            Dag Stan,

            Je weet het misschien nog: tot 2024 zat ik bij de ateliers namens Drechtwaarde, daarna heb ik me
            afgemeld toen ik bij het Rijk ging werken. Dat avontuur is voorbij; sinds deze maand ben ik
            algemeen directeur van de werkorganisatie Kempenhorst.

            Wil je me weer als lid inschrijven, op dit nieuwe adres? Het oude Drechtwaarde-adres bestaat niet
            meer.

            Hartelijke groet,
            Henk-Jan
            """
        ),
    },
    {
        "id": "d150-006",
        "kind": "subscribe",
        "sender": "Mirjam Zoetelief <m.zoetelief@hofvanmaasland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Lid blijven graag! Mijn secretaresse heeft bij het opschonen van mijn inbox op jullie oproep
            'afmelden' teruggemaild in plaats van het bericht te verwijderen. Ik wil juist heel graag blijven.

            Mirjam
            """
        ),
    },
    {
        "id": "d150-007",
        "kind": "subscribe",
        "sender": "Frits Aaldering <f.aaldering@werkorganisatie-tweestroom.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur bedrijfsvoering",
        "body": _(
            """
            Goedemorgen,

            Per 1 april is Noor el Idrissi bij ons begonnen als directeur bedrijfsvoering van werkorganisatie
            Tweestroom. Zij neemt niemands plaats over (het is een nieuwe functie), maar ik denk dat jullie
            netwerk haar veel te bieden heeft. Willen jullie haar aanmelden? Haar adres:
            n.elidrissi@werkorganisatie-tweestroom.nl

            Ikzelf blijf natuurlijk gewoon lid.

            Met vriendelijke groet,
            Frits Aaldering
            algemeen directeur
            """
        ),
    },
    {
        "id": "d150-008",
        "kind": "subscribe",
        "sender": "Gerdien Valk <gvalk@amstelrijn-samen.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Hoi, zou graag meedoen met jullie netwerk, ben sinds 3 weken directeur bij AmstelRijn Samen. zet me
            er maar op. Groet Gerdien

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d150-009",
        "kind": "subscribe",
        "sender": "W.F. Stapper <w.stapper@grenslandgemeenten.nl>",
        "quote": "none",
        "subject": "Verzoek om toetreding tot het netwerk",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij verzoek ik u mij toe te laten als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Per 15 januari jl. ben ik benoemd tot directeur van de Gemeenschappelijke
            Regeling Grenslandgemeenten, waarin de ambtelijke organisaties van Oldenwijk, Haarle-Veen en
            Tubbersloot zijn samengebracht.

            Ik zie uit naar de ontmoetingen met vakgenoten.

            Hoogachtend,

            W.F. Stapper
            Directeur GR Grenslandgemeenten

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien dit bericht niet voor u is bestemd,
            wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit
            bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d150-010",
        "kind": "subscribe",
        "sender": "Lotte Rijnbeek <lotte.rijnbeek@duinzoomdienst.nl>",
        "quote": "none",
        "subject": "Inschrijving",
        "body": _(
            """
            Goedendag,

            Of ik formeel onder jullie doelgroep val weet ik niet precies: ik ben directeur van Duinzoom Dienst,
            waarin drie gemeenten hun volledige ambtelijke apparaat hebben ondergebracht, maar zelf noemen we
            het nooit een 'fusie'. Ik ga ervan uit dat het op hetzelfde neerkomt. Schrijft u mij maar in; mocht
            het toch niet passen, dan hoor ik het vanzelf.

            Lotte Rijnbeek
            """
        ),
    },
    {
        "id": "d150-011",
        "kind": "subscribe",
        "sender": "Pieter-Jan Claessens <pj.claessens@maasdelta-wo.nl>",
        "quote": "none",
        "subject": "Aansluiten bij het netwerk / joining the network",
        "body": _(
            """
            Goeiedag,

            Ik ben Vlaming van origine en sinds dit jaar directeur van de werkorganisatie Maasdelta. Graag zou
            ik aansluiten bij jullie netwerk van directeuren.

            (For my management assistant who reads along in cc: Eline, this is the network I mentioned at
            lunch - no need to follow up, I am signing up myself with this mail.)

            Met vriendelijke groeten,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "d150-012",
        "kind": "other",
        "sender": "Ellen Koopmans <e.koopmans@ijsselvallei-wo.nl>",
        "quote": "none",
        "subject": "Lidmaatschap voor plaatsvervangers?",
        "body": _(
            """
            Beste mensen,

            Ik ben plaatsvervangend directeur van werkorganisatie IJsselvallei. Onze algemeen directeur is al
            lid van jullie netwerk. Staat het lidmaatschap ook open voor plaatsvervangers, of is het echt
            bedoeld voor één directeur per organisatie?

            Groet,
            Ellen Koopmans
            """
        ),
    },
    {
        "id": "d150-013",
        "kind": "other",
        "sender": "Ruud Verbeek <ruud.verbeek@uitvoering-noordkop.nl>",
        "quote": "none",
        "subject": "Val ik onder jullie netwerk?",
        "body": _(
            """
            Hallo,

            Wij zijn geen ambtelijke fusie in strikte zin: ik leid een uitvoeringsorganisatie die voor vier
            gemeenten het sociaal domein en de belastingen doet. Die gemeenten houden daarnaast ieder een eigen
            ambtelijke organisatie. Als dat voor jullie voldoende is, meld ik me graag aan. Kunt u laten weten
            of ik welkom ben?

            Ruud Verbeek
            """
        ),
    },
    {
        "id": "d150-014",
        "kind": "other",
        "sender": "Hanneke Dijkhuis <h.dijkhuis@veenkoloniewerkt.nl>",
        "quote": "none",
        "subject": "Lid worden - kosten?",
        "body": _(
            """
            Beste secretariaat,

            Graag word ik lid. Wel een praktische vraag vooraf: wat zijn de kosten per jaar, en kan een
            eventuele factuur naar onze crediteurenadministratie onder vermelding van kostenplaats 4410? Dan
            regel ik intern eerst de goedkeuring.

            Hanneke Dijkhuis
            directeur Veenkolonie Werkt
            """
        ),
    },
    {
        "id": "d150-015",
        "kind": "other",
        "sender": "Tom Wassink <t.wassink@achterhoekse-kring.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Achterhoekse Kring",
        "body": _(
            """
            Hallo,

            Ons directieteam wil in zijn geheel aansluiten. Hierbij de adressen:
            - Tom Wassink (algemeen directeur), t.wassink@achterhoekse-kring.nl
            - Saskia Lensink (directeur sociaal domein), s.lensink@achterhoekse-kring.nl
            - Jeroen te Brake (directeur bedrijfsvoering), j.tebrake@achterhoekse-kring.nl

            Alvast bedankt!
            Tom
            """
        ),
    },
    {
        "id": "d150-016",
        "kind": "other",
        "sender": "Anouk Vermeulen <a.vermeulen@lekstroom-samen.nl>",
        "quote": "none",
        "subject": "Nieuwe gemeentesecretaris-directeur",
        "body": _(
            """
            Dag allemaal,

            Onze nieuwe gemeentesecretaris-directeur, Marcel Hoogendijk, begint op 1 juni. Ik heb hem alvast
            over jullie netwerk verteld en hij wil graag lid worden. Zijn mailadres wordt pas aangemaakt als
            hij in dienst is; kunnen jullie hem alvast noteren?

            Hartelijke groet,
            Anouk Vermeulen
            bestuurssecretaris Lekstroom Samen
            """
        ),
    },
    {
        "id": "d150-017",
        "kind": "other",
        "sender": "Jolanda Brinkers <j.brinkers@ommelanden-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding Adviesraad",
        "body": _(
            """
            Beste Stan en Melanie,

            In jullie oproep las ik dat de Adviesraad de suggesties weegt. Ik wil me graag aanmelden voor een
            plek in die Adviesraad, mocht er een vacature zijn of komen. Ik ben al drie jaar lid van het
            netwerk en heb vier ateliers bijgewoond; vanuit een middelgrote werkorganisatie in het noorden kan
            ik denk ik een ander geluid laten horen dan de huidige leden.

            Zullen we daar eens over bellen?

            Met groet,
            Jolanda Brinkers
            """
        ),
    },
    {
        "id": "d150-018",
        "kind": "other",
        "sender": "Kees van Grinsven <k.vangrinsven@peelrand-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Een onderwerp heb ik deze ronde niet, wel een vraag naar aanleiding van jullie mail: hoe wordt de
            Adviesraad eigenlijk samengesteld? Ik zou er best een termijn in willen zitten. Is daar een
            procedure voor, of kan ik me gewoon melden?

            Kees van Grinsven
            """
        ),
    },
    {
        "id": "d150-019",
        "kind": "other",
        "sender": "Sander Lijbers <sander.lijbers@procesradar.io>",
        "quote": "none",
        "subject": "Presentatie voor uw leden: datagedreven sturing in werkorganisaties",
        "body": _(
            """
            Goedemiddag,

            ProcesRadar helpt ambtelijke fusieorganisaties om de werkprocessen van de deelnemende gemeenten te
            harmoniseren, met één dashboard voor de hele bedrijfsvoering. Bij werkorganisatie Zuidwaard hebben
            we de doorlooptijd van vergunningen met 30% verkort.

            Het lijkt mij een mooi onderwerp voor uw volgende Leer- en inspireer-atelier: "Digitalisering van
            werkprocessen na de fusie". Graag verzorg ik daar kosteloos een presentatie van twintig minuten.
            Staat u open voor een kort kennismakingsgesprek?

            Met vriendelijke groet,
            Sander Lijbers
            Accountmanager Publieke Sector | ProcesRadar B.V.
            """
        ),
    },
    {
        "id": "d150-020",
        "kind": "other",
        "sender": "Erwin Posthumus <erwin@posthumusinterim.nl>",
        "quote": "none",
        "subject": "Lidmaatschap als waarnemend directeur",
        "body": _(
            """
            Hallo,

            Ik ben interim-manager en zit momenteel als waarnemend directeur bij de werkorganisatie Vechtoever,
            voor minstens negen maanden. Kan ik in die hoedanigheid lid worden, of is het netwerk alleen voor
            directeuren in vaste dienst? Zo ja, dan graag op dit adres, want mijn Vechtoever-account vervalt
            na de opdracht.

            Erwin Posthumus
            """
        ),
    },
    {
        "id": "d150-021",
        "kind": "other",
        "sender": "Fleur Janssen <fleur.janssen@student.uni-bestuur.nl>",
        "quote": "none",
        "subject": "Verzoek interview masterscriptie",
        "body": _(
            """
            Geachte heer/mevrouw,

            Mijn naam is Fleur Janssen, masterstudent Bestuurskunde. Voor mijn scriptie onderzoek ik hoe
            directeuren van ambtelijke fusieorganisaties omgaan met de spanning tussen één gezamenlijke
            organisatie en de eigen identiteit van de deelnemende gemeenten.

            Zou u mij in contact kunnen brengen met twee of drie leden van uw netwerk die bereid zijn tot een
            interview van ongeveer een uur? Online is ook goed.

            Alvast hartelijk dank!

            Met vriendelijke groet,
            Fleur Janssen
            """
        ),
    },
    {
        "id": "d150-022",
        "kind": "other",
        "sender": "Daan Oostveen <daan.oostveen@student-hbo-leiden.nl>",
        "quote": "none",
        "subject": "afstudeeronderzoek + mailinglijst",
        "body": _(
            """
            Hoi,

            Ik zit in het laatste jaar van Bestuurskunde/Overheidsmanagement en studeer af bij de
            werkorganisatie Rijnveld. Mijn opdrachtgever raadde me aan contact met jullie op te nemen.

            Twee vragen:
            1. Zouden jullie een korte vragenlijst (10 minuten) onder de leden willen verspreiden? De link stuur
               ik dan na.
            2. Kan ik me ook aanmelden voor de mailinglijst, zodat ik zie welke thema's er spelen?

            Groetjes,
            Daan
            """
        ),
    },
    {
        "id": "d150-023",
        "kind": "other",
        "sender": "Rianne de Goede <r.degoede@lokaalbestuur-magazine.nl>",
        "quote": "none",
        "subject": "Vraag van Lokaal Bestuur Magazine",
        "body": _(
            """
            Goedemiddag,

            Voor een achtergrondartikel over ambtelijke fusies die na tien jaar weer uit elkaar gaan, zoek ik
            een directeur die wil vertellen over de dagelijkse praktijk van werken voor meerdere
            gemeentebesturen. Kunt u mij aan iemand uit uw netwerk helpen, of wilt u zelf iets zeggen namens
            het netwerk? Mijn deadline is vrijdag 12.00 uur.

            Met vriendelijke groet,
            Rianne de Goede
            redacteur Lokaal Bestuur Magazine
            06 - 12 98 44 71
            """
        ),
    },
    {
        "id": "d150-024",
        "kind": "other",
        "sender": "Jasper Molenkamp <jasper@regiodagblad-oost.nl>",
        "quote": "none",
        "subject": "Aanwezigheid atelier 11 maart",
        "body": _(
            """
            Dag Stan,

            Via Gerard Huisman hoorde ik dat jullie op 11 maart in Utrecht weer een atelier houden. Ik zou er
            graag bij zijn om er voor de krant een stuk over te schrijven - uiteraard zonder namen te noemen als
            deelnemers dat liever niet hebben. Ik kom dus graag, als dat mag van jullie.

            Laat je het even weten?
            Jasper Molenkamp
            Regiodagblad Oost
            """
        ),
    },
    {
        "id": "d150-025",
        "kind": "other",
        "sender": "Ingeborg Spaans <i.spaans@kring-griffiers-samen.nl>",
        "quote": "none",
        "subject": "Voorstel samenwerking griffiers en directeuren",
        "body": _(
            """
            Beste collega's van het directeurennetwerk,

            Namens de Kring van griffiers bij samenwerkende gemeenten wil ik jullie een voorstel doen. Wij
            merken dat veel vragen rond ambtelijke fusies ook de raden raken: de informatievoorziening, de
            positie van de griffie tegenover een gezamenlijke directie. Zouden we eens een gezamenlijke sessie
            kunnen organiseren, of op zijn minst onze jaaragenda's op elkaar afstemmen?

            Ik hoor graag of jullie hiervoor openstaan. Ik ben bereikbaar op 06 - 58 30 11 62.

            Met vriendelijke groet,
            Ingeborg Spaans
            voorzitter Kring van griffiers bij samenwerkende gemeenten
            """
        ),
    },
    {
        "id": "d150-026",
        "kind": "other",
        "sender": "Mette Kjaergaard <mk@sharedmunicipal.dk>",
        "quote": "none",
        "subject": "Danish network - study visit and cooperation",
        "body": _(
            """
            Dear colleagues,

            I coordinate a Danish network of directors of shared municipal administrations (about twenty of
            them since our reform). We are planning a study trip to the Netherlands in October and would love
            to meet some of your members, perhaps even join one of your workshops as guests.

            Would you be open to a short call to explore this?

            Best regards,
            Mette Kjaergaard
            Network coordinator
            """
        ),
    },
    {
        "id": "d150-027",
        "kind": "other",
        "sender": "Gert-Jan Hofstede <gj.hofstede@broekhuizen.nl>",
        "quote": "none",
        "subject": "Aanmelding bijeenkomst ambtelijke fusie",
        "body": _(
            """
            Hallo,

            Hierbij meld ik me aan voor de personeelsbijeenkomst over de ambtelijke fusie van Stedewaard en
            Broekhuizen op 14 april in het gemeentehuis. Ik neem ook mijn collega van burgerzaken mee, Ilse
            Kramer.

            Groet,
            Gert-Jan Hofstede
            medewerker Vergunningen, gemeente Broekhuizen
            """
        ),
    },
    {
        "id": "d150-028",
        "kind": "other",
        "sender": "Samira Bouzid <samira.bouzid88@postvak.nl>",
        "quote": "none",
        "subject": "Open sollicitatie",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op uw website las ik dat u een netwerk bent van ambtelijke fusieorganisaties. Ik zoek een functie
            als beleidsadviseur bij een gemeente en wil graag mijn cv in uw bestand laten opnemen, of laten
            doorsturen naar de organisaties die bij u zijn aangesloten.

            Mijn cv zit in de bijlage. Bij vragen ben ik bereikbaar op 06 - 19 43 87 02.

            Met vriendelijke groet,
            Samira Bouzid
            """
        ),
    },
    {
        "id": "d150-029",
        "kind": "other",
        "sender": "Jacqueline Sterk <j.sterk@wo-dijkland.nl>",
        "quote": "none",
        "subject": "Nog lid?",
        "body": _(
            """
            Goedemorgen,

            Vorig jaar stond ik nog op jullie lijst, maar ik heb al maanden geen uitnodiging of oproep meer
            gehad. Ben ik per ongeluk uitgeschreven, of ligt het aan ons spamfilter? Ik wil er in elk geval
            graag bij blijven.

            Jacqueline Sterk
            """
        ),
    },
    {
        "id": "d150-030",
        "kind": "subscribe",
        "sender": "Aart Quist <a.quist@kustgemeenten-wo.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden",
        "body": _(
            """
            Beste mensen,

            Na een sabbatical van een jaar (waarvoor ik mezelf netjes bij jullie had uitgeschreven) ben ik weer
            aan de slag, nu als algemeen directeur van de Werkorganisatie Kustgemeenten. Ik mis de ateliers!
            Schrijf me alsjeblieft weer in, op dit adres.

            Met zonnige groet,
            Aart Quist
            """
        ),
    },
    {
        "id": "d150-031",
        "kind": "other",
        "sender": "Brenda Kaptein <b.kaptein@rivierenland-noord.nl>",
        "quote": "none",
        "subject": "Ik ben terug - en de Adviesraad?",
        "body": _(
            """
            Hallo Melanie,

            Ik ben terug! Na twee jaar bij de provincie ben ik per 1 maart directeur van de werkorganisatie
            Rivierenland-Noord. Voordat ik vertrok zat ik in de Adviesraad; is daar nog ruimte voor mij, of is
            mijn plek inmiddels ingevuld? Het lidmaatschap van het netwerk zelf heb ik vorige week al via
            jullie bevestigingsmail in orde gemaakt.

            Groetjes,
            Brenda
            """
        ),
    },
    {
        "id": "d150-032",
        "kind": "confirm",
        "sender": "Fatma Yilmaz-Doorn <f.yilmaz@noordermeer-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestigd, dank voor de vlotte reactie.

            Fatma Yilmaz-Doorn
            Directeur Werkorganisatie Noordermeer
            """
        ),
    },
    {
        "id": "d150-033",
        "kind": "confirm",
        "sender": "Hugo Brandsma <h.brandsma@waldsicht-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Hugo Brandsma
            algemeen directeur | Werkorganisatie Wâldsicht
            T 0512 - 40 31 77
            """
        ),
    },
    {
        "id": "d150-034",
        "kind": "other",
        "sender": "Ilona Verkerk <i.verkerk@weidelanden-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, hierbij bevestig ik mijn aanmelding.

            Wel een vraag: kan mijn plaatsvervanger, Joost Mertens, de uitnodigingen ook ontvangen? Ik ben op
            donderdagen regelmatig verhinderd en wil dat hij dan in mijn plaats kan gaan. Moet hij zich
            daarvoor apart aanmelden?

            Met vriendelijke groet,
            Ilona Verkerk
            """
        ),
    },
    {
        "id": "d150-035",
        "kind": "other",
        "sender": "Petra Holleman <directiesecretariaat@kanaalzone-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Wijnbergen bevestig ik zijn aanmelding voor uw netwerk; hij heeft mij gevraagd dit
            voor hem af te handelen. Wilt u de uitnodigingen voor de ateliers ook in cc aan mij sturen, zodat ik
            ze in zijn agenda kan zetten?

            Met vriendelijke groet,
            Petra Holleman
            directiesecretaresse Werkorganisatie Kanaalzone
            """
        ),
    },
    {
        "id": "d150-036",
        "kind": "unsubscribe",
        "sender": "Ronald Teeuwen <r.teeuwen@maaskempen-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb me nergens voor aangemeld en wil dit ook niet. Ik ben trouwens geen directeur maar
            teamleider ICT. Wie heeft dit gedaan?

            R. Teeuwen
            """
        ),
    },
    {
        "id": "d150-037",
        "kind": "other",
        "sender": "Nadia Ouali <n.ouali@hartvanbrabant-dienst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Goedemorgen,

            Deze aanmelding komt niet van mij. Ik ben benieuwd hoe u aan mijn e-mailadres komt: ik gebruik het
            alleen intern. Graag hoor ik van wie u het heeft gekregen.

            Nadia Ouali
            """
        ),
    },
    {
        "id": "d150-038",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Bas Overdijk <bas.overdijk@lingewaarden-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Iemand heeft mij kennelijk opgegeven voor uw netwerk, maar ik heb hier geen belangstelling voor.
            Verwijder alstublieft al mijn gegevens uit uw systemen, ook wat degene die mij heeft aangemeld over
            mij heeft doorgegeven. Ik beroep mij hiervoor op de AVG.

            Bas Overdijk
            """
        ),
    },
    {
        "id": "d150-039",
        "kind": "confirm",
        "sender": "Wendy Hakkert <w.hakkert@zaanoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, die was ik helemaal vergeten. Hierbij alsnog! Mijn collega Ferry (directeur sociaal domein)
            meldt zich binnenkort ook zelf aan, hij was erg enthousiast toen ik erover vertelde.

            Wendy
            """
        ),
    },
    {
        "id": "d150-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Okke Wiersma <o.wiersma@waddenkust-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Omdat u ernaar vraagt: ik zou het graag eens hebben over de weg naar één
            ICT-landschap na de fusie. Wij draaien twee jaar na de start nog steeds op drie zaaksystemen en drie
            financiële pakketten, en elke migratie strandt op een andere gemeente.

            Met vriendelijke groet,
            Okke Wiersma
            """
        ),
    },
    {
        "id": "d150-041",
        "kind": "other",
        "sender": "Sevda Kaya <s.kaya@bergenland-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Hartelijk dank! Weet u al wanneer het eerstvolgende atelier is? Dan kan ik de datum alvast
            blokken, mijn agenda loopt snel vol.

            Sevda Kaya
            """
        ),
    },
    {
        "id": "d150-042",
        "kind": "other",
        "sender": "Laurens Dekkers <l.dekkers@heerlenstede.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de hartelijke ontvangst in het netwerk.

            Een idee: wij hebben net een nieuw stadskantoor betrokken met een mooie ontmoetingsruimte voor zo'n
            veertig mensen. Misschien is het leuk om een atelier eens buiten Utrecht te houden, bijvoorbeeld
            bij ons in het zuiden? Ik bied de ruimte graag kosteloos aan.

            Laurens Dekkers
            """
        ),
    },
    {
        "id": "d150-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hilde Nauta <h.nauta@westergo-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Pas twee weken lid en meteen een uitnodiging, wat fijn. Ja, ik ben er op 11 maart! Benieuwd naar
            de collega's.

            Hilde Nauta
            """
        ),
    },
    {
        "id": "d150-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priscilla Mahabier <p.mahabier@deltawerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Aardig dat mijn collega aan mij dacht, maar op 11 maart zit ik met mijn gezin in Portugal. Ik kan
            dus helaas niet in zijn plaats komen. Ik laat het hem zelf ook even weten.

            Vriendelijke groet,
            Priscilla Mahabier
            """
        ),
    },
    {
        "id": "d150-045",
        "kind": "other",
        "sender": "Youssef Amrani <y.amrani@stichtsewaard.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedendag,

            Onderstaande uitnodiging kreeg ik doorgestuurd van een collega-directeur uit de regio. Ik ben (nog)
            geen lid van het netwerk. Mag ik toch komen, en zo ja: moet ik me dan eerst als lid aanmelden?

            Groet,
            Youssef Amrani
            directeur Werkorganisatie Stichtse Waard
            """
        ),
    },
    {
        "id": "d150-046",
        "kind": "subscribe",
        "sender": "Corine Blom <c.blom@wo-veluwerand.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Doorst: Dank voor uw komst: Leer- en inspireer-atelier"
            ' "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "body": _(
            """
            Goedemorgen,

            Onze directeur, de heer Van Driel, was zo te spreken over het atelier dat hij zijn collega-directeur
            Linda Schoemaker ook graag in het netwerk ziet. Wilt u haar inschrijven? Haar adres is
            l.schoemaker@wo-veluwerand.nl.

            Met vriendelijke groet,
            Corine Blom
            managementassistent directie Werkorganisatie Veluwerand
            """
        ),
    },
    {
        "id": "d150-047",
        "kind": "autoreply",
        "sender": "Maarten Eilers <m.eilers@oosterschelde-wo.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met 6 januari ben ik afwezig in verband met mijn overstap naar de
            Werkorganisatie Oosterschelde; vanaf 7 januari ben ik daar bereikbaar. Voor dringende zaken kunt u
            contact opnemen met het bestuurssecretariaat via 0113 - 25 60 00.
            """
        ),
    },
    {
        "id": "d150-048",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mail.ambtelijkefusie.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <g.vanderhoevn@zuiderzeewerkt.nl>: host mx1.zuiderzeewerkt.nl[84.22.103.17] said:
                550 5.1.1 <g.vanderhoevn@zuiderzeewerkt.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d150-049",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Chantal Meulenbelt <c.meulenbelt@eemvallei-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Als kersvers lid doe ik meteen maar mee. Mijn onderwerp:

            - Hoe meet je of inwoners van alle deelnemende gemeenten even goed worden bediend? Sinds de fusie
              hebben we één klantcontactcentrum, maar de tevredenheid loopt per gemeente sterk uiteen.

            Chantal Meulenbelt
            """
        ),
    },
    {
        "id": "d150-050",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Ramon Stassen <r.stassen@mergelland-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Het was mijn eerste atelier en het smaakt naar meer. Twee onderwerpen voor de volgende keer:
            1. De verhouding met gemeenteraden die zich buitenspel gezet voelen nu alles in de
               gemeenschappelijke regeling is belegd.
            2. Hoe houd je de formatie beheersbaar als elke gemeente eigen wensen heeft voor extra capaciteit?

            Groet, Ramon
            """
        ),
    },
    {
        "id": "d150-051",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Evert Nijhof <e.nijhof@twentekanaal-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wat goed om na mijn terugkeer in het netwerk meteen weer een oproep te krijgen; het voelt als
            thuiskomen. Destijds heb ik me afgemeld omdat ik even uit het openbaar bestuur stapte, maar ik ben
            er weer helemaal.

            Wat ik graag zou bespreken: hoe ontwikkel je een langetermijnvisie voor de werkorganisatie als je
            niet weet of je over acht jaar nog voor vier afzonderlijke gemeenten werkt?

            Evert Nijhof
            """
        ),
    },
    {
        "id": "d150-052",
        "kind": "other",
        "sender": "Nicole Haverkamp <nicole.haverkamp@publiektalent.nl>",
        "quote": "none",
        "subject": "Graag aansluiten bij uw netwerk",
        "body": _(
            """
            Hi Stan,

            Graag zou ik me bij jouw netwerk aansluiten! Als executive search consultant bij PubliekTalent
            vervul ik regelmatig directiefuncties bij ambtelijke fusieorganisaties, en ik denk dat we elkaar
            goed kunnen versterken. Wellicht kan ik af en toe een vacature via jullie lijst delen?

            Laten we connecten!
            Nicole
            """
        ),
    },
    {
        "id": "d150-053",
        "kind": "other",
        "sender": "A. van Leeuwen-de Kok <annievanleeuwen@webpost.nl>",
        "quote": "none",
        "subject": "nieuwsbrief fusie",
        "body": _(
            """
            Geachte gemeente,

            In de krant las ik dat onze gemeente Zevenhoven-Vliet ambtelijk gaat samengaan met de buurgemeente.
            Ik wil graag op de hoogte blijven en me daarom aanmelden voor uw nieuwsbrief over deze fusie. Mijn
            huisadres is Kerklaan 12, voor als u het liever per post stuurt.

            Met vriendelijke groet,
            A. van Leeuwen-de Kok
            """
        ),
    },
    {
        "id": "d150-054",
        "kind": "other",
        "sender": "Gerard Meijerink <gerard@meijerinkverandert.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Sinds mijn vertrek als directeur van werkorganisatie Berkelland-Oost werk ik als zelfstandig
            adviseur, maar jullie oproepen krijg ik nog steeds (en lees ik met plezier).

            Mag ik op het volgende atelier een werkvorm aanbieden? Ik heb een beproefde methode om met de
            directie en drie colleges tegelijk een sturingsconcept uit te werken, en die zou ik graag met de
            leden uitproberen. Uiteraard zonder commerciële bijbedoelingen.

            Hartelijke groet,
            Gerard Meijerink
            """
        ),
    },
    {
        "id": "d150-055",
        "kind": "subscribe",
        "sender": "Marloes Timmer <m.timmer@krommewaard-wo.nl>",
        "quote": "none",
        "subject": "Aanmelden voor het netwerk directeuren",
        "body": _(
            """
            Met vriendelijke groet,

            drs. Marloes Timmer
            Directeur Werkorganisatie Kromme Waard
            Postbus 410, 3981 AK Waardhoven
            """
        ),
    },
    {
        "id": "d150-056",
        "kind": "other",
        "sender": "Thijs Bosscher <t.bosscher@lekdijk-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding en verslagen",
        "body": _(
            """
            Hallo,

            Ik wil me graag aanmelden als lid; sinds deze zomer ben ik directeur van werkorganisatie Lekdijk.
            Kunnen jullie me daarnaast de verslagen van de afgelopen twee ateliers toesturen? Dan lees ik me
            even in voordat ik voor het eerst aanschuif.

            Bedankt!
            Thijs Bosscher
            """
        ),
    },
    {
        "id": "d150-057",
        "kind": "unsubscribe",
        "sender": "Jelle Hoekstra <j.hoekstra@dokkumerwald-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Toch maar niet, merk ik nu. Onze algemeen directeur blijkt al jaren lid te zijn en één van ons
            per organisatie is ruim voldoende. Haal me maar weer van de lijst; dank voor de moeite.

            Jelle Hoekstra
            """
        ),
    },
]
# fmt: on
