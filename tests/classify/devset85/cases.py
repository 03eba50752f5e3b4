"""Answers typed INSIDE our quoted mail (devset85): the writer answers between our own lines, not above them.

Each reply answers at the spot in our text where the question stands: after "Komt u?", after "Wilt u uw aanmelding
bevestigen?" / "Wilt u lid worden?", after the call's question and its four theme bullets, after the follow-up's
question, after the footer's "Afmelden?". Markers vary: "-->", "<<", "==>", "[naam: ...]", "Antwoord: ...", answers
in capitals, after "> " / ">" / "| " quoted lines, and in Outlook's unmarked quote, where only the place tells it.
Look-alikes: a reply that points to answers "in rood" (colour is lost in plain text, nothing is visible: `other`),
a reply that quotes our mail and types nothing inside it (a confirmation when it answers our confirmation mail,
which asks for nothing to be typed; `other` elsewhere), an inline remark that asks the secretariat a question, and an
inline answer that contradicts the writer's own text above it (the latest or most specific answer when that is
clear, else `other`).

Conventions relied on (the secretariat's view):
- For an answer written inline between our quoted lines, the body holds those quoted lines itself (with "> " or
  however that client marks them) and the case has no `quoted`; `thread` names the mail it answers.
- Our quoted text is the snapshot in ``quoted_mails.json``, addressed to the writer (the salutation carries the
  writer's name; the confirmation mails carry the writer's address), often trimmed as people trim it.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); themes are those of what the writer proposes (two only when two topics or one topic
  clearly spans both). A proposal about the form of the ateliers (day, venue, online) is `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A director who cannot come but sends a
  substitute: `rsvp` False. A named successor taking over the seat (with their address): `unsubscribe` (hand-over).
- An AVG erasure request anywhere: `unsubscribe` with `erase` True.
- A mail that changes an earlier answer carries the latest answer. A yes on a condition the secretariat must answer
  first, or an answer plus a real question to the secretariat: `other`.
- An answer about the atelier for someone else in reply to our invitation (an assistant): `rsvp`.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterable
from typing import Any

_MAILS: dict[str, dict[str, str]] = json.loads(
    (pathlib.Path(__file__).resolve().parents[1] / "quoted_mails.json").read_text(encoding="utf-8")
)
ONS = "Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>"
ONS_KORT = "Netwerk directeuren <info@ambtelijkefusie.nl>"


def subj(mail: str, prefix: str = "RE: ") -> str:
    return prefix + _MAILS[mail]["subject"]


def _find(lines: list[str], anchor: str) -> int:
    for i, line in enumerate(lines):
        if anchor in line:
            return i
    raise ValueError(f"anchor not found: {anchor!r}")


def ours(
    mail: str,
    naam: str,
    answers: Iterable[tuple[str, str]] = (),
    mark: str = "> ",
    start: str | None = None,
    stop: str | None = None,
    swap: dict[str, str] | None = None,
) -> str:
    """Our mail as the writer's client quotes it, with the writer's answers typed right after each anchor text."""
    text = _MAILS[mail]["text"].replace("Marieke de Vries-Ölçer", naam)
    for old, new in (swap or {}).items():
        text = text.replace(old, new)
    lines = text.rstrip("\n").split("\n")
    if start is not None:
        lines = lines[_find(lines, start) :]
    if stop is not None:
        lines = lines[: _find(lines, stop)]
    while lines and not lines[-1].strip():
        lines.pop()
    items: list[tuple[bool, str]] = [(False, line) for line in lines]
    for anchor, answer in answers:
        for k, (own, line) in enumerate(items):
            if not own and anchor in line:
                cut = line.index(anchor) + len(anchor)
                head, tail = line[:cut].rstrip(), line[cut:].lstrip()
                items[k : k + 1] = [(False, head), (True, answer)] + ([(False, tail)] if tail else [])
                break
        else:
            raise ValueError(f"anchor not found: {anchor!r}")
    return "\n".join(line if own else (mark + line if line else mark.rstrip()) for own, line in items)


def ol(mail: str, when: str, aan: str, lijn: bool = False) -> str:
    """Outlook's Dutch header above an unmarked quote."""
    top = "________________________________\n" if lijn else ""
    return f"{top}Van: {ONS}\nVerzonden: {when}\nAan: {aan}\nOnderwerp: {_MAILS[mail]['subject']}\n\n"


def ol_en(mail: str, when: str, to: str) -> str:
    return f"-----Original Message-----\nFrom: {ONS}\nSent: {when}\nTo: {to}\nSubject: {_MAILS[mail]['subject']}\n\n"


def gm(when: str) -> str:
    return (
        f"Op {when} schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\ninfo@ambtelijkefusie.nl>:\n\n"
    )


def ap(when: str) -> str:
    return f"Op {when} heeft {ONS} het volgende geschreven:\n\n"


def tb(when: str) -> str:
    return f"Op {when} schreef {ONS_KORT}:\n"


