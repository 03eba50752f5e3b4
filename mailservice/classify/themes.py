"""Map suggested atelier topics to the four themes of the brochure (MISSION.md, "The Leer- en inspireer-atelier").

The table holds the brochure's sub-topics plus the words directors actually use for them. A topic may touch two
themes ("regionale samenwerking in de dienstverlening"): every theme whose words occur is returned.
Matching is on word stems, case-insensitive, so "digitaliseringsstrategie" counts for organisatie and strategie.
"""

from __future__ import annotations

import re

THEMES = ("strategie", "samenwerking", "organisatie", "dienstverlening")

# theme -> stems (regex fragments). A stem matches at a word start; compounds are covered by the stem itself.
_WORDS: dict[str, tuple[str, ...]] = {
    "strategie": (
        r"stip\s+op\s+de\s+horizon",
        r"over\s+tien\s+jaar",
        r"\bkrimp\w*",  # demographic decline: what a municipality is for, in villages that empty
        r"bevolkingsdaling",
        r"na\s+20[3-9]\d",
        r"20[3-9]\d\s+en\s+verder",
        r"positionering",
        r"koersbepaling",
        r"uit\s+de\s+fusie",
        r"komende\s+jaren",
        r"maatschappelijke\s+opgave",
        r"strateg",
        r"lange[\s-]*termijn",
        r"langetermijn",
        r"(?<![\w&])(?<!i-)(?<!ict-)visie",  # (an "I-visie" or "ICT-visie" is information management: organisatie)
        r"toekomst(?!bestendig)",  # "de organisatie toekomstbestendig maken" is about the organisation
        r"koers",
        r"inhoudelijke\s+agenda",
        r"bestuurlijke\s+prioriteit",
        r"prioriteit",
        r"ambitie",
        r"missie",
        r"scenario",
        r"coalitieakkoord",
        r"bestuursakkoord",
        r"koersdocument",
        r"herindeling",
        r"evaluatie\s+van\s+de\s+fusie",
        r"bestuurlijk",
        r"collegeprogramma",
        r"opgavegericht",
        r"strategy",
        r"in\s+ten\s+years",
        r"sets?\s+(that|the|our)\s+course",
        r"speerpunt",
        r"long[\s-]term",
        r"vision",
        r"substantive\s+agenda",
        r"priorit(y|ies|ise|ize|ising|izing)\b",
    ),
    "samenwerking": (
        r"buurregio",
        r"gemeenten\s+die\s+samen",
        r"algemeen\s+bestuur",
        r"opdrachtgeverschap",
        r"samen\s+(inkopen|ontwikkelen|optrekken|oppakken)",
        r"gezamenlijk\s+(oppakken|optrekken|inkopen)",
        r"ggd",
        r"\brud\b",
        r"verhouding\s+met",
        r"energietransitie",
        r"regionale",
        r"samenwerk",
        r"deelnemende\s+gemeente",  # and "gemeenten"
        r"gemeentebesturen",
        r"(grote|kleine|kleinste)\s+(partner|gemeente)",
        r"verhouding\s+tussen",
        # housing people, which the municipalities do together (not the organisation's own offices)
        r"huisvesting\s+van\s+(statushouders|arbeidsmigranten|vluchtelingen|asielzoekers|ontheemden|spoedzoekers)",
        r"participating\s+municipalit",
        r"partner\s+municipalit",
        r"member\s+municipalit",
        r"joint\s+(tasks?|agenda|ambitions?|challenges?)",
        r"conflicting\s+interests",
        r"cooperation",
        r"collaborat",
        r"relatie\s+(met|tussen)",
        r"gezamenlijke\s+opgave",
        r"regionale\s+opgave",
        r"regio",
        r"positie\s+in\s+de\s+regio",
        r"belangen",
        r"ambities",
        r"verbonden\s+partij",
        # a municipality leaving the shared organisation, and untangling what was shared (not early retirement)
        r"(?<!vervroegde\s)uittred",
        r"ontvlecht",
        r"gemeenschappelijke\s+regeling",
        r"(?-i:\bGR\b(?!\.\s))",  # the gemeenschappelijke regeling, in capitals: "Gr." under a mail is a greeting
        r"opdrachtgever",
        r"opdrachtnemer",
        r"dienstverleningsovereenkomst",
        r"\bdvo\b",
        r"governance",
        r"raden\b",
        r"gemeenteraden",
        r"gemeenteraad",
        r"rol\s+van\s+de\s+raad",
        r"raadsleden",
        r"verhouding\s+met",
        r"eigenheid",
        r"couleur\s+locale",
        r"netwerk(samen|partner)",
        r"ketenpartner",
        r"interbestuurlijk",
        r"provincie",
        r"bestuurlijke\s+drukte",
        r"cooperation",
        r"collaboration",
        r"partnership",
        # the municipalities' boards as clients of the werkorganisatie
        r"verhoudingen\s+(tussen|met)",
        r"burgemeesters",
        r"wethouders",
        r"colleges\b",
        r"mayors",
        r"aldermen",
    ),
    "organisatie": (
        # working together inside the organisation, not between the municipalities ("samenwerking binnen de eigen
        # organisatie", "tussen onze afdelingen"): the longer phrase outweighs cooperation's "samenwerk"
        r"samenwerking\s+(binnen\s+(de\s+|onze\s+)?(eigen\s+)?organisatie|tussen\s+(de\s+|onze\s+)?(eigen\s+)?"
        r"(afdelingen|teams|directies|domeinen|clusters|vakafdelingen))",
        r"interne\s+samenwerking",
        # the tools and rules of the organisation's own information management, by their names
        r"ibabs",
        r"common\s+ground",
        r"ensia",
        r"applicatie",
        r"griffie",
        r"verkokering",
        r"personeelstekort",
        r"talent",
        r"werkdruk",
        r"verandermanagement",
        r"werkgever",
        r"verzuim",
        r"wendbaar",
        r"onboard",
        r"\bcloud\b",
        r"informatiebeveiliging",
        r"datagedreven",
        r"security",
        r"\bhack",
        r"medewerkers\s+vast",
        r"behoud\s+van\s+personeel",
        r"onze\s+mensen",
        r"kantoren",
        r"\bi\s*&\s*a\b",
        r"kosten",
        r"verdeelsleutel",
        r"organisatiestructuur",
        r"organisatieontwikkeling",
        # what the organisation knows and keeps when people go: "kennisborging", "de overdracht bij het vertrek van ..."
        r"kennisborging",
        r"kennisoverdracht",
        r"kennis\s+(\w+\s+){0,3}(borgen|behouden|vasthouden)",
        r"overdracht\s+(bij|na)\s+(het\s+)?vertrek",
        r"sturingsconcept",
        r"sturing",
        r"(?<!in)formatie",  # the staffing ("personeelsformatie"), not "informatie"
        r"informatie(?=[a-z])",  # its management in a compound ("informatiehuishouding"), not "Ter informatie"
        r"innovatie",
        r"digitali",
        r"werkproces",
        r"financ",
        r"begroting",
        r"bezuinig",
        r"kosten",
        r"\bi\s*&\s*a\b",
        r"\bi-?\s*en\s*a\b",
        r"informatievoorziening",
        r"i-visie",
        r"ict-visie",
        r"i-agenda",
        r"informatiebeleid",
        r"\bict\b",
        r"informatieveiligheid",
        r"informatiebeveiliging",
        r"cyber",
        r"privacy",
        r"\bavg\b",
        r"data",
        r"\bai\b",
        r"kunstmatige\s+intelligentie",
        r"automatisering",
        r"personeel",
        r"\bhrm?\b",
        r"arbeidsmarkt",
        r"krapte",
        r"werving",
        r"medewerkers",
        r"leiderschap",
        # not "accountmanagement" (dienstverlening to businesses), nor the assistant's title under a mail
        r"\bmanagement(?!assistent|ondersteun|secretar|support)",
        r"cultuur",
        r"hybride\s+werken",
        r"hybrid\s+work",
        r"(office|kantoor)\s*concept",
        r"remote\s+work",
        r"thuiswerk",
        r"huisvesting(?!\s+van\s+(statushouders|arbeidsmigranten|vluchtelingen|asielzoekers|ontheemden|spoedzoekers))",
        r"reorganisatie",
        r"bedrijfsvoering",
        r"inkoop",
        r"control",
        # English "the organisation" alone is any topic's object; these say it is about the organisation itself.
        r"organi[sz]ational\s+(development|culture|change|structure|design)",
        r"staffing",
        r"arbeidsvoorwaarden",
        r"functiehuis",
        # the staff's own bodies and terms, and hired-in staff: "de rol van de OR", "IKB", "grip op inhuur"
        r"ondernemingsraad",
        r"medezeggenschap",
        r"(?-i:OR)\b",
        r"\bikb\b",
        r"keuzebudget",
        r"inhuur",
        r"flexibele\s+schil",
        r"robotiser",
        r"strategisch(e)?\s+personeels\w*",
        r"workforce",
        r"digital",
        # the planning and control cycle and case handling behind the front office
        r"p\s*&\s*c\b",
        r"planning\s*(en|&|and)\s*control",
        r"zaakgericht",
        r"zaaksysteem",
        r"backoffice",
        r"back\s+office",
    ),
    "dienstverlening": (
        r"balie",
        r"wachttijd",
        r"bereikbaarheid",
        r"front\s*desk",
        r"klantcontactcentrum",
        r"digitaal\s+vaardig",
        r"servicenormen",
        r"one\s+front",
        r"(?<!interne\s)dienstverlening(?!sovereenkomst)",  # (not services to the own staff: "interne dienstverlening")
        r"inwoners",
        r"ondernemers",
        r"instellingen",
        r"klantcontact",
        r"klant",
        r"burger",
        r"loket",
        r"kcc",
        r"publieksdienst",
        r"servicenorm",
        r"monitoring",
        r"prestatie",
        r"kpi",
        r"benchmark",
        r"tevredenheid",
        r"sociaal\s+domein",
        r"wmo",
        r"jeugdzorg",
        r"participatie",
        r"omgevingswet",
        r"vergunning",
        r"(customer|public|citizen)\s+service",
        r"service\s+delivery",
        r"customer",
        r"citizens",
        r"residents",
        r"digital\s+services",
        r"digitale\s+dienstverlening",
        r"klantreis",
        r"services\s+(to|for)\b",
    ),
}


