"""devset74: mail whose structure is the hard part.

Covers answers written inline between our quoted lines (with "> ", without any marker, in capitals, after initials
such as [JdV], and answers "in rood/blauw" whose colour was lost in the plain-text part), replies on top of long
forwarded chains in which an assistant or colleague forwarded our mail first, bottom-posting (the writer's own text
below the quote), mobile replies with an unmarked quote, signatures whose job titles hold words like "aanmelden",
"afmelden", "strategie" or "organisatie", long disclaimers and automatic footers of mail systems.

Conventions relied on (from the dataset brief):
- For an answer written inline between our quoted lines, and for a bottom-posted answer, the body holds the quoted
  lines itself (however that client marks them) and the case has no `quoted`.
- `thread` is the purpose of the mail replied to as the service finds it from In-Reply-To; a forward (also a
  director forwarding an assistant's forward to us) has no thread.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A director who cannot come but sends a
  substitute: `rsvp` False. A named successor taking over the seat (with their address): `unsubscribe`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- A request to sign up one named colleague with that colleague's address: `subscribe`; several people without
  addresses: `other`. An AVG erasure request anywhere: `unsubscribe` with `erase` True; a request to see one's data:
  `other`. A yes or a leave on a condition the secretariat must answer first: `other`.
- Words in a signature, a disclaimer or a footer ("Afmelden voor onze nieuwsbrief", "Directeur Strategie &
  Organisatie", "verzoeken wij u het bericht te verwijderen") are not what the writer asks.

The bodies that weave answers into our text build that text from `tests/classify/quoted_mails.json` (the same
snapshot of our mails the builder quotes), with the greeting set to the writer's name.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

_OURS: dict[str, dict[str, str]] = json.loads(
    (pathlib.Path(__file__).resolve().parents[1] / "quoted_mails.json").read_text(encoding="utf-8")
)
_NET = "Netwerk van directeuren van ambtelijke fusieorganisaties"
_ADDR = "info@ambtelijkefusie.nl"


def _subject(purpose: str) -> str:
    return _OURS[purpose]["subject"]


def _text(purpose: str, name: str | None = None) -> str:
    text = _OURS[purpose]["text"].strip("\n")
    return text.replace("Marieke de Vries-Ölçer", name) if name else text


def _woven(purpose: str, answers: dict[str, str] | None = None, mark: str = "> ", name: str | None = None) -> str:
    """Our mail with `mark` before each line and the writer's answers after the lines that hold the anchors."""
    answers = answers or {}
    used: set[str] = set()
    out: list[str] = []
    for line in _text(purpose, name).splitlines():
        out.append((mark + line).rstrip() if line else mark.rstrip())
        for anchor, answer in answers.items():
            if anchor in line and anchor not in used:
                used.add(anchor)
                out.append(answer)
    missing = set(answers) - used
    if missing:
        raise ValueError(f"anchors not found in {purpose}: {missing}")
    return "\n".join(out)


def _outlook_head(purpose: str, to: str, sent: str = "dinsdag 2 maart 2027 09:00") -> str:
    return f"Van: {_NET} <{_ADDR}>\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {_subject(purpose)}\n"


def _gmail_head() -> str:
    return f"Op di 2 mrt 2027 om 09:00 schreef {_NET} <{_ADDR}>:"


def _thunderbird_head() -> str:
    return f"Op 02-03-2027 om 09:00 schreef {_NET}:"