KOMT = "Komt u?"
MEE = "personen u komt."
PLAATS = "Kunt u zelf niet, maar komt een collega in uw plaats?"
NOEM = "Noem dan zijn of haar naam en e-mailadres."
WAAR = "Vredenburg 3, Utrecht"
GROET = "Met vriendelijke groet"
AFMELDEN = "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
BEVESTIGEN = "Wilt u uw aanmelding bevestigen?"
LID = "Wilt u lid worden?"
NIET_AANGEMELD = "Hebt u zich niet aangemeld?"
STRATEGIE = "bestuurlijke prioriteiten;"
SAMENWERKING = "positie in de regio;"
ORGANISATIE = "financiën, I&A;"
DIENSTVERLENING = "monitoring van prestaties."
VOLGENDE = "bespreken?"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- rsvp: yes
    {
        "id": "d85-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Pieter Jansen <p.jansen@werkorganisatie-dekempen.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "Stan, mijn antwoord staat tussen de regels.\n\nGr. Pieter\n\n"
                + gm("ma 8 feb 2027 om 10:12")
                + ours("uitnodiging_atelier", "Pieter Jansen", [(KOMT, "--> ja, ik kom")], stop=GROET),
    },
    {
        "id": "d85-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Annemiek Brouwer <a.brouwer@ferm-werk.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": ol("uitnodiging_atelier", "maandag 8 februari 2027 11:40", "Brouwer, Annemiek")
                + ours("uitnodiging_atelier", "Annemiek Brouwer", [(KOMT, "JA")], mark=""),
    },
    {
        "id": "d85-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Jan Hoekstra <jan.hoekstra@sudwestfryslan-werkt.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "Zie onder.\n\nJan\n\n" + ap("9 feb. 2027 om 08:55")
                + ours("uitnodiging_atelier", "Jan Hoekstra", [(KOMT, "[Jan: kom ik]")], stop="In Outlook"),
    },
    {
        "id": "d85-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ingrid Mulder <i.mulder@gr-hollandsmidden.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Beste Melanie,\n\nIn de tekst hieronder mijn reactie.\n\nHartelijke groet,\nIngrid Mulder\n"
                "Algemeen directeur\n\n"
                + ol("uitnodiging_atelier", "dinsdag 9 februari 2027 14:03", "Mulder, Ingrid")
                + ours("uitnodiging_atelier", "Ingrid Mulder",
                       [(KOMT, "\nJa.\n"),
                        (MEE, "\nIk neem mijn adjunct-directeur mee, dus we zijn met z'n tweeën.\n")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-08", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Rob Vermeulen <r.vermeulen@werkorganisatie-cgm.nl>",
        "subject": subj("herinnering_atelier", "Antw: "),
        "body": gm("ma 8 mrt 2027 om 07:30")
                + ours("herinnering_atelier", "Rob Vermeulen",
                       [("Fijn dat u erbij bent, met 1 gast!",
                         "\nKlopt helemaal. Mijn gast is Tom Bakker, onze concerncontroller. Tot donderdag!\n")],
                       stop="Kunt u onverhoopt")
                + "\n\n--\nRob Vermeulen | directeur werkorganisatie CGM",
    },
    {
        "id": "d85-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Femke de Wit <f.dewit@bar-organisatie.nl>",
        "subject": subj("uitnodiging_vervanger"),
        "body": ol("uitnodiging_vervanger", "donderdag 25 februari 2027 16:20", "Wit, Femke de")
                + ours("uitnodiging_vervanger", "Femke de Wit",
                       [("U bent van harte welkom.", "  <<< dank u, ik neem de plek van Dirk graag over en ik ben er")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Marco Visser <m.visser@werkorganisatie-hlt.nl>",
        "subject": subj("wijziging_atelier", "Re: "),
        "body": tb("24-02-2027 09:15")
                + ours("wijziging_atelier", "Marco Visser",
                       [("(was: Stadskantoor)",
                         "\nNoted. Nieuwe datum en plek staan in mijn agenda, ik kom nog steeds graag.\n")],
                       stop="Wanneer:")
                + "\n\nMarco",
    },
    {
        "id": "d85-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Sanne Kuipers <s.kuipers@dienstverleningsorganisatie-noord.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Ik ben erbij, zij het op afstand.\n\nSanne\n\n" + gm("di 9 feb 2027 om 21:47")
                + ours("uitnodiging_atelier", "Sanne Kuipers",
                       [("meetup-join/abc", "<-- via deze link schuif ik digitaal aan")], start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-rsvp-16", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Bert Smeets <bert.smeets@werkorganisatie-bel.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Ja.\n\nB. Smeets\n\n" + ap("10 feb. 2027 om 12:01")
                + ours("uitnodiging_atelier", "Bert Smeets", [(MEE, "Nee, ik kom alleen.")], start=KOMT, stop=GROET)
                + "\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d85-rsvp-19", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Yvonne Claassen <y.claassen@gemeente-molenlanden.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Beste Stan,\n\nVorige week liet ik weten dat ik niet kon, maar het overleg met de provincie "
                "is verschoven. "
                "Mijn antwoord is dus veranderd, zie hieronder.\n\nYvonne\n\n"
                + ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Claassen, Yvonne", lijn=True)
                + ours("uitnodiging_atelier", "Yvonne Claassen", [(KOMT, "JA, ALSNOG")], mark="", stop="Er zijn 30"),
    },
    {
        "id": "d85-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Hans Dekker <hans.dekker@shared-service-ijsselland.nl>",
        "subject": subj("uitnodiging_atelier", "RE: "),
        "body": "Hello Melanie, see my note below.\nHans\n\n"
                + ol_en("uitnodiging_atelier", "Monday, February 8, 2027 10:02 AM",
                        "hans.dekker@shared-service-ijsselland.nl")
                + ours("uitnodiging_atelier", "Hans Dekker",
                       [("dat telt als aanmelding.", "\n>> Heb ik net gedaan, maar voor de zekerheid: ja, ik kom.\n")],
                       mark="", start=KOMT, stop=GROET),
    },
    {
        "id": "d85-rsvp-22", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-druten-wijchen.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Goedemiddag,\n\nIk heb namens de heer Vos gereageerd in uw bericht.\n\nMet vriendelijke groet,\n"
                "Karin Lammers\nmanagementassistent directie\n\n"
                + ol("uitnodiging_atelier", "dinsdag 9 februari 2027 13:10", "Vos, Edwin")
                + ours("uitnodiging_atelier", "Edwin Vos",
                       [(KOMT, "[namens dhr. Vos: hij komt, staat in zijn agenda]")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-24", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Lotte van Dam <lottevandam@gmail.com>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": gm("wo 10 feb 2027 om 18:22")
                + ours("uitnodiging_atelier", "Lotte van Dam", [(KOMT, "\nJazeker 👍\n")], start="Graag nodigen",
                       stop=GROET),
    },
    {
        "id": "d85-rsvp-26", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Gerard Timmermans <Gerard.Timmermans@werkorganisatie-peelland.nl>",
        "subject": subj("uitnodiging_atelier", "Antwoord: "),
        "body": "Gerard Timmermans\nDirecteur\n\n" + ONS_KORT + "\n08-02-2027 09:00\n\nAan\n"
                "Gerard.Timmermans@werkorganisatie-peelland.nl\ncc\n\nOnderwerp\n"
                + _MAILS["uitnodiging_atelier"]["subject"]
                + "\n\n"
                + ours("uitnodiging_atelier", "Gerard Timmermans", [(KOMT, "*** ja, ik kom ***")], mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-28", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Esther Bos <e.bos@servicecentrum-mer.nl>",
        "subject": subj("herinnering_atelier"),
        "body": ol("herinnering_atelier", "maandag 8 maart 2027 08:00", "Bos, Esther")
                + ours("herinnering_atelier", "Esther Bos",
                       [("met koffie en thee.", "\nIK BEN ER OM KWART VOOR TWEE, TOT DONDERDAG\n")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-30", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Wim Koster <w.koster@a2-samenwerking.nl>",
        "subject": subj("uitnodiging_atelier", "RE: "),
        "body": 'Wim Koster\nGemeentesecretaris/algemeen directeur\n\n'
                '>>> "Netwerk directeuren" <info@ambtelijkefusie.nl> '
                "8-2-2027 9:00 >>>\n"
                + ours("uitnodiging_atelier", "Wim Koster",
                       [(KOMT, "\n==> Ja, ik kom graag, met één gast (mijn concernmanager).\n")],
                       mark="", stop=GROET),
    },
    # ---------------------------------------------------------------- rsvp: no
    {
        "id": "d85-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Karel Willems <k.willems@werkorganisatie-wmd.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": tb("08-02-2027 10:41")
                + ours("uitnodiging_atelier", "Karel Willems", [(KOMT, "\nAntwoord: nee\n")], stop="In Outlook")
                + "\n\nK. Willems",
    },
    {
        "id": "d85-rsvp-06", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Monique Peters <m.peters@de-bevelanden-werkt.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Goedemorgen,\n\nZie mijn reactie in de tekst.\n\nMonique Peters\n\n"
                + ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Peters, Monique")
                + ours("uitnodiging_atelier", "Monique Peters",
                       [(NOEM, "Klopt, ik kan zelf niet. In mijn plaats komt Ellen Verbeek, "
                               "e.verbeek@de-bevelanden-werkt.nl, hoofd bedrijfsvoering.")],
                       mark="", start="Wanneer:", stop="In Outlook"),
    },
    {
        "id": "d85-rsvp-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Theo Janssen <theo.janssen@werkorganisatie-bmw.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": ap("8 feb. 2027 om 19:05")
                + ours("uitnodiging_atelier", "Theo Janssen",
                       [("14.00 tot 17.30 uur", "   << dan zit ik op werkbezoek in Vlaanderen, dus helaas niet")],
                       start="Wanneer:", stop=KOMT)
                + "\n\nTheo",
    },
    {
        "id": "d85-rsvp-09", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Nicole van Leeuwen <n.vanleeuwen@werkorganisatie-duivenwestervoort.nl>",
        "subject": subj("herinnering_atelier"),
        "body": ol("herinnering_atelier", "maandag 8 maart 2027 08:00", "Leeuwen, Nicole van")
                + ours("herinnering_atelier", "Nicole van Leeuwen",
                       [('met "helaas, ik kan niet";',
                         "\nHELAAS, IK KAN NIET. De begrotingsbehandeling is naar donderdag verschoven.\n")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-10", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Dennis Hermans <d.hermans@werkorganisatie-heuvelland.nl>",
        "subject": subj("bevestiging_rsvp", "Re: "),
        "body": gm("vr 12 feb 2027 om 15:33")
                + ours("bevestiging_rsvp", "Dennis Hermans",
                       [('of "ik kan toch niet".', "\nik kan toch niet - haal me maar van de wachtlijst\n")],
                       stop=GROET),
    },
    {
        "id": "d85-rsvp-12", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Joyce Verhoeven <joyce.verhoeven@werkorganisatie-spaarnelanden.nl>",
        "subject": subj("uitnodiging_vervanger"),
        "body": "Dag Melanie,\n\nReactie hieronder.\n\nJoyce\n\n"
                + ol("uitnodiging_vervanger", "vrijdag 26 februari 2027 10:00", "Verhoeven, Joyce")
                + ours("uitnodiging_vervanger", "Joyce Verhoeven",
                       [("Kunt u toch niet?",
                         "\nNee, die middag kan ik ook niet, ik heb een MT-heidag. Dirk weet het al.\n")],
                       mark="", start="De agenda-afspraak", stop=GROET),
    },
    {
        "id": "d85-rsvp-13", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Paul Schouten <p.schouten@werkorganisatie-ohz.nl>",
        "subject": subj("wijziging_atelier", "RE: "),
        "body": ol("wijziging_atelier", "woensdag 24 februari 2027 11:00", "Schouten, Paul")
                + ours("wijziging_atelier", "Paul Schouten",
                       [("(was: donderdag 11 maart 2027, 14.00 tot 17.30 uur)",
                         "18 MAART LUKT MIJ NIET; dan moet ik me helaas afmelden voor het atelier.")],
                       mark="", start="Er is iets veranderd", stop="- plaats:"),
    },
    {
        "id": "d85-rsvp-17", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Linda Smit <l.smit@werkorganisatie-kh.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "Nee, helaas.\n\nLinda\n\n" + gm("ma 8 feb 2027 om 12:48")
                + ours("uitnodiging_atelier", "Linda Smit",
                       [(PLAATS, "\nja: Henk de Groot (h.degroot@werkorganisatie-kh.nl) gaat in mijn plaats\n")],
                       start=KOMT, stop="In Outlook"),
    },
    {
        "id": "d85-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Martijn Prins <martijn.prins@bghu.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Hoi,\n\nZie onder (ik had deze mail al klaarstaan, lees ook het PS).\n\nMartijn\n\n"
                + ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Prins, Martijn")
                + ours("uitnodiging_atelier", "Martijn Prins",
                       [(KOMT, "ja"),
                        ("Graag uw antwoord vóór 2 maart 2027.",
                         "\nPS 1 maart: toch niet. De raad heeft op 11 maart een extra vergadering ingelast, "
                         "dus mijn antwoord wordt nee. Sorry!\n")],
                       mark="", start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Erik Maas <erik.maas@werkorganisatie-dal.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": tb("09-02-2027 07:58")
                + ours("uitnodiging_atelier", "Erik Maas",
                       [(KOMT, "Nee. Zelfde dag als de ALV van de VNG, daar moet ik bij zijn.")],
                       mark=">", start="Wanneer:", stop="Er zijn 30"),
    },
    {
        "id": "d85-rsvp-23", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-sgw.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Kok, Anouk")
                + ours("uitnodiging_atelier", "Anouk Kok",
                       [(KOMT, "Antwoord namens mevrouw Kok: zij is op 11 maart helaas niet aanwezig.")],
                       mark="", stop=GROET)
                + "\n\nMet vriendelijke groet,\nTessa Dijkman\ndirectiesecretaresse",
    },
    {
        "id": "d85-rsvp-25", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Ruud Hendriks <ruudhendriks@hotmail.com>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "----- Oorspronkelijk bericht -----\nVan: " + ONS + "\nDatum: 8 februari 2027\n\n"
                + ours("uitnodiging_atelier", "Ruud Hendriks", [(KOMT, "Nee helaas, dan ben ik met vakantie.")],
                       mark="| ", stop="In Outlook"),
    },
    {
        "id": "d85-rsvp-27", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Chantal Meijer <c.meijer@werkorganisatie-bbr.nl>",
        "subject": subj("herinnering_atelier"),
        "body": ol("herinnering_atelier", "maandag 8 maart 2027 08:00", "Meijer, Chantal", lijn=True)
                + ours("herinnering_atelier", "Chantal Meijer",
                       [('"Sturen op samenwerking & eigenheid".',
                         "\nHELAAS GAAT HET NIET LUKKEN, IK LIG ZIEK OP BED\n")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-rsvp-29", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Arjen Veenstra <a.veenstra@werkorganisatie-nof.nl>",
        "subject": subj("bevestiging_rsvp"),
        "body": ol("bevestiging_rsvp", "woensdag 10 februari 2027 15:12", "Veenstra, Arjen")
                + ours("bevestiging_rsvp", "Arjen Veenstra",
                       [("u staat op de wachtlijst (plaats 2).", "\n[AV] Dan zie ik er vanaf, schrapt u mij maar.\n")],
                       mark="", stop="Wanneer:"),
    },
    # ---------------------------------------------------------------- confirm
    {
        "id": "d85-confirm-01", "kind": "confirm", "thread": "confirmation",
        "sender": "Marieke Smulders <m.smulders@werkorganisatie-best.nl>",
        "subject": subj("bevestiging_aanmelding", "Re: "),
        "body": gm("di 1 dec 2026 om 09:14")
                + ours("bevestiging_aanmelding", "Marieke Smulders", [(BEVESTIGEN, "\nJa, bij deze.\n")],
                       swap={"m.devries@bbr.nl": "m.smulders@werkorganisatie-best.nl"}, stop="Uw referentie"),
    },
    {
        "id": "d85-confirm-02", "kind": "confirm", "thread": "confirmation",
        "sender": "Koen Lambrechts <k.lambrechts@werkorganisatie-lvn.nl>",
        "subject": subj("herinnering_aanmelding"),
        "body": ol("herinnering_aanmelding", "vrijdag 4 december 2026 09:00", "Lambrechts, Koen")
                + ours("herinnering_aanmelding", "Koen Lambrechts", [(LID, "JA")], mark="",
                       swap={"m.devries@bbr.nl": "k.lambrechts@werkorganisatie-lvn.nl"}, stop=GROET),
    },
    {
        "id": "d85-confirm-03", "kind": "confirm", "thread": "confirmation",
        "sender": "Hanneke Post <h.post@werkorganisatie-alblasserwaard.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": "Verstuurd vanaf mijn iPad",
    },
    {
        "id": "d85-confirm-04", "kind": "confirm", "thread": "confirmation",
        "sender": "Frank Rutten <f.rutten@servicepunt71.nl>",
        "subject": subj("herinnering_aanmelding"),
        "body": "Frank Rutten\nDirecteur Servicepunt71\nT 071 000 00 00\n\nDit bericht is uitsluitend bestemd voor de "
                "geadresseerde. Ontvangt u dit bericht ten onrechte, verwijder het dan.\n\n"
                + ol("herinnering_aanmelding", "vrijdag 4 december 2026 09:00", "Rutten, Frank")
                + ours("herinnering_aanmelding", "Frank Rutten", mark="",
                       swap={"m.devries@bbr.nl": "f.rutten@servicepunt71.nl"}),
    },
    {
        "id": "d85-confirm-05", "kind": "confirm", "thread": "confirmation",
        "sender": "Karin de Jong <k.dejong@werkorganisatie-ab.nl>",
        "subject": subj("bevestiging_aanmelding"),
        "body": ol("bevestiging_aanmelding", "maandag 30 november 2026 16:45", "Jong, Karin de")
                + ours("bevestiging_aanmelding", "Karin de Jong", [(BEVESTIGEN, "[bevestigd, KdJ]")], mark="",
                       swap={"m.devries@bbr.nl": "k.dejong@werkorganisatie-ab.nl",
                             "secretariaat.directie@werkorganisatie-bbr.nl":
                                 "bestuurssecretariaat@werkorganisatie-ab.nl"},
                       stop="Uw referentie"),
    },
    {
        "id": "d85-confirm-06", "kind": "confirm", "thread": "confirmation",
        "sender": "Johan Veldman <j.veldman@oostelijk-zuid-limburg.nl>",
        "subject": subj("bevestiging_aanmelding", "Re: "),
        "body": tb("01-12-2026 11:20")
                + ours("bevestiging_aanmelding", "Johan Veldman",
                       [("(j.veldman@oostelijk-zuid-limburg.nl).",
                         "\nAntwoord: ja, dat klopt, mijn secretariaat heeft mij aangemeld.\n")],
                       start="Via ", stop="Uw referentie",
                       swap={"m.devries@bbr.nl": "j.veldman@oostelijk-zuid-limburg.nl"})
                + "\n\n-- \nJohan Veldman",
    },
    {
        "id": "d85-confirm-07", "kind": "confirm", "thread": "confirmation",
        "sender": "Sabine Kraaijeveld <s.kraaijeveld@werkorganisatie-hw.nl>",
        "subject": subj("bevestiging_aanmelding"),
        "body": ol("bevestiging_aanmelding", "dinsdag 1 december 2026 08:30", "Kraaijeveld, Sabine")
                + ours("bevestiging_aanmelding", "Sabine Kraaijeveld",
                       [(NIET_AANGEMELD, "\nJawel hoor, dat heb ik wel gedaan. Hierbij dus bevestigd.\n")],
                       mark="", start="Uw referentie", stop=GROET),
    },
    {
        "id": "d85-confirm-08", "kind": "confirm", "thread": "confirmation",
        "sender": "Michiel Dam <michiel.dam@werkorganisatie-gbs.nl>",
        "subject": subj("herinnering_aanmelding", "Re: "),
        "body": ap("4 dec. 2026 om 09:40")
                + ours("herinnering_aanmelding", "Michiel Dam", [(LID, "  << graag!")],
                       swap={"m.devries@bbr.nl": "michiel.dam@werkorganisatie-gbs.nl"}, stop=GROET),
    },
    {
        "id": "d85-confirm-09", "kind": "confirm", "thread": "confirmation",
        "sender": "Astrid Groen <a.groen@werkorganisatie-tbm.nl>",
        "subject": subj("bevestiging_aanmelding"),
        "body": ol("bevestiging_aanmelding", "dinsdag 1 december 2026 10:05", "Groen, Astrid", lijn=True)
                + ours("bevestiging_aanmelding", "Astrid Groen",
                       [("onze berichten wilt ontvangen.",
                         "\nDit adres is van mij en ik ontvang ze graag. Bevestigd.\n")],
                       mark="", swap={"m.devries@bbr.nl": "a.groen@werkorganisatie-tbm.nl"}, stop="Uw referentie"),
    },
    {
        "id": "d85-confirm-10", "kind": "confirm", "thread": "confirmation",
        "sender": "Gert-Jan Boer <gj.boer@fusieorganisatie-wdk.nl>",
        "subject": subj("bevestiging_aanmelding", "Antw: "),
        "body": tb("30-11-2026 17:02")
                + ours("bevestiging_aanmelding", "Gert-Jan Boer", [(BEVESTIGEN, "BEVESTIGD")], mark=">",
                       stop="Hebt u zich",
                       swap={"m.devries@bbr.nl": "gj.boer@fusieorganisatie-wdk.nl"}),
    },
    {
        "id": "d85-confirm-11", "kind": "confirm", "thread": "confirmation",
        "sender": "Rianne Vos <rianne.vos@werkorganisatie-cranendonck.nl>",
        "subject": subj("herinnering_aanmelding"),
        "body": "Zie onder.\n\n"
                + ol("herinnering_aanmelding", "vrijdag 4 december 2026 09:00", "Vos, Rianne")
                + ours("herinnering_aanmelding", "Rianne Vos",
                       [("Het lidmaatschap is kosteloos.", "\nMooi zo. Mijn aanmelding is bij deze bevestigd.\n")],
                       mark="", start=LID, stop="Dit is de enige"),
    },
    {
        "id": "d85-confirm-12", "kind": "confirm", "thread": "confirmation",
        "sender": "Ahmed El Amrani <a.elamrani@werkorganisatie-lms.nl>",
        "subject": subj("bevestiging_aanmelding", "Re: "),
        "body": gm("wo 2 dec 2026 om 13:27")
                + ours("bevestiging_aanmelding", "Ahmed El Amrani",
                       [(BEVESTIGEN, "--> ja, graag lid")],
                       swap={"m.devries@bbr.nl": "a.elamrani@werkorganisatie-lms.nl"}, stop=GROET)
                + "\n\nAhmed",
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "d85-unsubscribe-01", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Cor Bakker <c.bakker@werkorganisatie-tvw.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Bakker, Cor")
                + ours("uitnodiging_atelier", "Cor Bakker", [(KOMT, "NEE"), (AFMELDEN, "AFMELDEN")], mark="",
                       start="Wanneer:"),
    },
    {
        "id": "d85-unsubscribe-02", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Henriëtte Wouters <h.wouters@werkorganisatie-mdv.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": gm("ma 8 feb 2027 om 16:16")
                + ours("uitnodiging_atelier", "Henriëtte Wouters",
                       [(KOMT, "\nNee, en ik stop ook met het netwerk: per 1 april ga ik met pensioen. "
                               "Wilt u mij uitschrijven?\n")],
                       start="Wanneer:", stop="In Outlook")
                + "\n\nHenriëtte",
    },
    {
        "id": "d85-unsubscribe-03", "kind": "unsubscribe", "thread": "confirmation",
        "sender": "Leon Gerritsen <l.gerritsen@werkorganisatie-ld.nl>",
        "subject": subj("bevestiging_aanmelding"),
        "body": ol("bevestiging_aanmelding", "maandag 30 november 2026 16:45", "Gerritsen, Leon")
                + ours("bevestiging_aanmelding", "Leon Gerritsen",
                       [(NIET_AANGEMELD, "\nInderdaad, ik heb me niet aangemeld.\n")], mark="", start="Hebt u zich",
                       stop=GROET),
    },
    {
        "id": "d85-unsubscribe-04", "kind": "unsubscribe", "thread": "confirmation",
        "sender": "Petra Aalbers <p.aalbers@werkorganisatie-pm.nl>",
        "subject": subj("herinnering_aanmelding", "Re: "),
        "body": tb("04-12-2026 14:50")
                + ours("herinnering_aanmelding", "Petra Aalbers", [(LID, "\nNee, dank u. Geen interesse.\n")],
                       swap={"m.devries@bbr.nl": "p.aalbers@werkorganisatie-pm.nl"}, stop="Dit is de enige"),
    },
    {
        "id": "d85-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "sender": "Jeroen Kuijpers <j.kuijpers@werkorganisatie-ggg.nl>",
        "subject": subj("welkom"),
        "body": ol("welkom", "woensdag 2 december 2026 10:00", "Kuijpers, Jeroen")
                + ours("welkom", "Jeroen Kuijpers",
                       [("Het lidmaatschap is kosteloos.",
                         "\nDit was niet mijn bedoeling. Schrijf mij uit en verwijder al mijn persoonsgegevens "
                         "op grond van artikel 17 AVG.\n")],
                       mark="", stop="Twee keer per jaar"),
    },
    {
        "id": "d85-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "sender": "Ria Scholten <r.scholten@werkorganisatie-bergen-castricum.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": gm("do 7 jan 2027 om 11:11")
                + ours("oproep_themas", "Ria Scholten",
                       [(AFMELDEN, "\nAFMELDEN graag, en wis daarbij mijn gegevens uit uw bestanden.\n")],
                       start="Beantwoord deze"),
    },
    {
        "id": "d85-unsubscribe-07", "kind": "unsubscribe", "thread": "goodbye",
        "sender": "Willem van der Heijden <w.vanderheijden@werkorganisatie-bgo.nl>",
        "subject": subj("afmelding_bevestigd"),
        "body": ol("afmelding_bevestigd", "vrijdag 19 februari 2027 12:00", "Heijden, Willem van der")
                + ours("afmelding_bevestigd", "Willem van der Heijden",
                       [("e-mailadres van uw opvolger.",
                         "\nJa: Marloes Hendriks, m.hendriks@werkorganisatie-bgo.nl, neemt per 1 maart mijn functie "
                         "en mijn plek in het netwerk over.\n")],
                       mark="", start="Dank u wel voor uw", stop=GROET),
    },
    {
        "id": "d85-unsubscribe-08", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Sjoerd Dijkstra <s.dijkstra@werkorganisatie-nfw.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "Beste Stan en Melanie,\n\nAntwoord staat hieronder.\n\nSjoerd\n\n" + ap("8 feb. 2027 om 20:30")
                + ours("uitnodiging_atelier", "Sjoerd Dijkstra",
                       [(PLAATS, "\nIk vertrek per 1 maart bij de werkorganisatie. Mijn opvolger, Nynke Hoogland "
                                 "(n.hoogland@werkorganisatie-nfw.nl), neemt mijn lidmaatschap van het netwerk over "
                                 "en komt dan ook naar het atelier.\n")],
                       start=KOMT, stop="In Outlook"),
    },
    {
        "id": "d85-unsubscribe-09", "kind": "unsubscribe", "thread": "reminder",
        "sender": "Tamara Hoek <t.hoek@werkorganisatie-hbm.nl>",
        "subject": subj("herinnering_atelier"),
        "body": ol("herinnering_atelier", "maandag 8 maart 2027 08:00", "Hoek, Tamara")
                + ours("herinnering_atelier", "Tamara Hoek",
                       [("iemand op de wachtlijst.",
                         "\nhelaas, ik kan niet - en ik meld me ook af als lid van het netwerk, ik heb een andere "
                         "baan buiten het openbaar bestuur.\n")],
                       mark="", start="Kunt u onverhoopt", stop=GROET),
    },
    {
        "id": "d85-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "sender": "Bas Evers <bas.evers@werkorganisatie-sc.nl>",
        "subject": subj("afmelding_bevestigd", "Re: "),
        "body": gm("za 20 feb 2027 om 10:03")
                + ours("afmelding_bevestigd", "Bas Evers",
                       [("zoals u vroeg.",
                         "\nPrima. Wis dan meteen ook al mijn gegevens bij u, ook uit de ledenlijst.\n")],
                       stop="Was dit niet"),
    },
    {
        "id": "d85-unsubscribe-11", "kind": "unsubscribe", "thread": "call_for_themes",
        "sender": "Gerda Mol <g.mol@werkorganisatie-ks.nl>",
        "subject": subj("vervolg_atelier"),
        "body": ol("vervolg_atelier", "vrijdag 12 maart 2027 10:00", "Mol, Gerda")
                + ours("vervolg_atelier", "Gerda Mol",
                       [(AFMELDEN, "JA, GRAAG AFMELDEN. Ik ben sinds deze maand niet meer in functie.")], mark="",
                       start="Het verslag"),
    },
    # ---------------------------------------------------------------- suggestion
    {
        "id": "d85-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Dirk Hagen <d.hagen@werkorganisatie-tnw.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": gm("di 5 jan 2027 om 09:48")
                + ours("oproep_themas", "Dirk Hagen",
                       [(SAMENWERKING, "--> de rol van de werkorganisatie in regionale opgaven zoals de woondeal: "
                                       "wie zit er namens de gemeenten aan tafel?")],
                       start="U bepaalt", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Miranda Huisman <m.huisman@werkorganisatie-cfl.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Huisman, Miranda")
                + ours("oproep_themas", "Miranda Huisman",
                       [(ORGANISATIE, "   << graag, vooral zaakgericht werken: onze interne werkprocessen "
                                      "digitaliseren zonder dat de organisatie vastloopt")],
                       mark="", start="Op donderdag", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Thijs Roelofs <t.roelofs@werkorganisatie-vvw.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Roelofs, Thijs", lijn=True)
                + ours("oproep_themas", "Thijs Roelofs",
                       [(DIENSTVERLENING, "JA: één loket voor ondernemers voor alle vier gemeenten, wie heeft "
                                          "dat al werkend?")],
                       mark="", start="U bepaalt", stop=GROET),
    },
    {
        "id": "d85-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Marco Eijkelenboom <m.eijkelenboom@werkorganisatie-uh.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": "Hierbij mijn inbreng, in de lijst gezet.\n\nMarco\n\n" + ap("6 jan. 2027 om 07:12")
                + ours("oproep_themas", "Marco Eijkelenboom",
                       [(STRATEGIE, "[Marco: een meerjarenvisie 2030 voor de werkorganisatie - hoe stel je die op als "
                                    "drie colleges elk een eigen coalitieakkoord hebben?]")],
                       start="Denk aan:", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Evelien Brink <e.brink@werkorganisatie-ow.nl>",
        "subject": subj("oproep_themas"),
        "body": "Beste Melanie,\n\nIk heb twee onderwerpen bij de thema's gezet.\n\nGroet,\nEvelien Brink\n\n"
                + ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Brink, Evelien")
                + ours("oproep_themas", "Evelien Brink",
                       [(ORGANISATIE, "\t> Krapte op de arbeidsmarkt: hoe houden we de formatie gevuld, vooral "
                                      "bij ICT en vergunningverlening?"),
                        (DIENSTVERLENING, "\t> Een dashboard waarmee we de raden laten zien hoe het KCC presteert.")],
                       mark="", start="U bepaalt", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Jos van Rijn <jos.vanrijn@werkorganisatie-dhz.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": tb("07-01-2027 16:30")
                + ours("oproep_themas", "Jos van Rijn",
                       [("Denk aan:", "\nAntwoord: hoe ga je om met een deelnemende gemeente die overweegt uit de "
                                      "gemeenschappelijke regeling te stappen?\n")],
                       start="U bepaalt", stop="- Strategie")
                + "\n\nIk ben er op 11 maart in ieder geval bij.\nJos",
    },
    {
        "id": "d85-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Hilde Franssen <h.franssen@werkorganisatie-bmwe.nl>",
        "subject": subj("vervolg_atelier", "Re: "),
        "body": gm("vr 12 mrt 2027 om 14:05")
                + ours("vervolg_atelier", "Hilde Franssen",
                       [(VOLGENDE, "\nInformatiebeveiliging in één gedeelde ICT-omgeving voor meerdere gemeenten: "
                                   "wie is eigenaar van welk risico?\n")],
                       start="U bepaalt", stop=GROET),
    },
    {
        "id": "d85-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Ronald Stam <r.stam@werkorganisatie-zhz.nl>",
        "subject": subj("vervolg_atelier"),
        "body": ol("vervolg_atelier", "vrijdag 12 maart 2027 10:00", "Stam, Ronald")
                + ours("vervolg_atelier", "Ronald Stam",
                       [(VOLGENDE, "--> Monitoring van prestaties: welke kengetallen over klanttevredenheid en "
                                   "doorlooptijden rapporteren jullie aan de gemeenten?")],
                       mark="", start="Het verslag", stop=GROET),
    },
    {
        "id": "d85-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Daphne Wolters <d.wolters@werkorganisatie-eps.nl>",
        "subject": subj("bedankt_suggestie"),
        "body": ol("bedankt_suggestie", "donderdag 14 januari 2027 15:00", "Wolters, Daphne")
                + ours("bedankt_suggestie", "Daphne Wolters",
                       [("Wilt u nog iets toevoegen?", "\nJa, nog één: hoe smeed je de bestuurlijke prioriteiten van "
                                                       "vier colleges om tot één inhoudelijke agenda?\n")],
                       mark="", stop=GROET),
    },
    {
        "id": "d85-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "sender": "Mark Jacobs <mark.jacobs@werkorganisatie-lvd.nl>",
        "subject": subj("welkom", "Re: "),
        "body": gm("do 3 dec 2026 om 08:41")
                + ours("welkom", "Mark Jacobs",
                       [("Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken?",
                         "\nZeker: hoe houd je de kleinere deelnemende gemeenten even betrokken als de grootste "
                         "gemeente in de praktijk de toon zet?\n")],
                       start="U ontvangt van ons", stop=GROET),
    },
    {
        "id": "d85-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Bianca Hofman <b.hofman@werkorganisatie-rhw.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Hofman, Bianca")
                + ours("oproep_themas", "Bianca Hofman",
                       [(DIENSTVERLENING, "DIGITALE DIENSTVERLENING AAN OUDEREN: HOE HOUDEN WE IEDEREEN AANGESLOTEN "
                                          "NU ALLES VIA DE APP GAAT")],
                       mark="", start="U bepaalt", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-12", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Olaf Wijnen <olaf.wijnen@werkorganisatie-gl.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": ap("5 jan. 2027 om 22:10")
                + ours("oproep_themas", "Olaf Wijnen",
                       [(STRATEGIE, "<< dit! Hoe kom je na de verkiezingen van 2026 tot een gedeelde inhoudelijke "
                                    "agenda voor de hele raadsperiode?")],
                       start="Denk aan:", stop="Beantwoord deze")
                + "\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d85-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Nathalie Pauwels <n.pauwels@werkorganisatie-bgg.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": tb("08-01-2027 10:22")
                + ours("oproep_themas", "Nathalie Pauwels",
                       [(ORGANISATIE, "--> sturingsconcept: opdrachtgever-opdrachtnemer of regiemodel, wat zijn "
                                      "jullie ervaringen na een paar jaar?")],
                       mark=">", start="U bepaalt", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Frits Verbruggen <f.verbruggen@werkorganisatie-hkm.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Verbruggen, Frits")
                + ours("oproep_themas", "Frits Verbruggen",
                       [("bij het tellen.", "\n- strategische personeelsplanning voor de komende vijf jaar\n"
                                            "- de P&C-cyclus: één begroting, vier gemeenten\n")],
                       mark="", start="Beantwoord deze", stop=GROET),
    },
    {
        "id": "d85-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Irene Lagerweij <i.lagerweij@werkorganisatie-ak.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": gm("wo 6 jan 2027 om 12:30")
                + ours("oproep_themas", "Irene Lagerweij",
                       [(STRATEGIE, "n.v.t."),
                        (SAMENWERKING, "onze positie in de regio naast de centrumgemeente, die steeds meer "
                                       "naar zich toe trekt"),
                        (ORGANISATIE, "n.v.t."),
                        (DIENSTVERLENING, "n.v.t.")],
                       start="U bepaalt", stop="Beantwoord deze"),
    },
    {
        "id": "d85-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Ellen van Dijk <e.vandijk@werkorganisatie-wsg.nl>",
        "subject": subj("vervolg_atelier"),
        "body": ol("vervolg_atelier", "vrijdag 12 maart 2027 10:00", "Dijk, Ellen van", lijn=True)
                + ours("vervolg_atelier", "Ellen van Dijk",
                       [(VOLGENDE, "[EvD] Graag een vervolg: de samenwerking van onze gemeenten met de buurregio en "
                                   "de provincie bij grensoverschrijdende opgaven.")],
                       mark="", start="Hartelijk dank", stop=GROET),
    },
    {
        "id": "d85-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Stefan Claes <s.claes@werkorganisatie-mvh.nl>",
        "subject": subj("bedankt_suggestie", "Re: "),
        "body": gm("vr 15 jan 2027 om 09:09")
                + ours("bedankt_suggestie", "Stefan Claes",
                       [("- de relatie met de gemeenteraden", "\nAanvulling: hoe handelen we klachten van inwoners "
                                                              "over de werkorganisatie sneller en zichtbaarder af?\n")],
                       stop="Op 21 januari"),
    },
    {
        "id": "d85-suggestion-18", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Judith Ramaker <j.ramaker@werkorganisatie-nv.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Ramaker, Judith")
                + ours("oproep_themas", "Judith Ramaker",
                       [(DIENSTVERLENING, "==> digitalisering van de hele keten: van de werkprocessen achter de "
                                          "schermen tot het digitale loket voor inwoners. Valt dus onder Organisatie "
                                          "én Dienstverlening.")],
                       mark="", start="U bepaalt", stop="Beantwoord deze"),
    },
    # ---------------------------------------------------------------- other
    {
        "id": "d85-other-01", "kind": "other", "thread": "invitation",
        "sender": "Ton Geerts <t.geerts@werkorganisatie-rvw.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": "Beste Stan,\n\nZie mijn antwoorden in rood hieronder.\n\nTon\n\n" + gm("ma 8 feb 2027 om 11:55")
                + ours("uitnodiging_atelier", "Ton Geerts", stop=GROET),
    },
    {
        "id": "d85-other-02", "kind": "other", "thread": "call_for_themes",
        "sender": "Carla Heesen <c.heesen@werkorganisatie-ht.nl>",
        "subject": subj("oproep_themas"),
        "body": "Hallo,\n\nMijn reacties heb ik in het rood in uw tekst gezet.\n\n"
                "Met vriendelijke groet,\nCarla Heesen\n\n"
                + ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Heesen, Carla")
                + ours("oproep_themas", "Carla Heesen", mark=""),
    },
    {
        "id": "d85-other-03", "kind": "other", "thread": "invitation",
        "sender": "Bram Kolk <b.kolk@werkorganisatie-bz.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": "Met vriendelijke groet,\n\nBram Kolk\nAlgemeen directeur werkorganisatie BZ\n"
                "www.werkorganisatie-bz.nl",
    },
    {
        "id": "d85-other-04", "kind": "other", "thread": "call_for_themes",
        "sender": "Ilse Pronk <ilse.pronk@werkorganisatie-ws.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": tb("06-01-2027 08:08") + ours("oproep_themas", "Ilse Pronk", stop=GROET),
    },
    {
        "id": "d85-other-05", "kind": "other", "thread": "invitation",
        "sender": "Rutger Mooij <r.mooij@werkorganisatie-ddt.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Mooij, Rutger")
                + ours("uitnodiging_atelier", "Rutger Mooij",
                       [(WAAR, "   --> is daar parkeergelegenheid, of kan ik beter met de trein?")],
                       mark="", start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-other-06", "kind": "other", "thread": "invitation",
        "sender": "Suzanne Kerkhof <s.kerkhof@werkorganisatie-vhm.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": gm("di 9 feb 2027 om 10:30")
                + ours("uitnodiging_atelier", "Suzanne Kerkhof",
                       [(WAAR, "\nWorden de reiskosten vergoed? Het is voor mij ruim twee uur rijden.\n"),
                        (KOMT, "\nja\n")],
                       start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-other-07", "kind": "other", "thread": "invitation",
        "sender": "Maarten Ploeg <m.ploeg@werkorganisatie-ssw.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": "Helaas, die middag zit ik in Den Haag.\n\nMaarten\n\n"
                + ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Ploeg, Maarten")
                + ours("uitnodiging_atelier", "Maarten Ploeg", [(KOMT, "JA")], mark="", start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-other-08", "kind": "other", "thread": "invitation",
        "sender": "Secretariaat A. Kuiper <secretariaat.kuiper@werkorganisatie-ldm.nl>",
        "subject": subj("uitnodiging_atelier"),
        "body": ol("uitnodiging_atelier", "maandag 8 februari 2027 09:00", "Kuiper, Anton")
                + ours("uitnodiging_atelier", "Anton Kuiper",
                       [(KOMT, "[AK: ik kom]\n"
                                "[secretariaat: volgens de agenda staat er die middag een AB-vergadering]")],
                       mark="", start="Wanneer:", stop=GROET),
    },
    {
        "id": "d85-other-09", "kind": "other", "thread": "invitation",
        "sender": "Wendy Schipper <w.schipper@werkorganisatie-wbr.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": ap("9 feb. 2027 om 13:44")
                + ours("uitnodiging_atelier", "Wendy Schipper",
                       [(KOMT, "\nJa, als ik pas om half vier kan aanschuiven - is dat goed, "
                                "of mis ik dan te veel?\n")],
                       start="Wanneer:", stop="In Outlook"),
    },
    {
        "id": "d85-other-10", "kind": "other", "thread": "call_for_themes",
        "sender": "Hugo Snel <h.snel@werkorganisatie-zwb.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Snel, Hugo")
                + ours("oproep_themas", "Hugo Snel",
                       [("inzichten deelt en inspiratie opdoet.",
                         "<< waarom steeds op donderdag? Een online sessie op vrijdagochtend "
                                                      "trekt vast meer collega's.")],
                       mark="", stop="Beantwoord deze"),
    },
    {
        "id": "d85-other-11", "kind": "other", "thread": "call_for_themes",
        "sender": "Anita Baars <a.baars@werkorganisatie-ehb.nl>",
        "subject": subj("oproep_themas", "Re: "),
        "body": gm("wo 6 jan 2027 om 15:40")
                + ours("oproep_themas", "Anita Baars",
                       [("sturingsconcept,", "\n[wat verstaan jullie hier precies onder sturingsconcept?]\n")],
                       start="Denk aan:", stop="Beantwoord deze"),
    },
    {
        "id": "d85-other-12", "kind": "other", "thread": "call_for_themes",
        "sender": "Gijs Vermaat <g.vermaat@werkorganisatie-lwm.nl>",
        "subject": subj("oproep_themas"),
        "body": ol("oproep_themas", "dinsdag 5 januari 2027 09:00", "Vermaat, Gijs")
                + ours("oproep_themas", "Gijs Vermaat",
                       [("daarna ontvangt u de uitnodiging.",
                         "\nIk zou zelf graag in die Adviesraad zitting nemen. Hoe gaat dat in zijn werk?\n")],
                       mark="", start="Beantwoord deze", stop=GROET),
    },
    {
        "id": "d85-other-13", "kind": "other", "thread": "invitation",
        "sender": "Lisa Verschuren <l.verschuren@werkorganisatie-gsl.nl>",
        "subject": subj("bevestiging_rsvp", "Re: "),
        "body": tb("10-02-2027 16:01")
                + ours("bevestiging_rsvp", "Lisa Verschuren",
                       [("u staat op de wachtlijst (plaats 2).",
                         "\nHoe groot is de kans dat er nog iets vrijkomt? Voor het atelier moet ik een "
                         "andere afspraak verzetten.\n")],
                       stop="Wanneer:"),
    },
    {
        "id": "d85-other-14", "kind": "other", "thread": "call_for_themes",
        "sender": "Peter Bruins <p.bruins@werkorganisatie-lo.nl>",
        "subject": subj("vervolg_atelier"),
        "body": ol("vervolg_atelier", "vrijdag 12 maart 2027 10:00", "Bruins, Peter")
                + ours("vervolg_atelier", "Peter Bruins",
                       [("verslag/2027-1",
                         "  --> deze link wordt bij ons geblokkeerd; kunt u het verslag als pdf mailen?")],
                       mark="", start="Hartelijk dank", stop="U bepaalt"),
    },
    {
        "id": "d85-other-15", "kind": "other", "thread": "call_for_themes",
        "sender": "Marjolein Kroon <m.kroon@werkorganisatie-dvz.nl>",
        "subject": subj("vervolg_atelier", "Re: "),
        "body": gm("vr 12 mrt 2027 om 17:25")
                + ours("vervolg_atelier", "Marjolein Kroon",
                       [("gedeelde dilemma's en inspiratie.", "\nDat was het zeker! Vooral de casus over de "
                                                              "ambtelijke opdrachtgeverschapstafel bleef hangen. "
                                                              "Complimenten voor de organisatie.\n")],
                       start="Hartelijk dank", stop="Het verslag"),
    },
    {
        "id": "d85-other-16", "kind": "other", "thread": "confirmation",
        "sender": "Diederik Lam <d.lam@werkorganisatie-vsb.nl>",
        "subject": subj("bevestiging_aanmelding"),
        "body": ol("bevestiging_aanmelding", "maandag 30 november 2026 16:45", "Lam, Diederik")
                + ours("bevestiging_aanmelding", "Diederik Lam",
                       [("(d.lam@werkorganisatie-vsb.nl).",
                         "\nDit adres vervalt per 1 januari bij de herindeling. Wilt u mij voortaan mailen op "
                         "d.lam@gemeente-vsb.nl?\n")],
                       mark="", swap={"m.devries@bbr.nl": "d.lam@werkorganisatie-vsb.nl"}, stop="Wilt u uw"),
    },
    {
        "id": "d85-other-17", "kind": "other", "thread": "confirmation",
        "sender": "Vera Scheffer <v.scheffer@werkorganisatie-bdl.nl>",
        "subject": subj("bevestiging_aanmelding", "Re: "),
        "body": gm("di 1 dec 2026 om 11:02")
                + ours("bevestiging_aanmelding", "Vera Scheffer",
                       [(NIET_AANGEMELD, "\nNee. En ik wil graag weten hoe u aan mijn adres komt, want ons "
                                         "directiesecretariaat heeft dit niet gedaan.\n")],
                       start="Hebt u zich", stop=GROET),
    },
    {
        "id": "d85-other-18", "kind": "other", "thread": "confirmation",
        "sender": "Remco Haverkamp <r.haverkamp@werkorganisatie-ddb.nl>",
        "subject": subj("herinnering_aanmelding"),
        "body": ol("herinnering_aanmelding", "vrijdag 4 december 2026 09:00", "Haverkamp, Remco")
                + ours("herinnering_aanmelding", "Remco Haverkamp",
                       [(LID, "\nJa, graag. Maar mag mijn plaatsvervangend directeur dan ook mee naar de ateliers, "
                              "of is het lidmaatschap persoonlijk?\n")],
                       mark="", swap={"m.devries@bbr.nl": "r.haverkamp@werkorganisatie-ddb.nl"}, stop="Dit is de"),
    },
    {
        "id": "d85-other-19", "kind": "other", "thread": "invitation",
        "sender": "Nienke Tuinstra <n.tuinstra@werkorganisatie-dfw.nl>",
        "subject": subj("annulering_atelier", "Re: "),
        "body": ap("1 mrt. 2027 om 18:18")
                + ours("annulering_atelier", "Nienke Tuinstra",
                       [("hoort u van ons.",
                         "\nWeet u al ongeveer wanneer? Dan houd ik die week alvast een middag vrij.\n")],
                       start="Had u de", stop=GROET),
    },
    {
        "id": "d85-other-20", "kind": "other", "thread": "welcome",
        "sender": "Oscar Bloem <o.bloem@werkorganisatie-rlb.nl>",
        "subject": subj("welkom"),
        "body": ol("welkom", "woensdag 2 december 2026 10:00", "Bloem, Oscar")
                + ours("welkom", "Oscar Bloem",
                       [("in uw agenda zet;", "   << kan die ook in cc naar mijn managementassistent, "
                                              "j.vonk@werkorganisatie-rlb.nl?")],
                       mark="", start="U ontvangt van ons", stop="Hebt u nu al"),
    },
    {
        "id": "d85-other-21", "kind": "other", "thread": "invitation",
        "sender": "Harm Zijlstra <h.zijlstra@werkorganisatie-skh.nl>",
        "subject": subj("uitnodiging_atelier", "Re: "),
        "body": tb("09-02-2027 12:12")
                + ours("uitnodiging_atelier", "Harm Zijlstra",
                       [(MEE, "\nIk kom. Zou u ook mijn collega-directeur van de GR Zuidoost apart willen uitnodigen? "
                              "Hij is nog geen lid, maar wel erg geïnteresseerd.\n")],
                       start=KOMT, stop="In Outlook"),
    },
    {
        "id": "d85-other-22", "kind": "other", "thread": "invitation",
        "sender": "Loes Vennema <l.vennema@werkorganisatie-mg.nl>",
        "subject": subj("wijziging_atelier"),
        "body": ol("wijziging_atelier", "woensdag 24 februari 2027 11:00", "Vennema, Loes")
                + ours("wijziging_atelier", "Loes Vennema",
                       [("(was: Stadskantoor)", "  [is het Provinciehuis rolstoeltoegankelijk? Zo niet, dan "
                                                        "kan ik helaas niet komen]")],
                       mark="", start="Er is iets veranderd", stop="Wanneer:"),
    },
]