# Long stems match inside Dutch compounds ("digitaliseringsstrategie", "samenwerkingsverband"); short ones only at
# a word start, so "regio" does not fire inside an unrelated word. Longest first: the reported hit is the telling word.
def _stem(stem: str) -> str:
    return stem if len(stem) >= 6 and not stem.startswith("\\b") else r"(?<![\w&])" + stem


_PATTERNS: dict[str, re.Pattern[str]] = {
    theme: re.compile("(" + "|".join(_stem(s) for s in sorted(stems, key=len, reverse=True)) + ")", re.I)
    for theme, stems in _WORDS.items()
}


# A theme the writer sets aside is not proposed: "geen strategie-onderwerp dit keer", "Strategie is al vaak
# besproken", "Dienstverlening laat ik graag aan anderen over".
_CLAUSE = re.compile(r"[,:;]\s+|\s+(?=maar\s)|\s+-\s+")
_SET_ASIDE = re.compile(
    r"(\bal\s+(vaak|genoeg|eerder|veel)\s+(besproken|aan\s+(bod|de\s+orde))|\blaat\s+ik\s+(\w+\s+){0,3}over\b|"
    # a job title under the text, not a topic: "Directeur Organisatie en Strategie", "Manager Dienstverlening"
    r"^\s*(directeur|manager|teamleider|hoofd|concernmanager|programmamanager|director|head\s+of)\s+(?-i:[A-Z])|"
    # left to others: "Dienstverlening laat ik graag aan de collega's", "Over Strategie hebben anderen meer te zeggen"
    r"\blaat\s+ik\s+(\w+\s+)?aan\s+(de\s+)?(collega|anderen|others)|\banderen\s+(\w+\s+){0,3}meer\s+te\s+zeggen\b|"
    r"\bhoe(ft|ven)\s+(\w+\s+){0,6}niet\b|\bminder\s+(speelt|aan\s+de\s+orde|relevant)\b|\b(had|heb)\s+ik\s+(\w+\s+){0,3}genoemd\b|\bniet\s+(w[eé][eé]r|nog\s+eens|opnieuw)\b|\bnot\s+again\b|\bno\s+more\b|\bniet\s+nodig\b|"
    # a clause that opens with the refusal: "Niet zozeer de techniek, wel ...", "Not another session on staffing"
    r"^\s*(geen|niet|no|not)\b(?!\s+(alleen|only)\b)|\bnot\s+(about|on|another)\b|\bniet\s+(alweer|w[eé][eé]r)\s+een\b)",
    re.I,
)