_DISCLAIMER_LANG = (
    "Disclaimer\n"
    "Dit bericht (inclusief eventuele bijlagen) is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke\n"
    "informatie bevatten. Bent u niet de geadresseerde of heeft u dit bericht abusievelijk ontvangen, dan wordt u\n"
    "verzocht de afzender direct te informeren en het bericht en eventuele kopieën te verwijderen. Het is niet\n"
    "toegestaan dit bericht of de inhoud ervan te openbaren, te vermenigvuldigen, te verspreiden of anderszins te\n"
    "gebruiken. De werkorganisatie aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van\n"
    "elektronische communicatie of uit onvolledige of te late ontvangst van dit bericht. Op deze e-mail en op alle\n"
    "rechtsbetrekkingen met de werkorganisatie is Nederlands recht van toepassing.\n"
    "Hoe wij met uw persoonsgegevens omgaan, leest u in onze privacyverklaring op www.werkorganisatie-ksh.nl/privacy.\n"
    "Wilt u uw gegevens inzien, laten aanpassen of laten verwijderen? Neem dan contact op met onze functionaris\n"
    "gegevensbescherming via privacy@werkorganisatie-ksh.nl."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ confirm
    {
        "id": "d74-confirm-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Ruud Hendriks <r.hendriks@dewaarden.nl>",
        "body": """\
Bevestigd.

Met vriendelijke groet,

Ruud Hendriks
Adjunct-directeur | portefeuille Aanmelden & Toegang Sociaal Domein
Werkorganisatie De Waarden
06 41 22 87 90
""",
    },
    {
        "id": "d74-confirm-02", "kind": "confirm", "thread": "confirmation",
        "subject": "RE: " + _subject("bevestiging_aanmelding"),
        "sender": "Henk Zwart <h.zwart@bsd-werkorganisatie.nl>",
        "body": """\
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te
> typen.

Bij deze!

> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw
> adres dan niet langer dan nodig.

Jawel hoor, dat heeft mijn secretariaat namens mij gedaan. Klopt helemaal.

Henk
""",
    },
    {
        "id": "d74-confirm-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "ongemarkeerd",
        "sender": "Gerda Lammers <gerdalammers@gmail.com>",
        "body": """\
Ja graag, was hem vergeten

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d74-confirm-04", "kind": "confirm", "thread": "confirmation",
        "subject": "Re: " + _subject("herinnering_aanmelding"),
        "sender": "Petra Oosterhuis <p.oosterhuis@werkorganisatie-bbn.nl>",
        "body": _thunderbird_head() + "\n" + _woven("herinnering_aanmelding", name="Petra Oosterhuis") + """

Ja, ik wil lid worden. Excuses voor de late reactie.

Petra Oosterhuis
""",
    },
    {
        "id": "d74-confirm-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Maarten Brouwer <m.brouwer@werkorganisatie-ksh.nl>",
        "body": """\
Met vriendelijke groet,

drs. Maarten Brouwer
Directeur Strategie & Organisatie
Werkorganisatie Kaag, Schoor en Hoeve
T 088 - 512 40 00

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-confirm-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Arjen Kuipers <A.Kuipers@grvijfheuvelen.nl>",
        "body": """\
Hierbij bevestig ik mijn aanmelding.

A. (Arjen) Kuipers
algemeen directeur
GR Werkorganisatie Vijf Heuvelen

*****************************************************************
Dit bericht is gecontroleerd op virussen en ongewenste inhoud door
de mailgateway van GR Werkorganisatie Vijf Heuvelen.
*****************************************************************
""",
    },
    {
        "id": "d74-confirm-07", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("bevestiging_aanmelding"),
        "sender": "Yasmina El Idrissi <y.elidrissi@werkorganisatie-hmr.nl>",
        "body": """\
Goedemiddag,

Mijn managementassistent stuurde mij deze mail door. Hierbij bevestig ik dat ik lid wil worden.

Hartelijke groet,
Yasmina El Idrissi
Directeur Werkorganisatie HMR
""",
    },
    {
        "id": "d74-confirm-08", "kind": "confirm", "thread": "confirmation",
        "subject": "RE: " + _subject("bevestiging_aanmelding"),
        "sender": "Jos van Elderen <jos.vanelderen@de-kempengroep.nl>",
        "body": """\
Zie antwoord in hoofdletters.

> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te
> typen. Zo weten we zeker dat dit e-mailadres van u is en dat u onze berichten
> wilt ontvangen.

JA, HIERBIJ BEVESTIGD. DIT IS MIJN ADRES.

> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december
> 2026.

J. van Elderen
""",
    },
    {
        "id": "d74-confirm-09", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes",
        "sender": "Willemijn Dekkers <w.dekkers@werkorganisatie-lbm.nl>",
        "body": """\
Akkoord, graag aanmelden.

Met vriendelijke groet / Kind regards,

Willemijn Dekkers
Hoofd Organisatie & Strategie
Werkorganisatie LBM
""",
    },
    {
        "id": "d74-confirm-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Frank Veenstra <f.veenstra@noardeast-fryslan-wurk.nl>",
        "body": """\
Prima, bevestigd.

Frank Veenstra

--
Werkorganisatie Noardeast: samen voor drie gemeenten.
Blijf op de hoogte met onze digitale nieuwsbrief. Aanmelden of afmelden voor de nieuwsbrief kan via
www.noardeast-fryslan-wurk.nl/nieuwsbrief.
Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "d74-confirm-11", "kind": "confirm", "thread": "confirmation",
        "subject": "RE: " + _subject("bevestiging_aanmelding"),
        "sender": "Kees Rademaker <k.rademaker@werkorganisatie-bnw.nl>",
        "body": """\
Beste Stan,

Mijn antwoord staat in het blauw in je mail hieronder.

Groet,
Kees

""" + _outlook_head("bevestiging_aanmelding", "Kees Rademaker <k.rademaker@werkorganisatie-bnw.nl>") + "\n"
        + _woven("bevestiging_aanmelding", {"Wilt u uw aanmelding bevestigen?": "Ja hoor, graag."}, mark="",
                 name="Kees Rademaker"),
    },
    {
        "id": "d74-confirm-12", "kind": "confirm", "thread": "confirmation",
        "subject": "Antw: " + _subject("herinnering_aanmelding"),
        "sender": "Pieter de Graaf <p.degraaf@werkorganisatie-aoh.nl>",
        "body": """\
Antwoorden hieronder met [PdG].

> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw
> referentie is AF-7K3Q9-XM2PA-4RTZ8, geldig tot en met 13 december 2026. Het
> lidmaatschap is kosteloos.

[PdG] Ja, dat wil ik. Sorry dat het even duurde.

> Dit is de enige herinnering.

Pieter de Graaf
Directeur Werkorganisatie AOH
""",
    },
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d74-subscribe-01", "kind": "subscribe", "thread": None,
        "quoted": "welkom", "quote": "outlook-nl",
        "subject": "FW: FW: " + _subject("welkom"),
        "sender": "Bart Verhoeven <b.verhoeven@werkorganisatie-cgm.nl>",
        "body": """\
Goedemorgen,

Mijn collega Jolanda Verbeek wees mij op uw netwerk (zie hieronder). Graag meld ik mij ook aan. Ik ben sinds
januari algemeen directeur van Werkorganisatie CGM.

Met vriendelijke groet,

Bart Verhoeven

Van: Jolanda Verbeek <j.verbeek@duoplus-werk.nl>
Verzonden: maandag 8 maart 2027 17:42
Aan: Bart Verhoeven <b.verhoeven@werkorganisatie-cgm.nl>
Onderwerp: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties

Hoi Bart,

Zoals beloofd bij de kennismaking: dit netwerk is echt de moeite waard, zeker in je eerste jaar. Aanmelden kan
gewoon door een mailtje naar info@ambtelijkefusie.nl.

Groet,
Jolanda
""",
    },
    {
        "id": "d74-subscribe-02", "kind": "subscribe", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("uitnodiging_atelier"),
        "sender": "Rob Janssen <r.janssen@werkorganisatie-duoplus.nl>",
        "body": """\
Beste secretariaat,

Onze nieuwe adjunct-directeur, Sanne Kok (s.kok@werkorganisatie-duoplus.nl), wil ook graag lid worden van het
netwerk. Wilt u haar aanmelden?

Met vriendelijke groet,
Rob Janssen
Algemeen directeur Werkorganisatie Duoplus
""",
    },
    {
        "id": "d74-subscribe-03", "kind": "subscribe", "thread": None,
        "subject": "Fwd: " + _subject("oproep_themas"),
        "sender": "Ellen Postma <ellenpostma@gmail.com>",
        "body": """\
---------- Forwarded message ---------
Van: Jeroen Smeets <j.smeets@werkorganisatie-msl.nl>
Date: ma 1 mrt 2027 om 16:12
Subject: FW: Welke thema's wilt u bespreken?
To: Ellen Postma <ellenpostma@gmail.com>

Ha Ellen, dit is het netwerk waar ik het over had. Meld je aan, dan zie ik je in maart!

""" + _woven("oproep_themas", mark="> ", name="Jeroen Smeets") + """

Beste secretariaat,

Zie hierboven: ik ben nog geen lid, maar wil dat graag worden. Ik ben per 1 februari directeur van
Werkorganisatie Oost-Achterhoek (mijn werkadres volgt nog). Kunt u mij aanmelden op dit adres?

Ellen Postma
""",
    },
    {
        "id": "d74-subscribe-04", "kind": "subscribe", "thread": None,
        "subject": "Aanmelding netwerk",
        "sender": "Hanneke Bos <h.bos@gemeenten-zwb.nl>",
        "body": """\
Geacht secretariaat,

Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

Hanneke Bos
Directeur Ambtelijke Organisatie Zuid-West-Brabant

_____________________________________________________________
Volg ons ook op LinkedIn. Wilt u zich aanmelden of afmelden voor de digitale nieuwsbrief van de gemeenten?
Ga naar www.gemeenten-zwb.nl/nieuwsbrief.

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is,
wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te verwijderen. De gemeenten
aanvaarden geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's verbonden
aan het elektronisch verzenden van berichten.
""",
    },
    {
        "id": "d74-subscribe-05", "kind": "subscribe", "thread": "goodbye",
        "subject": "RE: " + _subject("afmelding_bevestigd"),
        "sender": "Marco Visser <m.visser@werkorganisatie-hvw.nl>",
        "body": """\
> Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het Netwerk van
> directeuren van ambtelijke fusieorganisaties en ontvangt geen uitnodigingen en
> berichten meer van ons.
>
> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze
> e-mail met 'lid blijven'; u krijgt dan een bericht om uw lidmaatschap met één
> antwoord te bevestigen.

Lid blijven! Een collega heeft per ongeluk mijn adres afgemeld in plaats van het zijne.

Marco Visser
""",
    },
    {
        "id": "d74-subscribe-06", "kind": "subscribe", "thread": None,
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "subject": "Fwd: " + _subject("oproep_themas"),
        "sender": "Ilona Hofman <i.hofman@werkorganisatie-grl.nl>",
        "body": """\
Collega Van Dam stuurde me dit door. Ik wil me graag aanmelden voor het netwerk.

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d74-subscribe-07", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "sender": "Theo Schouten <t.schouten@werkorganisatie-ddt.nl>",
        "subject": "RE: " + _subject("afmelding_bevestigd") + " - aanmelden",
        "body": """\
Beste Melanie en Stan,

Vorig jaar heb ik mij afgemeld omdat ik een functie buiten de gemeentelijke wereld aannam. Inmiddels ben ik terug:
per 1 maart ben ik directeur van Werkorganisatie DDT. Ik meld mij daarom graag weer aan, op dit nieuwe adres.

Hartelijke groet,

Theo Schouten
Directeur | Werkorganisatie DDT
""",
    },
    {
        "id": "d74-subscribe-08", "kind": "subscribe", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: FW: " + _subject("uitnodiging_atelier"),
        "sender": "Astrid Mulder <a.mulder@werkorganisatie-bvo.nl>",
        "body": """\
Goedemiddag,

Ik ben (nog) geen lid van het netwerk maar wil dat graag worden. Zou u mij willen aanmelden?

Met vriendelijke groet,

Astrid Mulder
Directeur Strategie, Organisatie en Bedrijfsvoering
Werkorganisatie BVO

Van: Astrid Mulder
Verzonden: dinsdag 2 maart 2027 10:40
Aan: Secretariaat Directie <secretariaat@gemeente.nl>
Onderwerp: RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

Dank Anja. Ik ken dit netwerk niet; mijn voorganger was lid, ik nog niet. Ik regel het zelf.

Astrid
""",
    },
    {
        "id": "d74-subscribe-09", "kind": "subscribe", "thread": None,
        "subject": "Aanmelden",
        "sender": "Ellen de Wit <ellen.dewit@werkorganisatie-sds.nl>",
        "body": """\
Op 1 mrt. 2027 om 16:12 heeft Jeroen Smeets <j.smeets@werkorganisatie-msl.nl> het volgende geschreven:

> Ha Ellen,
>
> Ken je het Netwerk van directeuren van ambtelijke fusieorganisaties? Twee keer per
> jaar een atelier, erg nuttig. Aanmelden kan door te mailen naar info@ambtelijkefusie.nl.
>
> Groet, Jeroen

Beste secretariaat,

Via Jeroen Smeets (zie boven) hoorde ik van het netwerk. Graag meld ik mij aan als lid.

Ellen de Wit
algemeen directeur Werkorganisatie SDS
""",
    },
    {
        "id": "d74-subscribe-10", "kind": "subscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Lotte van Rijn <l.vanrijn@werkorganisatie-ndw.nl>",
        "body": """\
Dank voor het welkom!

Mijn collega-directeur Bas Wouters (b.wouters@werkorganisatie-ndw.nl) wil ook lid worden. Kunt u hem aanmelden?

Groet, Lotte

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d74-unsubscribe-01", "kind": "unsubscribe", "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Wim Kramer <w.kramer@werkorganisatie-aww.nl>",
        "body": """\
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar
> info@ambtelijkefusie.nl.

Afmelden graag. Ik ga per 1 april met pensioen.

Wim Kramer
""",
    },
    {
        "id": "d74-unsubscribe-02", "kind": "unsubscribe", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("uitnodiging_atelier"),
        "sender": "Joke Hermans <j.hermans@werkorganisatie-ldg.nl>",
        "body": """\
Beste secretariaat,

Graag mij uitschrijven uit het netwerk. Ik vertrek binnenkort bij de werkorganisatie en kom dus ook niet meer
naar de ateliers.

Groet,
Joke Hermans
""",
    },
    {
        "id": "d74-unsubscribe-03", "kind": "unsubscribe", "thread": "call_for_themes",
        "subject": "Re: " + _subject("oproep_themas"),
        "sender": "Gert Jan Roos <gj.roos@werkorganisatie-vbn.nl>",
        "body": _gmail_head() + "\n\n" + _woven("oproep_themas", name="Gert Jan Roos") + """

Beste Stan en Melanie,

Een onderwerp heb ik niet meer: per 1 februari vertrek ik. Mijn opvolger, Yvonne Brink
(y.brink@werkorganisatie-vbn.nl), neemt mijn plaats in het netwerk over.

Gert Jan
""",
    },
    {
        "id": "d74-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Anton Wijnberg <a.wijnberg@werkorganisatie-tbh.nl>",
        "body": """\
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

GEEN ONDERWERPEN.

> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar
> info@ambtelijkefusie.nl.

AFMELDEN EN AL MIJN GEGEVENS VERWIJDEREN (AVG).

A. Wijnberg
""",
    },
    {
        "id": "d74-unsubscribe-05", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Saskia Vermeulen <s.vermeulen@werkorganisatie-bmw.nl>",
        "body": """\
Ik heb me niet aangemeld.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d74-unsubscribe-06", "kind": "unsubscribe", "thread": "confirmation",
        "subject": "RE: " + _subject("bevestiging_aanmelding"),
        "sender": "Dennis Huisman <d.huisman@werkorganisatie-wsw.nl>",
        "body": """\
> Via secretariaat.directie@werkorganisatie-bbr.nl hebben wij een aanmelding
> ontvangen voor het Netwerk van directeuren van ambtelijke fusieorganisaties op
> dit e-mailadres.

Dat is niet door mij gedaan en ik wil ook geen lid worden.

D. Huisman
""",
    },
    {
        "id": "d74-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Irene Koster <i.koster@werkorganisatie-ksh.nl>",
        "body": """\
Geacht secretariaat,

Ik verzoek u mij af te melden en al mijn persoonsgegevens uit uw bestanden te verwijderen (artikel 17 AVG).
Graag ontvang ik een bevestiging.

Met vriendelijke groet,

Irene Koster
Directeur Publiekszaken
Werkorganisatie Kaag, Schoor en Hoeve

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-unsubscribe-08", "kind": "unsubscribe", "thread": "reminder",
        "subject": "RE: " + _subject("herinnering_atelier"),
        "sender": "Ronald Smit <r.smit@werkorganisatie-gho.nl>",
        "body": """\
Beste Melanie,

Zie mijn reactie in rood in je mail.

Ronald

""" + _outlook_head("herinnering_atelier", "Ronald Smit <r.smit@werkorganisatie-gho.nl>") + "\n"
        + _woven("herinnering_atelier",
                 {"iemand op de wachtlijst.": "Klopt, ik kan niet. Meld mij ook maar helemaal af voor het netwerk,"
                                              " ik stop per 1 april bij GHO."},
                 mark="", name="Ronald Smit"),
    },
    {
        "id": "d74-unsubscribe-09", "kind": "unsubscribe", "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: FW: " + _subject("oproep_themas"),
        "sender": "Hans Timmer <h.timmer@werkorganisatie-sbl.nl>",
        "body": """\
Goedemiddag,

Deze mail kwam via mijn secretariaat bij mij terecht. Per 1 maart ben ik vertrokken bij SBL; mijn opvolger
Thijs Mulder (t.mulder@werkorganisatie-sbl.nl) neemt mijn plaats in het netwerk in. Wilt u de uitnodigingen
voortaan aan hem sturen?

Van: Hans Timmer
Verzonden: dinsdag 2 maart 2027 10:31
Aan: Secretariaat Directie <secretariaat@gemeente.nl>
Onderwerp: RE: FW: Welke thema's wilt u bespreken?

Anja, dit is voor Thijs. Ik stuur het zelf door naar het secretariaat van het netwerk.

Hans
""",
    },
    {
        "id": "d74-unsubscribe-10", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "groupwise",
        "sender": "Carla Bosman <C.Bosman@werkorganisatie-vrh.nl>",
        "body": """\
Dank voor het verslag. Dit was mijn laatste atelier: ik ga met pensioen. Gelieve mij af te melden.

Carla Bosman
""",
    },
    {
        "id": "d74-unsubscribe-11", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Evert Jan Wolters <EvertJan.Wolters@werkorganisatie-rhz.nl>",
        "body": """\
Nee helaas, en schrijf mij maar uit: de werkorganisatie wordt per 1 juli ontbonden.

Evert Jan Wolters

----------------------------------------------------------------
Dit bericht is verzonden via het beveiligde e-mailsysteem van Werkorganisatie RHZ.
Aan dit bericht kunnen geen rechten worden ontleend.
----------------------------------------------------------------
""",
    },
    {
        "id": "d74-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "subject": "Re: " + _subject("welkom"),
        "sender": "Mirjam Dijkstra <m.dijkstra@werkorganisatie-fbs.nl>",
        "body": _gmail_head() + "\n\n" + _woven("welkom", name="Mirjam Dijkstra") + """

Beste secretariaat,

Ik vertrek helaas alweer bij FBS. Mijn opvolger is Ruben Hoekstra (r.hoekstra@werkorganisatie-fbs.nl); hij
neemt mijn lidmaatschap graag over. Mijn eigen gegevens wil ik daarna volledig verwijderd hebben.

Mirjam
""",
    },
    {
        "id": "d74-unsubscribe-13", "kind": "unsubscribe", "thread": "welcome",
        "subject": "RE: " + _subject("welkom"),
        "sender": "Joost Bakker <j.bakker@werkorganisatie-ahn.nl>",
        "body": """\
> Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van
> directeuren van ambtelijke fusieorganisaties. Het lidmaatschap is kosteloos.

[JB] Toch graag afmelden: ik ben sinds deze week geen directeur meer.

> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar
> info@ambtelijkefusie.nl.

Joost Bakker
""",
    },
    {
        "id": "d74-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "ongemarkeerd",
        "sender": "Annemieke Prins <annemieke.prins@outlook.com>",
        "body": """\
Dank. Wilt u ook al mijn gegevens wissen? Ik wil niet meer in uw bestand staan.

Verzonden vanuit Outlook voor Android
""",
    },
    {
        "id": "d74-unsubscribe-15", "kind": "unsubscribe", "thread": "invitation",
        "subject": "Re: " + _subject("wijziging_atelier"),
        "sender": "Sander Meijer <s.meijer@werkorganisatie-obz.nl>",
        "body": _gmail_head() + "\n\n" + _woven("wijziging_atelier", name="Sander Meijer") + """

Met deze nieuwe datum lukt het mij niet. Eerlijk gezegd wil ik ook uit het netwerk: graag afmelden.

Sander Meijer
Programmamanager Organisatieontwikkeling en Strategie
Werkorganisatie OBZ
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d74-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Harm Wiersma <h.wiersma@werkorganisatie-dfh.nl>",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u
> iemand mee, vermeld dan met hoeveel personen u komt.

Ja, ik kom, met z'n tweeën (ik en mijn concerncontroller).

> Graag uw antwoord vóór 2 maart 2027.

Bij dezen dan nog net op tijd.

Harm
""",
    },
    {
        "id": "d74-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Margriet Sloot <m.sloot@werkorganisatie-hlt.nl>",
        "body": """\
Antwoord in hoofdletters in de tekst.

""" + _outlook_head("uitnodiging_atelier", "Margriet Sloot <m.sloot@werkorganisatie-hlt.nl>") + "\n"
        + _woven("uitnodiging_atelier", {"personen u komt.": "IK KOM. ALLEEN, ZONDER GAST."}, mark="",
                 name="Margriet Sloot"),
    },
    {
        "id": "d74-rsvp-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Jan de Vos <j.devos@werkorganisatie-lww.nl>",
        "body": """\
Zie [JdV] in de tekst.

> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
> Thema:   Samenwerking
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

[JdV] Nee, helaas. Die middag zit ik in de raadscommissie.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Jan de Vos
""",
    },
    {
        "id": "d74-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Paulien Groen <p.groen@werkorganisatie-mdw.nl>",
        "body": """\
Hoi Stan,

Mijn antwoorden staan in het blauw hieronder.

Groeten, Paulien

""" + _outlook_head("uitnodiging_atelier", "Paulien Groen <p.groen@werkorganisatie-mdw.nl>") + "\n"
        + _woven("uitnodiging_atelier",
                 {"personen u komt.": "Helaas niet, ik ben dan op vakantie. In mijn plaats gaat Ilse Post "
                                      "(i.post@werkorganisatie-mdw.nl), onze manager Bedrijfsvoering."},
                 mark="", name="Paulien Groen"),
    },
    {
        "id": "d74-rsvp-05", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("uitnodiging_atelier"),
        "sender": "Karin Beekman <k.beekman@werkorganisatie-zvh.nl>",
        "body": """\
Beste secretariaat,

Ik kom graag naar het atelier op 11 maart.

Met vriendelijke groet,

Karin Beekman
Directeur Strategie, Organisatie & Bedrijfsvoering
Werkorganisatie Zederik-Vianen-Hagestein
""",
    },
    {
        "id": "d74-rsvp-06", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: RE: FW: " + _subject("uitnodiging_atelier"),
        "sender": "Ellen Jacobs <e.jacobs@werkorganisatie-nbg.nl>",
        "body": """\
Beste Stan,

Ik ben er op 11 maart bij.

Groet, Ellen

Van: Secretariaat Directie <secretariaat@gemeente.nl>
Verzonden: dinsdag 2 maart 2027 11:02
Aan: Ellen Jacobs <e.jacobs@werkorganisatie-nbg.nl>
Onderwerp: RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

Staat in je agenda. Stuur jij zelf het antwoord naar het netwerk?

Anja

Van: Ellen Jacobs <e.jacobs@werkorganisatie-nbg.nl>
Verzonden: dinsdag 2 maart 2027 10:48
Aan: Secretariaat Directie <secretariaat@gemeente.nl>
Onderwerp: RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

Dank, zet hem maar in mijn agenda. Het antwoord stuur ik zelf.

Ellen
""",
    },
    {
        "id": "d74-rsvp-07", "kind": "rsvp", "attending": False, "thread": "reminder",
        "subject": "Re: " + _subject("herinnering_atelier"),
        "sender": "Tom Vink <tomvink@werkorganisatie-abg.nl>",
        "body": _gmail_head() + "\n\n" + _woven("herinnering_atelier", name="Tom Vink") + """

Helaas, ik kan toch niet. Er is die middag een extra raadsvergadering over de begroting.

Tom
""",
    },
    {
        "id": "d74-rsvp-08", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "sender": "Liesbeth Kok <liesbeth.kok@werkorganisatie-sgw.nl>",
        "body": """\
Ben ziek, gaat dus niet lukken. Geef mijn plek maar weg.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d74-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Rik Hoogland <r.hoogland@werkorganisatie-bgw.nl>",
        "body": """\
Ja ik kom

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d74-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Naima Bouzid <n.bouzid@werkorganisatie-rvs.nl>",
        "body": """\
Komt goed, ik ben erbij.

Naima Bouzid
Directeur Publiek | KCC, Burgerzaken, Aanmelden & Toegang
Werkorganisatie RVS
""",
    },
    {
        "id": "d74-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Michiel Boer <m.boer@werkorganisatie-ksh.nl>",
        "body": """\
Beste Stan,

Helaas kan ik op 11 maart niet aanwezig zijn.

Met vriendelijke groet,

Michiel Boer
Directeur Werkorganisatie Kaag, Schoor en Hoeve

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + _subject("wijziging_atelier"),
        "sender": "Wendy Stam <w.stam@werkorganisatie-olv.nl>",
        "body": """\
> Er is iets veranderd aan het Leer- en inspireer-atelier "Sturen op samenwerking
> & eigenheid":
> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag
> 11 maart 2027, 14.00 tot 17.30 uur)

Die nieuwe datum past mij ook. Ik blijf erbij.

> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)

Wendy Stam
""",
    },
    {
        "id": "d74-rsvp-13", "kind": "rsvp", "attending": False, "thread": "invitation",
        "subject": "Re: " + _subject("bevestiging_rsvp"),
        "sender": "Bram Verschoor <b.verschoor@werkorganisatie-tgl.nl>",
        "body": "Op 2 mrt. 2027 om 09:00 heeft " + _NET + " <" + _ADDR + "> het volgende geschreven:\n\n"
        + _woven("bevestiging_rsvp", name="Bram Verschoor") + """

Ik kan toch niet; haal me maar van de wachtlijst.

Bram
""",
    },
    {
        "id": "d74-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_vervanger"),
        "sender": "Femke Willems <f.willems@werkorganisatie-smt.nl>",
        "body": """\
> Dirk Smit kan zelf niet naar het Leer- en inspireer-atelier "Sturen op
> samenwerking & eigenheid" komen en heeft u opgegeven om in zijn of haar plaats
> deel te nemen, met 1 gast.

Dank u wel, ik kom graag. Wel zonder gast.

> Kunt u toch niet? Beantwoord deze e-mail dan; wij nemen het op met Dirk Smit.

Niet nodig, ik kan.

Femke Willems
""",
    },
    {
        "id": "d74-rsvp-15", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "groupwise",
        "sender": "Erik Dam <E.Dam@werkorganisatie-smt.nl>",
        "body": """\
Ik kan die dag helaas niet. Dirk is op de hoogte.

Erik Dam
""",
    },
    {
        "id": "d74-rsvp-16", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Nicole Hendriksen <n.hendriksen@werkorganisatie-pwn.nl>",
        "body": """\
> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en
> inspireer-atelier: een interactieve sessie waarin u met collega-directeuren in
> gesprek gaat, inzichten deelt en inspiratie opdoet.

Staat in mijn agenda, ik ben erbij!

> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie
> wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda,
> bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven,
> belangen en ambities, positie in de regio;

Een onderwerp heb ik niet, ik laat me graag verrassen.

Nicole
""",
    },
    {
        "id": "d74-rsvp-17", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Gijs van Leeuwen <Gijs.van.Leeuwen@werkorganisatie-hbw.nl>",
        "body": """\
Ik kom, maar schuif waarschijnlijk een kwartier later aan: mijn MT-overleg loopt die dag tot 14.00 uur.

Gijs van Leeuwen
""",
    },
    {
        "id": "d74-rsvp-18", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Rianne Geurts <r.geurts@werkorganisatie-ebl.nl>",
        "body": """\
Ik kom, en neem mijn adjunct mee (dus 2 personen).

Rianne Geurts

Denk aan het milieu voordat u deze e-mail print.
Deze e-mail is verzonden via Zivver. Zivver beveiligt e-mail met gevoelige informatie.
""",
    },
    {
        "id": "d74-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Lodewijk Brands <L.Brands@werkorganisatie-wbo.nl>",
        "body": """\
Helaas moet ik afzeggen voor 11 maart. Ik blijf graag lid en hoor graag over het volgende atelier.

Met vriendelijke groet,

Lodewijk Brands
Algemeen directeur | Strategie en Organisatie
Werkorganisatie WBO
""",
    },
    {
        "id": "d74-rsvp-20", "kind": "rsvp", "attending": False, "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Stefan Drost <s.drost@werkorganisatie-ggm.nl>",
        "body": """\
> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur

Dan zit ik in Brussel, dus nee.

> Online:  https://teams.microsoft.com/l/meetup-join/abc

Online aansluiten lukt daar ook niet, sorry.

Stefan
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d74-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Diederik Vos <d.vos@werkorganisatie-brz.nl>",
        "body": """\
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie,
> digitalisering, werkprocessen, financiën, I&A;

Hier wil ik graag iets over: hoe richt je de informatievoorziening in als drie gemeenten elk een eigen
applicatielandschap hebben en je naar één I&A-omgeving moet?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en
> instellingen, monitoring van prestaties.

Diederik Vos
""",
    },
    {
        "id": "d74-suggestion-02", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Gea Veldman <g.veldman@werkorganisatie-olt.nl>",
        "body": """\
Zie mijn reactie in hoofdletters in de mail.

""" + _outlook_head("oproep_themas", "Gea Veldman <g.veldman@werkorganisatie-olt.nl>") + "\n"
        + _woven("oproep_themas",
                 {"monitoring van prestaties.": "ONDERWERP: HOE KOM JE ALS DIRECTIE TOT EEN LANGETERMIJNVISIE "
                                                "2035 VOOR DE WERKORGANISATIE, EN HOE HOUD JE DIE OVEREIND NA DE "
                                                "VERKIEZINGEN?"},
                 mark="", name="Gea Veldman"),
    },
    {
        "id": "d74-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "subject": "RE: " + _subject("vervolg_atelier"),
        "sender": "Roel van Beek <r.vanbeek@werkorganisatie-hhl.nl>",
        "body": """\
Mooi verslag. Mijn antwoord staat hieronder met [RvB].

> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk
> vraagstuk wilt u de volgende keer bespreken?

[RvB] Hoe meten we de tevredenheid van inwoners en ondernemers over onze dienstverlening, en wat doen we met
die cijfers?

> Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor
> het volgende atelier.

Roel
""",
    },
    {
        "id": "d74-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Ingrid Molenaar <i.molenaar@werkorganisatie-dbn.nl>",
        "body": """\
Hallo Melanie,

Ik heb mijn onderwerp in oranje in je mail gezet.

Ingrid

""" + _outlook_head("oproep_themas", "Ingrid Molenaar <i.molenaar@werkorganisatie-dbn.nl>") + "\n"
        + _woven("oproep_themas",
                 {"- Samenwerking:": "Ja! Graag over de positie van onze werkorganisatie in de regio, nu ook twee "
                                     "buurgemeenten willen aanhaken."},
                 mark="", name="Ingrid Molenaar"),
    },
    {
        "id": "d74-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("oproep_themas"),
        "sender": "Mark Hoekman <m.hoekman@werkorganisatie-zgb.nl>",
        "body": """\
Beste secretariaat,

Mijn onderwerp voor het atelier: hoe houd je goed personeel vast in een krappe arbeidsmarkt? Denk aan
strategische personeelsplanning, opleiden en de formatie die telkens achterloopt.

Met vriendelijke groet,

Mark Hoekman
Directeur Werkorganisatie ZGB
""",
    },
    {
        "id": "d74-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "subject": "Re: " + _subject("oproep_themas"),
        "sender": "Yvette Claassen <y.claassen@werkorganisatie-rdh.nl>",
        "body": _thunderbird_head() + "\n" + _woven("oproep_themas", name="Yvette Claassen") + """

Onderwerp voor 11 maart: de bestuurlijke prioriteiten na de verkiezingen. Hoe vertaal je een nieuw
coalitieakkoord naar een inhoudelijke agenda voor de lange termijn?

Yvette Claassen
""",
    },
    {
        "id": "d74-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Onno Peters <o.peters@werkorganisatie-lsm.nl>",
        "body": """\
Voorstel: ervaringen met een digitale assistent (chatbot) op de website voor vragen van inwoners.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d74-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Leonie Verbruggen <l.verbruggen@werkorganisatie-ksh.nl>",
        "body": """\
Beste Stan,

Ik kom zeker. Mijn thema: de verhouding tussen de werkorganisatie en de afzonderlijke gemeenten. Elke gemeente wil
maatwerk; hoe houd je de gezamenlijke opgaven dan overeind?

Met vriendelijke groet,

Leonie Verbruggen
Directeur Organisatie
Werkorganisatie Kaag, Schoor en Hoeve

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-suggestion-09", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "sender": "Hugo Kamphuis <H.Kamphuis@werkorganisatie-twd.nl>",
        "body": """\
Volgende keer graag: hoe zetten we data in om tegelijk onze interne werkprocessen te verbeteren en de prestaties
van onze dienstverlening aan inwoners te monitoren?

Hugo Kamphuis
""",
    },
    {
        "id": "d74-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "subject": "RE: " + _subject("bedankt_suggestie"),
        "sender": "Corine Wouters <c.wouters@werkorganisatie-wlm.nl>",
        "body": """\
> Wilt u nog iets toevoegen? Beantwoord deze e-mail gewoon.

Ja: de financiering van de werkorganisatie. Hoe ga je om met een taakstelling op de overhead zonder dat de
bedrijfsvoering omvalt?

Corine
""",
    },
    {
        "id": "d74-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "subject": "RE: " + _subject("welkom"),
        "sender": "Frits Hazenberg <f.hazenberg@werkorganisatie-mkb.nl>",
        "body": """\
> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken?
> Beantwoord deze e-mail gerust.

Jazeker: een van onze drie gemeenten wil uit de gemeenschappelijke regeling stappen. Hoe gaan andere
werkorganisaties met zo'n uittreding om, en wat betekent dat voor de relatie met de andere twee gemeenten?

Frits Hazenberg
""",
    },
    {
        "id": "d74-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Anouk Terpstra <Anouk.Terpstra@werkorganisatie-nfw.nl>",
        "body": """\
Mijn onderwerp: één klantcontactcentrum voor alle kernen. Wat verwachten inwoners en ondernemers van de
bereikbaarheid en hoe meet je of het werkt?

Anouk Terpstra
Directeur, portefeuille Strategie & Organisatieontwikkeling
Werkorganisatie NFW
""",
    },
    {
        "id": "d74-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: RE: FW: " + _subject("oproep_themas"),
        "sender": "Jeroen Kuiper <j.kuiper@werkorganisatie-avb.nl>",
        "body": """\
Beste secretariaat,

Zie hieronder het idee van mijn teamleider Vergunningen. Dat wil ik graag als onderwerp inbrengen.

Jeroen Kuiper
Directeur Werkorganisatie AVB

Van: Mariska Lenders <m.lenders@werkorganisatie-avb.nl>
Verzonden: dinsdag 2 maart 2027 14:20
Aan: Jeroen Kuiper <j.kuiper@werkorganisatie-avb.nl>
Onderwerp: RE: FW: Welke thema's wilt u bespreken?

Hoi Jeroen,

Misschien iets voor jouw netwerk: robotisering (RPA) van de vergunningverlening. Wij automatiseren nu de
ontvangstbevestigingen en de volledigheidstoets; ik ben benieuwd hoe andere werkorganisaties hun
werkprocessen digitaliseren.

Mariska
""",
    },
    {
        "id": "d74-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "subject": "Re: " + _subject("vervolg_atelier"),
        "sender": "Bas Hulshof <bas.hulshof@werkorganisatie-hwb.nl>",
        "body": _gmail_head() + "\n\n" + _woven("vervolg_atelier", name="Bas Hulshof") + """

Voor de volgende keer:
- hybride werken en wat dat betekent voor huisvesting en teamsturing
- het sturingsconcept na een reorganisatie: van afdelingen naar teams

Bas
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d74-autoreply-01", "kind": "autoreply", "thread": "invitation",
        "subject": "Automatisch antwoord: " + _subject("uitnodiging_atelier"),
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Ria Evers <r.evers@werkorganisatie-mhd.nl>",
        "body": """\
Ik ben afwezig tot en met maandag 15 maart en lees mijn mail niet.

Voor het aanmelden van nieuwe inwoners en verhuizingen kunt u terecht bij het KCC via 14 0345.
Voor dringende zaken: mijn managementassistent, Tineke Lubbers (t.lubbers@werkorganisatie-mhd.nl).

Met vriendelijke groet,
Ria Evers
Directeur Publiekszaken
""",
    },
    {
        "id": "d74-autoreply-02", "kind": "autoreply", "thread": "call_for_themes",
        "subject": "Afwezigheidsmelding",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Vincent Aalders <v.aalders@werkorganisatie-ksh.nl>",
        "body": """\
Dank voor uw bericht. Ik ben van 1 tot en met 19 maart met verlof. Uw e-mail wordt niet doorgestuurd.

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-autoreply-03", "kind": "autoreply", "thread": "reminder",
        "subject": "Automatic reply: " + _subject("herinnering_atelier"),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Olaf Kroon <o.kroon@werkorganisatie-hcw.nl>",
        "body": """\
Ik ben tot 8 maart niet op kantoor. Voor zaken rond strategie en organisatie kunt u terecht bij
Danielle Fris (d.fris@werkorganisatie-hcw.nl).

I am out of the office until 8 March. For urgent matters please contact d.fris@werkorganisatie-hcw.nl.
""",
    },
    {
        "id": "d74-autoreply-04", "kind": "autoreply", "thread": "call_for_themes",
        "subject": "Ontvangstbevestiging: " + _subject("oproep_themas") + " [Z-2027-00123]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "sender": "Postbus Werkorganisatie LMO <postbus@werkorganisatie-lmo.nl>",
        "body": """\
Geachte heer/mevrouw,

Wij hebben uw e-mail goed ontvangen en geregistreerd onder zaaknummer Z-2027-00123. U ontvangt binnen vijf
werkdagen een reactie. Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Werkorganisatie LMO
Postbus 100, 7000 AA Lochem

Wilt u zich afmelden voor berichten van ons digitaal loket? Ga naar Mijn LMO > Instellingen.
""",
    },
    {
        "id": "d74-autoreply-05", "kind": "autoreply", "thread": "invitation",
        "subject": "Out of Office: " + _subject("uitnodiging_atelier"),
        "sender": "Marloes Eijkman <m.eijkman@werkorganisatie-hlk.nl>",
        "body": """\
Goedendag,

Ik ben met verlof en vanaf maandag 22 maart weer aanwezig. Uw mail wordt niet automatisch doorgestuurd. Voor
aanmeldingen en afmeldingen van het Sociaal Team belt u 0800 - 123 45 67.

Marloes Eijkman
Directeur Sociaal Domein | Aanmelden & Toegang
""",
    },
    {
        "id": "d74-autoreply-06", "kind": "autoreply", "thread": "welcome",
        "subject": "Automatisch antwoord: " + _subject("welkom"),
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Directie <directie@werkorganisatie-bes.nl>",
        "body": """\
Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht aan de directie voortaan naar
directiesecretariaat@werkorganisatie-bes.nl.

Dit is een automatisch bericht.
""",
    },
    {
        "id": "d74-autoreply-07", "kind": "autoreply", "thread": "invitation",
        "subject": "Automatisch antwoord: " + _subject("uitnodiging_atelier"),
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "sender": "Gerard Wessels <g.wessels@werkorganisatie-dkw.nl>",
        "body": """\
Tot en met 12 maart ben ik afwezig. Ik neem na mijn terugkomst contact met u op.

Gerard Wessels
Directeur Bedrijfsvoering & Organisatie

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-autoreply-08", "kind": "autoreply", "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + _subject("vervolg_atelier"),
        "sender": "Jolien Wagenaar <Jolien.Wagenaar@werkorganisatie-ewh.nl>",
        "body": """\
Ik ben afwezig vanaf 08-03-2027 en ik ben terug op 15-03-2027.

Ik zal uw bericht beantwoorden wanneer ik terug ben.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d74-other-01", "kind": "other", "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Arnoud Bergsma <a.bergsma@werkorganisatie-fsl.nl>",
        "body": """\
> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie
> wilt u graag met collega's bespreken?

Geen vraagstuk, wel een wens: kunnen de ateliers voortaan op vrijdagochtend, en met een online variant voor
wie uit het noorden moet komen? Een middag in Utrecht kost mij een hele dag.

Arnoud Bergsma
""",
    },
    {
        "id": "d74-other-02", "kind": "other", "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Judith Scholten <j.scholten@werkorganisatie-mvg.nl>",
        "body": """\
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

Ik kom als er bij het Stadskantoor parkeergelegenheid voor een rolstoelbus is. Kunt u dat eerst laten weten?

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Judith Scholten
""",
    },
    {
        "id": "d74-other-03", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Albert Mol <albertmol@ziggo.nl>",
        "body": """\
Ik heb me nergens aangemeld. Hoe komt u aan mijn adres?

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d74-other-04", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Barbara Smeenk <b.smeenk@werkorganisatie-ksh.nl>",
        "body": """\
Geacht secretariaat,

Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd, en van wie u die hebt
gekregen.

Met vriendelijke groet,

Barbara Smeenk
Directeur Strategie & Organisatie

""" + _DISCLAIMER_LANG,
    },
    {
        "id": "d74-other-05", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("uitnodiging_atelier"),
        "sender": "Tineke Lubbers <t.lubbers@werkorganisatie-mhd.nl>",
        "body": """\
Goedemiddag,

Deze uitnodiging kwam binnen voor mevrouw R. Evers. Mevrouw Evers is per 1 februari niet meer werkzaam bij
onze werkorganisatie. Ik heb de mail doorgestuurd zoals ik hem van het directiesecretariaat kreeg.

Met vriendelijke groet,
Tineke Lubbers
Managementassistent directie
""",
    },
    {
        "id": "d74-other-06", "kind": "other", "thread": "invitation",
        "subject": "RE: " + _subject("uitnodiging_atelier"),
        "sender": "Niels Verhagen <n.verhagen@werkorganisatie-bsv.nl>",
        "body": """\
> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Vraag vooraf: mag een gast ook iemand zijn die geen directeur is, bijvoorbeeld onze concerncontroller? Of is het
atelier alleen voor leden?

> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de
> wachtlijst.

Niels Verhagen
""",
    },
    {
        "id": "d74-other-07", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Bert Lindeman <b.lindeman@werkorganisatie-ggn.nl>",
        "body": """\
Beste secretariaat,

Per 1 april wijzigt mijn e-mailadres in bert.lindeman@ggn-samen.nl. Wilt u dat aanpassen?

Met vriendelijke groet,

Bert Lindeman
Directeur Organisatie & Strategie
Werkorganisatie GGN
""",
    },
    {
        "id": "d74-other-08", "kind": "other", "thread": "call_for_themes",
        "subject": "Re: " + _subject("vervolg_atelier"),
        "sender": "Karlijn Jonker <k.jonker@werkorganisatie-ohn.nl>",
        "body": _thunderbird_head() + "\n" + _woven("vervolg_atelier", name="Karlijn Jonker") + """

Dank voor het mooie verslag, en voor de goede organisatie. Het was een inspirerende middag.

Karlijn
""",
    },
    {
        "id": "d74-other-09", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Erwin Peeters <e.peeters@werkorganisatie-bdp.nl>",
        "body": """\
Dank voor het welkom. Ik wil graag ook mijn drie MT-leden aanmelden, zodat we als directieteam kunnen
aansluiten. Kan dat?

Erwin
""",
    },
    {
        "id": "d74-other-10", "kind": "other", "thread": "call_for_themes",
        "subject": "RE: " + _subject("oproep_themas"),
        "sender": "Mieke Hollander <m.hollander@werkorganisatie-vsz.nl>",
        "body": """\
> De Adviesraad weegt alle suggesties en adviseert over het programma; daarna
> ontvangt u de uitnodiging.

Ik zou graag zitting nemen in die Adviesraad. Hoe kan ik mij daarvoor kandidaat stellen?

Mieke Hollander
""",
    },
    {
        "id": "d74-other-11", "kind": "other", "thread": None,
        "subject": "Slimmer samenwerken in uw werkorganisatie? Gratis demo",
        "sender": "Sjoerd Balk <sjoerd.balk@fusiesoftware.nl>",
        "body": """\
Beste directeur,

Werkorganisaties die drie of vier gemeenten bedienen, lopen allemaal tegen hetzelfde aan: versnipperde systemen.
Met FusieDesk brengt u zaakgericht werken, planning en rapportage samen in één platform. Graag laat ik het u in
een vrijblijvende demo van 30 minuten zien.

Met vriendelijke groet,
Sjoerd Balk
Accountmanager Overheid | FusieSoftware B.V.

Wilt u geen berichten meer van ons ontvangen? Klik hier om u af te melden.
FusieSoftware B.V. | KvK 12345678 | Stationsplein 4, Amersfoort
""",
    },
    {
        "id": "d74-other-12", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Henriette Kolk <henriette.kolk@gemeente-veldhoven-zuid.nl>",
        "body": """\
Beste secretariaat,

Deze oproep werd mij doorgestuurd door een collega. Ik ben gemeentesecretaris van een gemeente die (nog) niet
gefuseerd is, maar wel veel taken deelt met de buren. Mag ik ook lid worden van het netwerk?

Henriette Kolk

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d74-other-13", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Rutger Zijlstra <rutger.zijlstra@gmail.com>",
        "body": """\
Goedemiddag,

Uw mails komen bij mij in de spam terecht en de agenda-bijlage doet het niet in Gmail. Kunt u de gegevens ook
gewoon als tekst sturen, en nagaan waarom uw mails als spam worden gezien?

Rutger Zijlstra
""",
    },
    {
        "id": "d74-other-14", "kind": "other", "thread": "call_for_themes",
        "subject": "RE: " + _subject("vervolg_atelier"),
        "sender": "Oscar Brink <o.brink@werkorganisatie-hgl.nl>",
        "body": """\
Zie hieronder in hoofdletters.

> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1

IK HOOR DAT HET NETWERK VOORTAAN ALLEEN NOG ONLINE BIJEENKOMT. KLOPT DAT? ZO JA, DAN WIL IK ME AFMELDEN;
ZO NEE, DAN BLIJF IK GRAAG LID.

Oscar Brink
""",
    },
    {
        "id": "d74-other-15", "kind": "other", "thread": None,
        "quoted": "welkom", "quote": "doorgestuurd",
        "subject": "FW: " + _subject("welkom"),
        "sender": "Lisanne Vos <l.vos@werkorganisatie-ezh.nl>",
        "body": """\
Beste secretariaat,

Een collega stuurde mij zijn welkomstmail door. Ik wil mij graag aanmelden, maar vooraf een vraag: mag mijn
adjunct-directeur dan ook mee naar de ateliers, of moet zij zich apart aanmelden?

Met vriendelijke groet,
Lisanne Vos
""",
    },
    {
        "id": "d74-other-16", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "ongemarkeerd",
        "sender": "Dirk-Jan Meulenbelt <dj.meulenbelt@werkorganisatie-rbl.nl>",
        "body": """\
Waar gaat dit over? Ik ken dit netwerk niet en weet niet wie mij heeft opgegeven.

Verstuurd vanaf mijn iPhone
""",
    },
]
