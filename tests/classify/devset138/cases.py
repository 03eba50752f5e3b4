"""devset138: new mail from people who want to join the network, and look-alikes that only ask about it.

The writers are directors (and a few assistants) of werkorganisaties, GR's and ambtelijke fusies who mail
info@ambtelijkefusie.nl out of the blue: plain and stiff sign-ups, chatty ones, English and bilingual ones, a
Frisian one, a pasted form, a request in the subject only, "houd mij op de hoogte", people joining again after they
left (also under our goodbye), a sign-up from a private address that names the work address, a sign-up hidden in a
long introduction of the writer's organisation, a colleague or director signed up with an address. Beside them the
look-alikes: questions about who may join, what it costs, how often it meets, whether a deputy may join instead,
whether a plain municipality, a consultant, a student, a wethouder or a Belgian may join; recommendations by
colleagues; sign-ups for another network or a congress; sign-ups on a condition or with a real question; several
people at once; a colleague without an address. A handful of replies from new members answer the invitation or
withdraw a sign-up.

Conventions this set relies on (from the brief):
- The label is what the writer asks now: a forwarded invitation or call for themes under a sign-up does not make it
  an rsvp or a suggestion.
- Signing up oneself, or one named colleague with that colleague's address, is `subscribe`; a colleague without an
  address, or several people at once, is `other`.
- A sign-up with a real question beside it, or on a condition the secretariat must answer first, is `other`; a
  polite request phrased as a question ("wilt u mij toevoegen?") or a rhetorical one is no real question.
- Questions about joining (who, cost, frequency, a deputy, how to sign up, am I a member already) are `other`, as is
  asking for information or announcing a sign-up for later.
- "Lid blijven" or joining again under our goodbye is `subscribe`.
- A plain denial under our confirmation mail, also one asking who did it, is `unsubscribe`; leaving with a
  successor named but no address yet is `unsubscribe` too.
- A new member's "ik kom" / "ik kan niet" under the invitation is an `rsvp`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------- subscribe
    {
        "id": "d138-001",
        "kind": "subscribe",
        "sender": "Arjen Hofstede <a.hofstede@vlietoever.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedemiddag,

            Per 1 februari ben ik algemeen directeur van Werkorganisatie Vlietoever, de ambtelijke organisatie
            van Rijnsburcht en Oudevliet. Ik meld mij graag aan als lid van het netwerk.

            Met vriendelijke groet,
            Arjen Hofstede
            """
        ),
    },
    {
        "id": "d138-002",
        "kind": "subscribe",
        "sender": "mr. C.J.M. van Wijngaarden <c.vanwijngaarden@gr-brakelhaarveen.nl>",
        "quote": "none",
        "subject": "Verzoek tot inschrijving als lid",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ondergetekende, gemeentesecretaris-directeur van de Gemeenschappelijke Regeling Brakel-Haarveen,
            verzoekt u hierbij beleefd hem als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties in te schrijven.

            In afwachting van uw bevestiging verblijf ik,

            Hoogachtend,

            mr. C.J.M. van Wijngaarden
            Gemeentesecretaris-directeur
            GR Brakel-Haarveen
            """
        ),
    },
    {
        "id": "d138-003",
        "kind": "subscribe",
        "sender": "Roos Tjoe-Awie <roos.tjoeawie@kempenhorst.nl>",
        "quote": "none",
        "subject": "hallo! ik wil erbij :)",
        "body": _(
            """
            Hoi allemaal,

            Op de VNG-dag stond ik bij de koffie te kletsen met een paar van jullie leden en die waren zo
            enthousiast over die ateliers dat ik meteen dacht: daar wil ik bij. Ik zit nu een half jaar als
            directeur dienstverlening bij Kempenhorst (wij doen alles voor Eikendonk en Lommelveld) en ik mis
            echt af en toe collega's die snappen hoe gek zo'n werkorganisatie met twee raden kan zijn.

            Dus: zet me alsjeblieft op de ledenlijst!

            Groetjes,
            Roos
            """
        ),
    },
    {
        "id": "d138-004",
        "kind": "subscribe",
        "sender": "Daniel Okafor <d.okafor@peelhaven.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            My name is Daniel Okafor and since January I have been director of operations at Peelhaven, the
            shared civil-service organisation of three municipalities in the east of Brabant. My Dutch is
            improving but still slow, so I hope English is fine.

            I would like to become a member of your network of directors. Please add me with this address.

            Kind regards,
            Daniel Okafor
            Director of Operations | Peelhaven
            """
        ),
    },
    {
        "id": "d138-005",
        "kind": "subscribe",
        "sender": "Willemijn Oosterbroek-Kaya <w.oosterbroek@zeeveld-oostkamp.nl>",
        "quote": "none",
        "subject": "Aanmeldformulier",
        "body": _(
            """
            Het formulier op jullie site gaf een foutmelding, daarom hieronder mijn gegevens.

            Naam: Willemijn Oosterbroek-Kaya
            Organisatie: Werkorganisatie Zeeveld-Oostkamp
            Functie: directeur bedrijfsvoering
            E-mail: w.oosterbroek@zeeveld-oostkamp.nl
            Telefoon: 0118 - 72 40 16
            Aanmelden als lid: ja
            """
        ),
    },
    {
        "id": "d138-006",
        "kind": "subscribe",
        "sender": "Femke Ouwerkerk <f.ouwerkerk@duivenwaard.nl>",
        "quote": "none",
        "subject": "Aanmelden Netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Met vriendelijke groet,

            Femke Ouwerkerk
            Directeur bedrijfsvoering | Werkorganisatie Duivenwaard
            Postbus 190, 6920 AD Duivenwaard
            T 0316 - 58 22 10
            """
        ),
    },
    {
        "id": "d138-007",
        "kind": "subscribe",
        "sender": "Gert-Jan Wubben <gj.wubben@odewerk.nl>",
        "quote": "none",
        "subject": "graag lid worden van het netwerk van directeuren",
        "body": _(
            """
            Gert-Jan Wubben
            algemeen directeur ODE Werkorganisatie

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d138-008",
        "kind": "subscribe",
        "sender": "Ilse van Barneveld <ilse.vanbarneveld@drechtwaarden.nl>",
        "quote": "none",
        "subject": "Ateliers",
        "body": _(
            """
            Beste Stan en Melanie,

            Een collega liet me het verslag van jullie laatste atelier lezen. Mooi werk. Houd mij voortaan op
            de hoogte van de ateliers en stuur mij de uitnodigingen ook: ik ben sinds dit voorjaar algemeen
            directeur van werkorganisatie Drechtwaarden.

            Hartelijke groet,
            Ilse van Barneveld
            """
        ),
    },
    {
        "id": "d138-009",
        "kind": "subscribe",
        "sender": "Hester Dijkgraaf <h.dijkgraaf@oostkampsamen.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Toen ik in 2024 naar het Rijk vertrok, heb ik me netjes bij jullie afgemeld. Inmiddels ben ik
            terug in het lokale bestuur, nu als gemeentesecretaris-directeur van Oostkamp Samen. Graag word ik
            weer lid van het netwerk, op dit nieuwe adres.

            Groet,
            Hester Dijkgraaf
            """
        ),
    },
    {
        "id": "d138-010",
        "kind": "subscribe",
        "sender": "Bas Terpstra <b.terpstra@wadkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit was niet de bedoeling! Mijn secretaresse heeft in een opruimactie de verkeerde mail
            beantwoord. Ik wil graag lid blijven.

            Bas
            """
        ),
    },
    {
        "id": "d138-011",
        "kind": "subscribe",
        "sender": "Jeroen Blaauw <jeroenblaauw1971@gmail.com>",
        "quote": "none",
        "subject": "aanmelding via prive mail",
        "body": _(
            """
            Goedenavond,

            Ik stuur dit even vanaf mijn privéadres omdat de laptop van de zaak vanavond niet wil opstarten.
            Ik wil me aanmelden voor het netwerk, maar ontvang de berichten graag op mijn werkadres:
            j.blaauw@werkorganisatie-lindewoude.nl. Daar ben ik sinds kort directeur bedrijfsvoering.

            Met vriendelijke groet,
            Jeroen Blaauw
            """
        ),
    },
    {
        "id": "d138-012",
        "kind": "subscribe",
        "sender": "Marloes Kuipers-Benali <m.kuipers@heuveldal.nl>",
        "quote": "none",
        "subject": "Kennismaking Werkorganisatie Heuveldal",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Graag stel ik mij en mijn organisatie aan u voor. Werkorganisatie Heuveldal is in 2019 ontstaan
            uit de ambtelijke apparaten van Heuveldal, Grootenbroek en Sint-Ansfried. Met ruim 640 fte werken
            wij voor drie colleges en drie gemeenteraden, elk met een eigen karakter en eigen prioriteiten.

            De afgelopen jaren stonden vooral in het teken van harmonisatie: één ICT-omgeving, één
            personeelsbeleid, één klantcontactcentrum. Nu die basis staat, verschuift onze aandacht naar de
            vraag hoe wij de drie gemeenten recht blijven doen. In onze strategische agenda "Heuveldal 2030"
            hebben wij daarvoor onder meer accountmanagers per kern en een gezamenlijk raadsprogramma
            opgenomen.

            Tegelijk worstelen wij, zoals velen, met de arbeidsmarkt: vooral in het fysieke domein staan
            vacatures maandenlang open. Wij experimenteren met een eigen traineeprogramma en met gedeelde
            specialisten met de omgevingsdienst.

            Kortom: genoeg stof om met vakgenoten te delen en te leren. Daarom meld ik mij graag aan als lid
            van uw netwerk. Ik ben sinds september algemeen directeur van Heuveldal.

            Ik kijk uit naar de eerstvolgende bijeenkomst.

            Met vriendelijke groet,

            Marloes Kuipers-Benali
            Algemeen directeur
            Werkorganisatie Heuveldal
            """
        ),
    },
    {
        "id": "d138-013",
        "kind": "subscribe",
        "sender": "Sophie Laurent <s.laurent@grenspoort.nl>",
        "quote": "none",
        "subject": "Aanmelding / sign-up",
        "body": _(
            """
            Beste mensen / dear all,

            Apologies for the mix of languages, ik ben half Frans, half Nederlands en schrijf vaak door
            elkaar. I just started as directeur bedrijfsvoering at Werkorganisatie Grenspoort, the shared
            organisation of Valkenrade and Mechelerveld. Graag word ik lid van het netwerk; please use this
            address for all your mails.

            Merci & groet,
            Sophie Laurent
            """
        ),
    },
    {
        "id": "d138-014",
        "kind": "subscribe",
        "sender": "Kees Ruitenbeek <k.ruitenbeek@gr-maaskanter.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            goedemorgen, graag aanmelen voor het netwerk. ben sinds kort direkteur van de GR maaskanter (3
            gemeentes). mail mag naar dit adres

            gr kees

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d138-015",
        "kind": "subscribe",
        "sender": "Tamara Brink <t.brink@vechtzoom.nl>",
        "quote": "none",
        "subject": "Aanmelding collega Youssef El Idrissi",
        "body": _(
            """
            Hallo Stan,

            Onze nieuwe directeur dienstverlening, Youssef El Idrissi, hoorde mij zo vaak over de ateliers
            vertellen dat hij nu zelf ook mee wil doen. Ik meld hem hierbij aan: y.elidrissi@vechtzoom.nl.
            Zelf blijf ik gewoon lid, hij komt erbij.

            Groet,
            Tamara Brink
            algemeen directeur Werkorganisatie Vechtzoom
            """
        ),
    },
    {
        "id": "d138-016",
        "kind": "subscribe",
        "sender": "Ria Bosman | Directiesecretariaat <r.bosman@heidemeer.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Onderstaande uitnodiging kwam nog binnen bij onze vorige directeur, die inmiddels met pensioen is.
            Per 1 maart is mevrouw Annelies Verdonk onze nieuwe algemeen directeur. Zij wil graag lid worden
            van het netwerk. Haar e-mailadres is a.verdonk@heidemeer.nl.

            Vriendelijke groet,
            Ria Bosman
            Directiesecretariaat Werkorganisatie Heidemeer
            """
        ),
    },
    {
        "id": "d138-017",
        "kind": "subscribe",
        "sender": "Paul Verkerk <p.verkerk@werkorganisatie-noordzand.nl>",
        "quote": "none",
        "subject": "Aanmelding interim-directeur Noordzand",
        "body": _(
            """
            Beste secretariaat,

            De komende tien maanden ben ik interim-algemeen directeur van Werkorganisatie Noordzand. Ook voor
            die betrekkelijk korte periode sluit ik graag aan bij het netwerk; meld mij dus aan. Zit mijn
            opdracht erop, dan hoort u dat van mij.

            Groet,
            Paul Verkerk
            """
        ),
    },
    {
        "id": "d138-018",
        "kind": "subscribe",
        "sender": "P. Welling <p.welling@ao-zuidwold.nl>",
        "quote": "none",
        "subject": "Lidmaatschap",
        "body": _(
            """
            Meldt u mij maar aan als lid. Petra Welling, directeur Ambtelijke Organisatie Zuidwold
            """
        ),
    },
    {
        "id": "d138-019",
        "kind": "subscribe",
        "sender": "Harm Lubbers <Harm.Lubbers@ijsselkring.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik als directeur van Werkorganisatie IJsselkring voortaan de uitnodigingen en
            berichten van het netwerk. Beschouwt u deze mail als mijn aanmelding.

            Met vriendelijke groet,

            Harm Lubbers
            Algemeen directeur / gemeentesecretaris
            Werkorganisatie IJsselkring
            Postbus 400 | 7420 AK Hattemerbroek

            ----------------------------------------------------------------
            De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde. Werkorganisatie IJsselkring aanvaardt geen aansprakelijkheid voor schade als
            gevolg van onvolledige of vertraagde overbrenging van dit bericht.
            """
        ),
    },
    {
        "id": "d138-020",
        "kind": "subscribe",
        "sender": "Lotte Zandvliet <l.zandvliet@tweestromen.nl>",
        "quote": "none",
        "subject": "Ook ik wil graag meedoen",
        "body": _(
            """
            Beste Melanie,

            Mijn collega-directeur Frank Huisman is al jaren lid en komt altijd vol ideeën terug van jullie
            ateliers. Sinds de herindeling van onze directie ben ik naast hem verantwoordelijk voor de
            bedrijfsvoering van Tweestromen. Wil je mij ook als lid toevoegen?

            Groet, Lotte
            """
        ),
    },
    {
        "id": "d138-021",
        "kind": "subscribe",
        "sender": "Gijs Hoekstra <g.hoekstra@fivelland.nl>",
        "quote": "none",
        "subject": "Na het atelier in Amersfoort",
        "body": _(
            """
            Beste Stan,

            In oktober mocht ik als gast van Marjan Ploeg meekijken bij het atelier in Amersfoort. Dat
            smaakte naar meer. Ik word nu graag zelf lid. Ik ben directeur van Fivelland, de ambtelijke
            organisatie van drie Groninger gemeenten.

            Hartelijke groet,
            Gijs Hoekstra
            """
        ),
    },
    {
        "id": "d138-022",
        "kind": "subscribe",
        "sender": "Noor Hamdaoui <n.hamdaoui@kroonduin.nl>",
        "quote": "none",
        "subject": "aanmelding lidmaatschap",
        "body": _(
            """
            Goedemorgen,

            Op jullie website las ik dat het lidmaatschap niets kost en dat er twee keer per jaar een atelier
            is. Dat past precies in mijn agenda. Meld mij aan als lid, graag op dit adres.

            Noor Hamdaoui
            Directeur Werkorganisatie Kroonduin
            """
        ),
    },
    {
        "id": "d138-023",
        "kind": "subscribe",
        "sender": "E. Scholten <e.scholten@ao-ruwaardhoefkamp.nl>",
        "quote": "none",
        "subject": "Nieuwe fusieorganisatie meldt zich",
        "body": _(
            """
            Geachte leden van het secretariaat,

            Per 1 januari 2027 zijn de ambtelijke organisaties van Ruwaard en Hoefkamp samengegaan in de
            Ambtelijke Organisatie Ruwaard-Hoefkamp. Ik heb de eer daarvan de eerste directeur te zijn. Het
            ontbreekt ons nog aan ervaring met het werken voor twee colleges, en juist daarom meld ik mij aan
            voor uw netwerk.

            Met collegiale groet,
            Evert Scholten
            """
        ),
    },
    {
        "id": "d138-024",
        "kind": "subscribe",
        "sender": "Margaret Vos-Henderson <m.vos@westwaarden.nl>",
        "quote": "none",
        "subject": "Registration - Network of directors",
        "body": _(
            """
            Dear Sir or Madam,

            Please register me as a member of the Network of directors of merged municipal organisations. I
            have been appointed Chief Operating Officer of Westwaarden, which serves the municipalities of
            Westwaarden and Ooltgenshoek. Correspondence may be sent to this address.

            Yours faithfully,
            Margaret Vos-Henderson
            """
        ),
    },
    {
        "id": "d138-025",
        "kind": "subscribe",
        "sender": "Sjoerd Hiemstra <s.hiemstra@marrewiel.frl>",
        "quote": "none",
        "subject": "Oanmelding netwurk",
        "body": _(
            """
            Goeie,

            Ik wol my graach oanmelde as lid fan it netwurk fan direkteuren. Ik bin sûnt dit jier direkteur
            fan de wurkorganisaasje Marrewiel.

            Voor de zekerheid ook in het Nederlands: graag meld ik mij aan als lid.

            Mei freonlike groetnis,
            Sjoerd Hiemstra
            """
        ),
    },
    {
        "id": "d138-026",
        "kind": "subscribe",
        "sender": "Inge Maasland <inge.maasland@deltalandsamen.nl>",
        "quote": "none",
        "subject": "Aanmelding via website",
        "body": _(
            """
            Hallo,

            Op ambtelijkefusie.nl staat dat je lid wordt door een mail te sturen. Bij dezen! Ik ben
            gemeentesecretaris-directeur van Deltaland Samen.

            Met vriendelijke groet,
            Inge Maasland
            """
        ),
    },
    {
        "id": "d138-027",
        "kind": "subscribe",
        "sender": "Frits Oudejans <f.oudejans@gr-lekdijk.nl>",
        "quote": "none",
        "subject": "Terug van weggeweest",
        "body": _(
            """
            Beste mensen,

            Wie had gedacht dat ik na acht jaar bij een woningcorporatie toch weer in het openbaar bestuur
            terecht zou komen? Sinds maart leid ik de GR Lekdijk, de ambtelijke fusie van Lekstede en
            Willigeroord. Ik was vroeger al eens lid en wil er graag weer bij: zet mij maar weer op de lijst.

            Groet,
            Frits
            """
        ),
    },
    {
        "id": "d138-028",
        "kind": "subscribe",
        "sender": "Karin Wessels <k.wessels@eemhoven.nl>",
        "quote": "none",
        "subject": "aanmelding plaatsvervangend directeur",
        "body": _(
            """
            Goedemiddag,

            Onze algemeen directeur, Rob Jansma, is al lid van het netwerk. Ik ben zijn plaatsvervanger en
            directeur bedrijfsvoering van werkorganisatie Eemhoven, en meld me hierbij zelf ook aan. Zo kunnen
            we om beurten naar de ateliers.

            Met vriendelijke groet,
            Karin Wessels
            """
        ),
    },
    {
        "id": "d138-029",
        "kind": "subscribe",
        "sender": "Mo Bouzid <mo.bouzid@rivierenhof.nl>",
        "quote": "none",
        "subject": "👋 Aanmelding",
        "body": _(
            """
            Hey! Hier Mo, sinds twee weken directeur bij Rivierenhof (de ambtelijke fusie van Deestwaard en
            Wamelrode). Collega's zeggen dat ik bij jullie netwerk moet zijn, dus bij deze: ik meld me aan 🙂
            Mails mogen naar dit adres.

            Mo
            """
        ),
    },
    {
        "id": "d138-030",
        "kind": "subscribe",
        "sender": "Ellen Kramer <ellen.kramer@duinkant.nl>",
        "quote": "none",
        "subject": "Keep me posted",
        "body": _(
            """
            Hi,

            I'm the new managing director of Werkorganisatie Duinkant. Could you add me to your list and keep
            me posted about the ateliers? I'd like to take part as a member.

            Best,
            Ellen
            """
        ),
    },
    {
        "id": "d138-031",
        "kind": "subscribe",
        "sender": "Johan Meulenbelt <j.meulenbelt@schoorlanden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Beste Stan,

            Ik had me afgemeld omdat ik dacht per juni te vertrekken, maar die overstap gaat niet door. Ik
            blijf dus directeur van Schoorlanden en wil toch graag lid blijven.

            Johan
            """
        ),
    },
    {
        "id": "d138-032",
        "kind": "subscribe",
        "sender": "Wendy Pronk <w.pronk@werkorg-kaagmeer.nl>",
        "quote": "none",
        "subject": "Aanmeling",
        "body": _(
            """
            Goedemiddag,

            Hierbij wil ik mij graag aanmekden als lid van het netwerk van dirrcteuren van ambtelijke
            fusieorganisaties. Ik ben directeur bedrijfsvoeriing bij werkorganisatie Kaagmeer.

            Vriendelijke groet,
            Wendy Pronk
            """
        ),
    },
    {
        "id": "d138-033",
        "kind": "subscribe",
        "sender": "Thijs Geerdink <t.geerdink@twentevoorde.nl>",
        "quote": "none",
        "subject": "Opvolging Hendriks - aanmelding",
        "body": _(
            """
            Beste secretariaat,

            Mijn voorganger, Gerda Hendriks, was lid van jullie netwerk en heeft zich bij haar afscheid
            afgemeld. Ik heb haar functie als algemeen directeur van Twentevoorde per 1 april overgenomen en
            meld mij nu zelf aan.

            Met vriendelijke groet,
            Thijs Geerdink
            """
        ),
    },
    {
        "id": "d138-034",
        "kind": "subscribe",
        "sender": "drs. A.M. Lochtenberg <am.lochtenberg@ommerkanaal.nl>",
        "quote": "none",
        "subject": "Aanmelding lidmaatschap netwerk",
        "body": _(
            """
            Beste heer Van de Laar, beste mevrouw Huurneman,

            Bij dezen meld ik mij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Sinds
            15 januari ben ik directeur van Werkorganisatie Ommerkanaal.

            Alvast dank!

            drs. Anne-Marie Lochtenberg
            Directeur | Werkorganisatie Ommerkanaal
            werkt voor de gemeenten Ommerveen en Vilsteren-Dalmsholte

            Ommerkanaal werkt hybride. Ik lees mijn mail op maandag, dinsdag en donderdag.
            Denk aan het milieu voordat u deze e-mail afdrukt.
            """
        ),
    },
    {
        "id": "d138-035",
        "kind": "subscribe",
        "sender": "Rachel de Groot <r.degroot@amstelwaard.nl>",
        "quote": "none",
        "subject": "Sign-up network",
        "body": _(
            """
            Please find my details below.

            Name: Rachel de Groot
            Organisation: Amstelwaard (werkorganisatie for Amstelwaard and Ouderkerk-Polder)
            Position: Director Strategy & Operations
            Email: r.degroot@amstelwaard.nl

            I'd like to join the network.

            Rachel
            """
        ),
    },
    {
        "id": "d138-036",
        "kind": "subscribe",
        "sender": "Ruud Tammeling <r.tammeling@berkelstroom.nl>",
        "quote": "none",
        "subject": "Aanmelding als lid van het netwerk",
        "body": _(
            """
            Het onderwerp zegt het al.

            Ruud Tammeling, directeur werkorganisatie Berkelstroom
            """
        ),
    },
    {
        "id": "d138-037",
        "kind": "subscribe",
        "sender": "Mariska Hol <m.hol@veluwerand.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "subject": "Aanmelding (n.a.v. oproep thema's)",
        "body": _(
            """
            Beste Stan en Melanie,

            Onderstaande tekst kreeg ik van Geert Bouwman, collega-directeur in onze regio. Ik ben zelf nog
            geen lid, maar dat wil ik graag worden. Ik ben sinds januari directeur bedrijfsvoering van
            Werkorganisatie Veluwerand.

            Groeten,
            Mariska Hol
            """
        ),
    },
    {
        "id": "d138-038",
        "kind": "subscribe",
        "sender": "Bart Ekkelkamp <b.ekkelkamp@sallandpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemorgen,

            Vorig jaar meldde ik me af omdat ik voor anderhalf jaar bij het ministerie gedetacheerd werd.
            Die detachering zit erop en ik ben terug op mijn oude plek als directeur van Sallandpoort. Graag
            weer aanmelden als lid.

            Bart Ekkelkamp
            """
        ),
    },
    {
        "id": "d138-039",
        "kind": "subscribe",
        "sender": "Secretariaat directie Kreekrug <secretariaat.directie@kreekrug.nl>",
        "quote": "none",
        "subject": "Aanmelding de heer M. Visscher",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer M. (Maarten) Visscher, algemeen directeur van Werkorganisatie Kreekrug, meld ik
            hem aan als lid van het netwerk. Zijn e-mailadres is m.visscher@kreekrug.nl.

            Met vriendelijke groet,
            Jolanda Rijsdijk
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "d138-040",
        "kind": "subscribe",
        "sender": "Annemiek Stoffels <a.stoffels@maaswaardwerkt.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ik ben Annemiek Stoffels, sinds de zomer gemeentesecretaris-directeur van Maaswaard Werkt. Hierbij
            mijn aanmelding voor het netwerk; ik heb er zin in.

            Groet,
            Annemiek

            P.S. Stan, leuk dat jij erbij zit: wij kennen elkaar nog van de bestuurskundeopleiding in
            Enschede.
            """
        ),
    },
    # ----------------------------------------------------------------- other
    {
        "id": "d138-041",
        "kind": "other",
        "sender": "Bram Valkenburg <b.valkenburg@kromme-ijssel.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap",
        "body": _(
            """
            Goedemiddag,

            Is het netwerk alleen bedoeld voor algemeen directeuren, of kan ik als directeur bedrijfsvoering
            van Werkorganisatie Kromme IJssel ook lid worden? Op de website kon ik dat niet goed terugvinden.

            Groet,
            Bram Valkenburg
            """
        ),
    },
    {
        "id": "d138-042",
        "kind": "other",
        "sender": "Yvonne Staal <y.staal@gr-veenkoloniaal.nl>",
        "quote": "none",
        "subject": "kosten lidmaatschap?",
        "body": _(
            """
            Goedemorgen,

            Voordat ik me aanmeld: wat kost het lidmaatschap per jaar, en zijn er kosten verbonden aan de
            ateliers? Onze controller wil dat vooraf weten in verband met de begroting 2027.

            Yvonne Staal
            GR Veenkoloniaal
            """
        ),
    },
    {
        "id": "d138-043",
        "kind": "other",
        "sender": "Lennart Bakx <l.bakx@maasdeltawerkt.nl>",
        "quote": "none",
        "subject": "Hoe vaak?",
        "body": _(
            """
            Hallo,

            Ik overweeg lid te worden, maar mijn agenda zit al propvol. Hoe vaak komt het netwerk bij elkaar,
            en hoe lang duren de bijeenkomsten? Zijn ze altijd in Utrecht?

            Lennart
            """
        ),
    },
    {
        "id": "d138-044",
        "kind": "other",
        "sender": "Saskia Mulder <s.mulder@vierkwartieren.nl>",
        "quote": "none",
        "subject": "Lidmaatschap namens directeur",
        "body": _(
            """
            Beste secretariaat,

            Onze algemeen directeur vindt het netwerk interessant, maar heeft er zelf geen tijd voor. Mag ik
            als adjunct-directeur in zijn plaats lid worden, of is het lidmaatschap echt persoonlijk voor de
            directeur?

            Met vriendelijke groet,
            Saskia Mulder
            Werkorganisatie Vierkwartieren
            """
        ),
    },
    {
        "id": "d138-045",
        "kind": "other",
        "sender": "Dennis Wolters <d.wolters@hollandsveld.nl>",
        "quote": "none",
        "subject": "Lid worden als gewone gemeente?",
        "body": _(
            """
            Goedendag,

            Wij zijn geen ambtelijke fusie, maar een zelfstandige gemeente van zo'n 45.000 inwoners. Met de
            buren werken we wel samen in een GR voor belastingen en ICT. Kan ik als gemeentesecretaris toch lid
            worden van uw netwerk?

            Met vriendelijke groet,
            Dennis Wolters
            gemeentesecretaris Hollandsveld
            """
        ),
    },
    {
        "id": "d138-046",
        "kind": "other",
        "sender": "Mirjam Heerkens <mirjam@heerkensadvies.nl>",
        "quote": "none",
        "subject": "Aansluiten als adviseur",
        "body": _(
            """
            Beste Stan en Melanie,

            Als zelfstandig organisatieadviseur begeleid ik al vijftien jaar ambtelijke fusies, van de
            verkenning tot de eerste evaluatie. Graag zou ik lid worden om mijn ervaring te delen en bij te
            blijven. Staat het netwerk ook open voor adviseurs, of alleen voor directeuren die in dienst zijn
            van een fusieorganisatie?

            Hartelijke groet,
            Mirjam Heerkens
            Heerkens Advies & Begeleiding
            """
        ),
    },
    {
        "id": "d138-047",
        "kind": "other",
        "sender": "Jesse van Leeuwen <jessevanleeuwen.bsk@gmail.com>",
        "quote": "none",
        "subject": "Scriptie ambtelijke fusies - lid worden als student?",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik ben masterstudent Bestuurskunde en schrijf mijn scriptie over sturing in ambtelijke
            fusieorganisaties. Zou ik als student lid kunnen worden van het netwerk, of anders een keer een
            atelier mogen bijwonen als toehoorder?

            Met vriendelijke groet,
            Jesse van Leeuwen
            """
        ),
    },
    {
        "id": "d138-048",
        "kind": "other",
        "sender": "Charlotte Remmers <c.remmers@hofvanzuid.nl>",
        "quote": "none",
        "subject": "Tip van Erik Roelofs",
        "body": _(
            """
            Goedemiddag,

            Erik Roelofs raadde mij uw netwerk aan toen we elkaar vorige week spraken op het congres in Ede.
            Ik ben benieuwd: wat houdt het lidmaatschap precies in? Kunt u mij wat meer informatie sturen?

            Met vriendelijke groet,
            Charlotte Remmers
            Directeur Hof van Zuid
            """
        ),
    },
    {
        "id": "d138-049",
        "kind": "other",
        "sender": "Henk Zwart <h.zwart@lingehof.nl>",
        "quote": "none",
        "subject": "Tip: nieuwe directeur in de regio",
        "body": _(
            """
            Hoi Melanie,

            Even een tip: bij onze buren, werkorganisatie Betuwepoort, is sinds kort Marieke Lansink
            directeur. Volgens mij zou zij een mooie aanwinst zijn voor het netwerk. Haar mailadres heb ik
            niet paraat, maar via hun receptie kom je vast bij haar uit.

            Groet, Henk
            """
        ),
    },
    {
        "id": "d138-050",
        "kind": "other",
        "sender": "Gemma Koster <g.koster@zandhorst.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk griffiers",
        "body": _(
            """
            Beste organisatie,

            Graag meld ik mij aan voor het regionale netwerk van griffiers. Ik ben sinds maart griffier van
            de gemeenteraad van Zandhorst en zoek aansluiting bij collega's in de provincie.

            Met vriendelijke groet,
            Gemma Koster
            """
        ),
    },
    {
        "id": "d138-051",
        "kind": "other",
        "sender": "Victor Meijerink <v.meijerink@dalfsenweerd.nl>",
        "quote": "none",
        "subject": "Inschrijving Congres Bedrijfsvoering Gemeenten 2027",
        "body": _(
            """
            Geachte organisatie,

            Hierbij schrijf ik mij in voor het congres op 14 april in 's-Hertogenbosch, inclusief de
            middagworkshop 'Sturen op data'. De factuur graag ter attentie van de afdeling Financiën,
            kostenplaats 4410.

            Met vriendelijke groet,
            Victor Meijerink
            directeur bedrijfsvoering Dalfsenweerd
            """
        ),
    },
    {
        "id": "d138-052",
        "kind": "other",
        "sender": "Anouk Severijns <a.severijns@mergelzoom.nl>",
        "quote": "none",
        "subject": "Aanmelding onder voorbehoud",
        "body": _(
            """
            Goedemiddag,

            Ik wil me graag aanmelden, mits mijn naam en functie niet op een openbare deelnemerslijst of in
            een verslag op internet komen. Kunt u mij dat eerst bevestigen? Dan mag u dit als mijn aanmelding
            beschouwen.

            Vriendelijke groet,
            Anouk Severijns
            Werkorganisatie Mergelzoom
            """
        ),
    },
    {
        "id": "d138-053",
        "kind": "other",
        "sender": "Rutger Blom <r.blom@eilandenrijk.nl>",
        "quote": "none",
        "subject": "lidmaatschap",
        "body": _(
            """
            Dag secretariaat,

            Wij zitten op een eiland (letterlijk) en een middag Utrecht kost mij al snel een hele dag reizen
            met boot en trein. Als de ateliers ook online te volgen zijn, meld ik me graag aan. Is dat zo?

            Rutger Blom
            directeur Eilandenrijk
            """
        ),
    },
    {
        "id": "d138-054",
        "kind": "other",
        "sender": "Nicole van Dam <n.vandam@kustwerk.nl>",
        "quote": "none",
        "subject": "aanmelding directieteam Kustwerk",
        "body": _(
            """
            Goedemorgen,

            Ons directieteam wil graag in z'n geheel aansluiten. Wilt u de volgende personen aanmelden:
            - Nicole van Dam, algemeen directeur, n.vandam@kustwerk.nl
            - Pieter Slot, directeur bedrijfsvoering, p.slot@kustwerk.nl
            - Fatma Yilmaz, directeur sociaal domein, f.yilmaz@kustwerk.nl

            Dank en groet,
            Nicole
            """
        ),
    },
    {
        "id": "d138-055",
        "kind": "other",
        "sender": "Arnoud Kleingeld <a.kleingeld@bosvoorde.nl>",
        "quote": "none",
        "subject": "Nieuwe collega aanmelden",
        "body": _(
            """
            Beste Stan,

            Per 1 mei start Hanneke Vollenbroek bij ons als directeur bedrijfsvoering. Wil je haar ook
            aanmelden voor het netwerk? Een mailadres heeft ze nog niet, dat krijgt ze pas op haar eerste
            werkdag.

            Groet,
            Arnoud
            """
        ),
    },
    {
        "id": "d138-056",
        "kind": "other",
        "sender": "Maud Verhoeven <m.verhoeven@kempenlandenwerkt.nl>",
        "quote": "none",
        "subject": "Aanmelden + vraag",
        "body": _(
            """
            Beste mensen,

            Graag meld ik mij aan voor het netwerk. Een vraag daarbij: tellen de ateliers mee als
            permanente educatie voor mijn registerinschrijving? Ik moet daar elk jaar uren voor
            verantwoorden.

            Met vriendelijke groet,
            Maud Verhoeven
            """
        ),
    },
    {
        "id": "d138-057",
        "kind": "other",
        "sender": "Lucas Timmerman <l.timmerman@hunzedal.nl>",
        "quote": "none",
        "subject": "Ben ik al lid?",
        "body": _(
            """
            Hallo,

            Eerlijk gezegd weet ik niet meer of ik me vorig jaar nu wel of niet heb aangemeld. Uitnodigingen
            krijg ik in elk geval niet. Kunt u even nakijken of ik op de lijst sta?

            Lucas Timmerman
            """
        ),
    },
    {
        "id": "d138-058",
        "kind": "other",
        "sender": "Bernadette Coenen <b.coenen@gr-mijnstreekoost.nl>",
        "quote": "none",
        "subject": "Lidmaatschap als organisatie",
        "body": _(
            """
            Geacht secretariaat,

            Kunnen wij als gemeenschappelijke regeling lid worden, zodat telkens een ander lid van ons MT de
            ateliers kan bezoeken? Of is het lidmaatschap altijd op naam?

            Met vriendelijke groet,
            Bernadette Coenen
            """
        ),
    },
    {
        "id": "d138-059",
        "kind": "other",
        "sender": "R. Hakkert <r.hakkert@zuiderdiep.nl>",
        "quote": "none",
        "subject": "Ook voor bestuurders?",
        "body": _(
            """
            Geachte heer Van de Laar,

            Als wethouder met bedrijfsvoering in mijn portefeuille ben ik nauw betrokken bij onze
            werkorganisatie. Is uw netwerk ook toegankelijk voor wethouders, of uitsluitend voor ambtelijk
            directeuren?

            Met vriendelijke groet,
            Reinier Hakkert
            wethouder gemeente Zuiderdiep
            """
        ),
    },
    {
        "id": "d138-060",
        "kind": "other",
        "sender": "Ton Rijkers <t.rijkers@sd-waalrand.nl>",
        "quote": "none",
        "subject": "kom ik in aanmerking?",
        "body": _(
            """
            Goedemiddag,

            Ik ben directeur van een GR die voor vier gemeenten de sociale dienst uitvoert. Een volledige
            ambtelijke fusie is het dus niet. Kom ik in aanmerking voor het lidmaatschap? Zo ja, dan meld ik
            me graag aan.

            Ton Rijkers
            """
        ),
    },
    {
        "id": "d138-061",
        "kind": "other",
        "sender": "Sanne Kok | secretariaat directie <s.kok@ijsselvliet.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Mijn directeur, mevrouw Esther Groenewoud, kreeg deze uitnodiging doorgestuurd van een collega.
            Zij is geen lid van het netwerk. Kan zij toch deelnemen op 11 maart, en moet zij dan eerst lid
            worden?

            Met vriendelijke groet,
            Sanne Kok
            Werkorganisatie IJsselvliet
            """
        ),
    },
    {
        "id": "d138-062",
        "kind": "other",
        "sender": "Floor Reinders <f.reinders@dommelhof.nl>",
        "quote": "none",
        "subject": "Wat wordt er van leden verwacht?",
        "body": _(
            """
            Beste secretariaat,

            Voordat ik me aanmeld, wil ik weten wat er van leden verwacht wordt. Moet ik bij elk atelier
            aanwezig zijn, of zelf een onderwerp inbrengen? Ik wil niet lid worden om vervolgens steeds te
            moeten afzeggen.

            Groet,
            Floor Reinders
            """
        ),
    },
    {
        "id": "d138-063",
        "kind": "other",
        "sender": "Gerrit Boerema <g.boerema@middagsterland.nl>",
        "quote": "none",
        "subject": "Binnenkort aanmelding",
        "body": _(
            """
            Geachte heer Van de Laar,

            Dank voor de informatie die u mijn collega gaf. Ik leg het lidmaatschap eerst voor aan ons
            dagelijks bestuur, dat op 20 maart vergadert. Zodra ik groen licht heb, meld ik mij aan.

            Met vriendelijke groet,
            G. Boerema
            """
        ),
    },
    {
        "id": "d138-064",
        "kind": "other",
        "sender": "Laura Smits-Amrani <l.smits@polderhart.nl>",
        "quote": "none",
        "subject": "informatie netwerk",
        "body": _(
            """
            Goedemiddag,

            Zou u mij wat informatie over het netwerk willen sturen? Ik lees graag eerst waar het over gaat
            voordat ik iets besluit.

            Vriendelijke groet,
            Laura Smits-Amrani
            Werkorganisatie Polderhart
            """
        ),
    },
    {
        "id": "d138-065",
        "kind": "other",
        "sender": "Mark IJzerman <m.ijzerman@hoornvaart.nl>",
        "quote": "none",
        "subject": "aanmelden?",
        "body": _(
            """
            Hallo,

            Hoe kan ik me aanmelden voor het netwerk? Is daar een formulier voor of kan het gewoon per mail?
            Ik ben directeur bedrijfsvoering bij Hoornvaart.

            Mark
            """
        ),
    },
    {
        "id": "d138-066",
        "kind": "other",
        "sender": "Rianne Post <rianne.post@noorderzijl.nl>",
        "quote": "none",
        "subject": "Geen bevestiging ontvangen",
        "body": _(
            """
            Beste mensen,

            Vorige week heb ik me via het formulier op de website aangemeld, maar ik heb nog geen
            bevestigingsmail gehad, ook niet in mijn spam. Is er iets misgegaan?

            Groet,
            Rianne Post
            """
        ),
    },
    {
        "id": "d138-067",
        "kind": "other",
        "sender": "Willem Gerritsen <w.gerritsen@rijnwaal-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het warme welkom!

            Mijn collega-directeur bij de buurorganisatie, Wim Brouwer, zou dit ook interessant vinden. Zal
            ik hem vragen zich aan te melden, of benaderen jullie hem liever zelf?

            Willem
            """
        ),
    },
    {
        "id": "d138-068",
        "kind": "other",
        "sender": "Tessa Brouwers <t.brouwers@gemeentenvandaag.nl>",
        "quote": "none",
        "subject": "Vraag voor artikel over ambtelijke fusies",
        "body": _(
            """
            Goedemiddag,

            Voor een achtergrondartikel over ambtelijke fusies ben ik benieuwd hoeveel directeuren bij uw
            netwerk zijn aangesloten. Zou ik als journalist een keer een atelier mogen bijwonen?

            Met vriendelijke groet,
            Tessa Brouwers
            redacteur Gemeenten Vandaag
            """
        ),
    },
    {
        "id": "d138-069",
        "kind": "other",
        "sender": "Joost Kamphuis <j.kamphuis@wierdenland.nl>",
        "quote": "none",
        "subject": "Aanmelding Adviesraad",
        "body": _(
            """
            Beste Stan,

            Ik ben al een paar jaar lid en zou me graag aanmelden voor de Adviesraad die de thema's mee kiest.
            Zijn daar plekken vrij, en hoe gaat de selectie?

            Groet,
            Joost Kamphuis
            """
        ),
    },
    {
        "id": "d138-070",
        "kind": "other",
        "sender": "Hans Doornbos <h.doornbos@zevenmarken.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dank u wel.

            Kan mijn managementassistent, Els Pauwels (e.pauwels@zevenmarken.nl), de uitnodigingen ook
            ontvangen? Zij beheert mijn agenda en zet de ateliers er dan meteen in.

            Hans Doornbos
            """
        ),
    },
    {
        "id": "d138-071",
        "kind": "other",
        "sender": "Pieter Claeys <pieter.claeys@igs-leiewest.be>",
        "quote": "none",
        "subject": "Membership for Belgian directors?",
        "body": _(
            """
            Hello,

            I am general manager of an intermunicipal association in West Flanders; we follow the Dutch
            werkorganisatie model quite closely. Is membership of your network open to directors from
            Belgium, or only to Dutch organisations?

            Kind regards,
            Pieter Claeys
            """
        ),
    },
    {
        "id": "d138-072",
        "kind": "other",
        "sender": "Ingeborg Tillema <i.tillema@noordwoldsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor een heel waardevolle middag.

            Mijn collega Sandra Veenstra, directeur bij onze zusterorganisatie, had graag mee gewild. Kunnen
            jullie haar voor de volgende keer ook uitnodigen? Haar gegevens stuur ik nog na.

            Ingeborg
            """
        ),
    },
    {
        "id": "d138-073",
        "kind": "other",
        "sender": "Marco de Ruiter <m.deruiter@zwanenveld.nl>",
        "quote": "none",
        "subject": "lidmaatschap: ik of mijn adjunct?",
        "body": _(
            """
            Goedemiddag,

            Ik ben algemeen directeur van Zwanenveld, maar zit in veel te veel overleggen. Zou mijn adjunct,
            Linda Everts, in plaats van mij lid kunnen worden? Of hebben jullie liever de algemeen directeur
            zelf aan tafel?

            Marco de Ruiter
            """
        ),
    },
    {
        "id": "d138-074",
        "kind": "other",
        "sender": "Carla Jongeneel <c.jongeneel@rud-groenhart.nl>",
        "quote": "none",
        "subject": "aanmelding RUD-directeur?",
        "body": _(
            """
            Beste secretariaat,

            Als directeur van een regionale uitvoeringsdienst voor acht gemeenten meld ik mij graag aan,
            tenminste als ik binnen jullie doelgroep val. Laat u mij dat even weten?

            Met vriendelijke groet,
            Carla Jongeneel
            """
        ),
    },
    {
        "id": "d138-075",
        "kind": "other",
        "sender": "Olaf Brinkman <olaf.brinkman@outlook.com>",
        "quote": "none",
        "subject": "Lid worden tussen twee opdrachten",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik ben interim-directeur en zit momenteel tussen twee opdrachten in. Mijn laatste klus was twee
            jaar als algemeen directeur bij een werkorganisatie in de Achterhoek. Mag ik ook lid worden
            zonder dat ik op dit moment een functie heb, zodat ik bij blijf?

            Olaf Brinkman
            """
        ),
    },
    # ----------------------------------------------------------------- rsvp / unsubscribe
    {
        "id": "d138-076",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dorien Alberts <d.alberts@brugwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik ben pas sinds vorige maand lid, dus dit wordt mijn eerste atelier. Ik kom graag op 11 maart.
            Tot dan!

            Dorien Alberts
            """
        ),
    },
    {
        "id": "d138-077",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cor Haverkamp <c.haverkamp@kempenoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Net lid geworden en dan meteen al niet kunnen: jammer. Op 11 maart heb ik een raadsvergadering in
            Hoogeloon-Oost. Volgende keer hoop ik er wel bij te zijn.

            Cor Haverkamp
            """
        ),
    },
    {
        "id": "d138-078",
        "kind": "unsubscribe",
        "sender": "Evelien Drost <e.drost@wolderwijd-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Wie heeft dat gedaan? Een collega misschien?

            E. Drost
            """
        ),
    },
    {
        "id": "d138-079",
        "kind": "unsubscribe",
        "sender": "Niels Hofman <n.hofman@achterveld-samen.nl>",
        "quote": "none",
        "subject": "Aanmelding intrekken",
        "body": _(
            """
            Beste secretariaat,

            Vorige week meldde ik mij aan, maar inmiddels heb ik ontslag genomen: per 1 mei begin ik bij de
            provincie. Trekt u mijn aanmelding dus maar in.

            Niels Hofman
            """
        ),
    },
    {
        "id": "d138-080",
        "kind": "unsubscribe",
        "sender": "Joke Wiersma <j.wiersma@waddenpoort.nl>",
        "quote": "none",
        "subject": "Afmelden i.v.m. pensioen",
        "body": _(
            """
            Beste Stan en Melanie,

            Vanaf vandaag neem ik mijn resterende verlof op tot aan mijn pensioen. Meld mij dus nu af voor
            het netwerk. Mijn opvolger, Rogier Dekkers, meldt zich zelf aan zodra hij hier begint.

            Dank voor de mooie jaren!
            Joke Wiersma
            """
        ),
    },
]
# fmt: on