def proposed(sentences: list[str]) -> dict[str, str]:
    """Every theme the writer proposes in these sentences, with the word that showed it; set-aside clauses skipped."""
    found: dict[str, str] = {}
    for sentence in sentences:
        clauses = [c for c in _CLAUSE.split(sentence) if c]
        for n, clause in enumerate(clauses):
            if _SET_ASIDE.search(clause):
                continue
            if n + 1 < len(clauses) and _SET_ASIDE.search(clauses[n + 1]) and _POINTS_BACK.match(clauses[n + 1]):
                continue  # "We hebben net een nieuw sturingsconcept, daar hoeven we het niet over te hebben"
            for theme, word in themes_in(clause).items():
                found.setdefault(theme, word)
    return {t: found[t] for t in THEMES if t in found}


# A clause that points back at the one before: "daar ...", "dat ...", "which ...".
_POINTS_BACK = re.compile(r"\s*(daar|dat|dit|die|wat|that|this|which)\b", re.I)


def themes_in(text: str) -> dict[str, str]:
    """Every theme whose words occur in ``text``, with the first word that showed it. A word inside a longer phrase
    of another theme counts only for that phrase: "gezamenlijke ambities" is cooperation, not strategy's "ambitie"."""
    hits = [(m.start(), m.end(), theme, m.group(0)) for theme in THEMES for m in _PATTERNS[theme].finditer(text)]
    found: dict[str, str] = {}
    for start, end, theme, word in sorted(hits):
        if any(other != theme and s <= start and end <= e and e - s > end - start for s, e, other, _ in hits):
            continue
        found.setdefault(theme, " ".join(word.split()).lower())
    return {t: found[t] for t in THEMES if t in found}
