"""Why a delivery failed: the reason word, and whether the failure is hard (stop mailing) or soft.

Reason words follow Sisimai's vocabulary (https://libsisimai.org/en/reason/) so our log reads like the
reference analyser's. The cause decides hard/soft, not the first digit: Mailman counted every 5.7.x as a
hard bounce and unsubscribed people whose provider had a bad day with a spam filter
(https://gitlab.com/mailman/mailman/-/issues/624). A hard bounce is a permanent *address* error.
"""

from __future__ import annotations

import re

# Phrases, checked in this order; the first that matches the diagnostic names the cause. Specific
# causes come before broad ones ("mailbox full" before "rejected"). English, Dutch and the few German
# and French phrases the members' providers use. Keep each regex to one cause.
_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "mailboxfull",
        r"mailbox (is )?full|mail ?box (is )?(over|exceed)|(over|exceeded|exceeds|reached)( the| his| her| their|"
        r" its)? (disk |storage |mailbox )?(quota|storage limit|size limit|allocated)|quota (exceeded|full|"
        r"violation)|insufficient (disk )?space|not enough (disk )?space|mailfolder is full|inbox is full|"
        r"mailbox( size)? limit|user (is )?over ?quota|account is full|postvak (is )?vol|mailbox vol|quotum|"
        r"postfach (ist )?voll|boîte (aux lettres )?pleine|too many messages in (this|the) mailbox",
    ),
    (
        "mesgtoobig",
        r"message (size )?(is )?(too (big|large)|exceeds (the )?(maximum|size|fixed))|size (limit )?exceeded|"
        r"message length exceeds|exceeds (the )?(maximum )?(message )?size|too large for|bericht is te groot",
    ),
    ("exceedlimit", r"message (header )?size exceeds (a )?limit|exceeds? (the )?(per-mailbox|administrative) limit"),
    (
        "hasmoved",
        r"has (been )?moved|no longer (valid|in use|here|with)|address (has )?changed|niet meer in gebruik|"
        r"is niet meer actief|heeft een nieuw (e-?mail)?adres",
    ),
    (
        "suspend",
        r"(account|mailbox|user|address)( has been| is| was)? (temporarily )?(disabled|suspended|deactivated|"
        r"inactive|locked|frozen|blocked by admin)|not (an )?active (account|mailbox|user)|inactive (user|account|"
        r"mailbox)|account (has been )?(closed|expired)|mailbox (is )?(unavailable|not available)|(disabled|"
        r"suspended) (account|mailbox|user)|user (account )?disabled|postvak is uitgeschakeld|"
        r"account is uitgeschakeld",
    ),
    (
        "norelaying",
        r"relay(ing)? (access )?(denied|not (permitted|allowed))|not permitted to relay|unable to relay|"
        r"we do not relay|relay not permitted|no relaying|not a gateway|relaying (is )?(denied|prohibited)",
    ),
    (
        "authfailure",
        r"\bdmarc\b|\bspf\b.{0,40}(fail|check|reject|invalid|policy)|(fail|failed|reject\w*).{0,40}\bspf\b|"
        r"\bdkim\b.{0,40}(fail|invalid|signature)|unauthenticated (e-?mail|message)|authentication checks? failed|"
        r"sender (is )?not authorized",
    ),
    (
        "requireptr",
        r"reverse (dns|lookup|name)|\bptr\b( record)?|no (rdns|reverse)|cannot find your hostname|hostname (does not|"
        r"doesn't) match|unresolvable (host|address)|client host rejected: cannot find|not resolv(e|able) (your|"
        r"the) (ip|address)|(ip|address) (has )?no (ptr|reverse)|dns ?(reverse|ptr) check",
    ),
    (
        "userunknown",
        r"user ?(name )?(is )?unknown|unknown (user|recipient|local|mailbox|address|account)|no such (user|mailbox|"
        r"recipient|address|account|local user|person)|(user|recipient|mailbox|address|account)( \S+)? (does not|"
        r"doesn't|did not|do not) exist|(mailbox|recipient|user|address|account|"
        r"e-?mail address)( \S+)? (is )?(not found|unavailable|nonexist|invalid|not valid|unknown|unrouteable)|"
        r"invalid (recipient|mailbox|address|user)|(recipient|address|user|mailbox) rejected|not (a )?(valid|"
        r"known) (user|recipient|mailbox|address)|(user|mailbox|recipient) (not|no) (found|exist|known|listed|local)|"
        r"not our customer|bad destination (mailbox )?address|address (is )?(rejected|unknown)|undeliverable address|"
        r"(user|mailbox|recipient|address) (is )?unavailable|unrouteable address|unknown or illegal alias|"
        r"no mailbox here|is not a valid mailbox|recipient not (found|recognized)|no valid recipients|nonexist|"
        r"(doesn't|does not) have an? .{0,30}account|could not be found|couldn't be found|"
        r"not found in (the )?directory|not listed in|adres (bestaat|is) niet|onbekende? (gebruiker|ontvanger|adres)|"
        r"bestaat niet|gebruiker onbekend|niet gevonden|unbekannt|utilisateur inconnu|n'existe pas|"
        r"resolver\.adr\.recipnotfound|recipientnotfound|user (lookup|verification) failed|unknown or invalid",
    ),
    (
        "hostunknown",
        r"host (or domain name )?(not found|unknown)|unknown host|domain (not found|does not exist|unknown|"
        r"name not found)|(no such|unknown|invalid|unrouteable) domain|name or service not known|host not found|"
        r"nxdomain|no mx (record|host)|(mx|dns) lookup fail|unroutable domain|domain (is )?not (valid|configured)|"
        r"bad destination system|unable to route|no route to host|domein bestaat niet|onbekend domein|"
        r"domain .{0,40}(isn't|is not|doesn't|does not) (exist|accept)|host name lookup failure|illegal host/domain|"
        r"can't be resolved|cannot be resolved|unrouteable mail domain|address is not valid",
    ),
    ("virusdetected", r"virus|malware|infected|trojan|worm detected"),
    (
        "spamdetected",
        r"\bspam\b|spamhaus|junk mail|unsolicited|bulk (e-?)?mail|content (filter|scan)|message (was )?(classified|"
        r"identified|detected) as|spam(my|\s?score)|(looks|look) like spam|rejected as spam|blacklisted content|"
        r"uribl|suspicious|phishing",
    ),
    (
        "badreputation",
        r"(poor|bad|low) (ip |sender |domain )?reputation|reputation (is )?(too )?(low|poor)|sender score|"
        r"temporarily rate limited due to ip reputation",
    ),
    (
        "speeding",
        r"rate (limit|exceeded|control)|too many (messages|mails|emails)|sending (limit|too fast)|"
        r"try again later.{0,30}(rate|limit)|exceeded (the |a )?(message |sending )?rate|slow down|throttl",
    ),
    (
        "toomanyconn",
        r"too many (connections|concurrent|sessions|recipients|hops)|connection (limit|rate)|max(imum)? (connections|"
        r"recipients)|too many (simultaneous|parallel)",
    ),
    (
        "blocked",
        r"block(ed|list)|black ?list(ed)?|\bdnsbl\b|\brbl\b|\bbl\.|listed (at|in|on|by)|barracuda|banned|"
        r"denied by policy|access denied|ip .{0,30}(rejected|not allowed|denied)|connection (refused|rejected)|"
        r"client host .{0,40}rejected|refused to talk|not allowed to send|your (ip|host|server)|sender ip|"
        r"poor reputation|spamcop|sorbs|\bsbl\b|\bpbl\b|\bxbl\b|zen\.|protection\.outlook|mail from .{0,40}(refused|"
        r"rejected)",
    ),
    (
        "policyviolation",
        r"policy|not authori[sz]ed|prohibited|not (allowed|permitted)|violat|content rejected|header (error|"
        r"rejected)|message rejected due to",
    ),
    (
        "rejected",
        r"sender (address )?(rejected|denied|blocked|invalid|verify failed|unknown)|(from|sender|"
        r"envelope-?from) address|domain of sender|sender domain|rejected.{0,30}sender|mail from.{0,20}(rejected|"
        r"denied)|return path|\bmail from\b.{0,40}not|bad sender|sender (is )?not|unverified sender|"
        r"address verification|not a member|not subscribed|only members|permission to post|niet geautoriseerd",
    ),
    (
        "filtered",
        r"filter(ed)?|refused by recipient|recipient (has )?(refused|rejected|blocked)|delivery not authori[sz]ed|"
        r"not accepting (mail|messages)|not accept messages|this (user|recipient) (doesn't|does not) accept|"
        r"does not accept mail|message (refused|rejected)|mailbox (is )?disabled|rejected by (the )?recipient",
    ),
    (
        "contenterror",
        r"content|mime|attachment|(illegal|invalid|bad) (header|character|encoding)|8-?bit|"
        r"message has been rejected because it contains|line too long|charset",
    ),
    (
        "securityerror",
        r"tls (required|needed)|starttls|encryption (required|needed)|certificate|authentication (required|failed)|"
        r"must authenticate|auth(entication)? credentials|secure connection",
    ),
    (
        "notcompliantrfc",
        r"rfc ?(5322|2822|822|5321)|not (rfc|standard)[- ]compliant|duplicate (header|message-id)|multiple (from|to|"
        r"subject|date) headers|malformed|bare (lf|cr)|syntax of (the )?message",
    ),
    (
        "syntaxerror",
        r"syntax error|command (not )?(recognized|unrecognized)|unrecognized command|bad sequence of commands|"
        r"invalid command|command out of sequence",
    ),
    (
        "expired",
        r"(retry|queue|delivery) (time(out)?|period|limit)|timed? ?out|expired|give up|gave up|giving up|"
        r"been (delayed|undeliverable) for|could not be delivered (within|in) \d|not (been )?delivered for|"
        r"delivery (is )?delayed|message delayed|delivery attempts will continue|will (retry|continue)|"
        r"still (being )?retr|connection (timed|time) out|no answer|could not connect|couldn't connect|(could not|"
        r"unable to) (establish|connect)|was not reachable",
    ),
    (
        "networkerror",
        r"(routing|mail) loop|loop detect|too many hops|hop count exceeded|network (is )?unreachable|"
        r"connection (lost|dropped|closed|reset)|lost connection|dns (error|failure|lookup)|temporary (dns|lookup)|"
        r"host unreachable|broken pipe|unable to resolve",
    ),
    (
        "systemfull",
        r"(disk|file ?system|system|storage) (is )?full|out of (disk|storage|memory)|insufficient system (storage|"
        r"resources)|mail system full|queue (is )?full",
    ),
    (
        "notaccept",
        r"does not accept mail|accepts no mail|null mx|not accepting network messages|no mail is accepted|"
        r"service (is )?(not available|unavailable)|(host|server|system) (is )?not accepting|refuses (all )?mail",
    ),
    (
        "mailererror",
        r"mailer error|x-unix|\bpipe\b|procmail|command (died|failed)|exit (code|status|\d)|program (failed|exited)|"
        r"unknown mailer|local delivery failed|sh: |exited with",
    ),
    (
        "systemerror",
        r"system error|internal (server )?error|local error|temporary (local )?(failure|problem|error)|server (error|"
        r"failure)|configuration error|misconfigur|service (not available|unavailable)|try again later|resources|"
        r"i/o error|unexpected|local problem|too many (errors|bad)|processing error|transient|"
        r"temporarily (unavailable|deferred|rejected)",
    ),
    ("onhold", r"on ?hold|deferred by admin|held for review"),
)
# The phrases are lower case and the text is lowered once (``by_text``): a case-insensitive pattern loses the
# regex engine's literal-prefix scan, and these ~30 searches over each report were a fifth of the classifier's time
# on the bounce corpus (tests/bounces/test_causes.py keeps them lower case).
_COMPILED = tuple((reason, re.compile(pattern)) for reason, pattern in _PHRASES)

# The cause an enhanced status code names by itself (RFC 3463; Sisimai's Sisimai::SMTP::Status table).
# Generic codes (X.0.0, X.5.0, 5.7.1...) are left out on purpose: the text says more than they do.
_BY_STATUS: dict[str, str] = {
    "1.1": "userunknown",
    "1.0": "userunknown",
    "1.2": "hostunknown",
    "1.3": "userunknown",
    "1.4": "filtered",
    "1.6": "hasmoved",
    "1.7": "rejected",
    "1.8": "rejected",
    "1.9": "systemerror",
    "1.10": "notaccept",
    "2.0": "filtered",
    "2.1": "filtered",
    "2.2": "mailboxfull",
    "2.3": "exceedlimit",
    "2.4": "filtered",
    "3.0": "systemerror",
    "3.1": "systemfull",
    "3.2": "notaccept",
    "3.3": "systemerror",
    "3.4": "mesgtoobig",
    "3.5": "systemerror",
    "4.0": "networkerror",
    "4.1": "expired",
    "4.2": "networkerror",
    "4.3": "systemerror",
    "4.4": "hostunknown",
    "4.5": "systemfull",
    "4.6": "networkerror",
    "4.7": "expired",
    "4.8": "networkerror",
    "5.2": "syntaxerror",
    "5.3": "toomanyconn",
    "5.4": "systemerror",
    "5.5": "systemerror",
    "5.6": "syntaxerror",
    "6.0": "contenterror",
    "6.1": "contenterror",
    "6.2": "contenterror",
    "6.3": "contenterror",
    "6.5": "contenterror",
    "6.6": "contenterror",
    "6.7": "contenterror",
    "6.8": "contenterror",
    "6.9": "contenterror",
    "7.0": "securityerror",
    "7.1": "securityerror",
    "7.2": "securityerror",
    "7.3": "securityerror",
    "7.4": "securityerror",
    "7.5": "securityerror",
    "7.6": "securityerror",
    "7.7": "securityerror",
    "7.8": "securityerror",
    "7.9": "securityerror",
    "7.10": "securityerror",
    "7.11": "securityerror",
    "7.13": "suspend",
    "7.14": "securityerror",
    "7.17": "hasmoved",
    "7.18": "hasmoved",
    "7.20": "authfailure",
    "7.21": "authfailure",
    "7.22": "authfailure",
    "7.23": "authfailure",
    "7.24": "authfailure",
    "7.25": "requireptr",
    "7.26": "authfailure",
    "7.27": "notaccept",
}
# Temporary codes whose cause differs from the permanent one (RFC 3463: 4.2.1 is a disabled mailbox
# that may come back, 4.7.1 a temporary policy block such as greylisting).
_BY_TEMP_STATUS: dict[str, str] = {"2.1": "suspend", "4.4": "networkerror", "7.1": "blocked", "7.0": "blocked"}
# Codes that only say "some policy/security reason": the text decides, the code is the fallback.
# X.1.10 is RFC 7505's null MX, but Office 365 sends 5.1.10 for "RecipientNotFound": the text decides.
_WEAK_CODES = frozenset({"1.10", "0.0", "7.0", "7.1", "1.0", "2.0", "3.0", "5.0", "4.0", "2.1"})

# Hard = the address itself is permanently bad: stop mailing it now. Everything else is soft and
# only counts towards the soft-bounce threshold (issue 4): full mailboxes, greylisting, rate limits,
# delays and policy or spam rejections (5.7.x) are about the message or the sender, not the address.
HARD_REASONS = frozenset({"userunknown", "hostunknown", "hasmoved", "notaccept", "suspend"})

# Sisimai's pseudo status codes (Sisimai::SMTP::Status InternalCode): X.0.9NN names a cause when the
# report carries no enhanced status code, so stored codes stay comparable with the reference analyser.
_PSEUDO: dict[str, str] = {
    "authfailure": "972",
    "badreputation": "975",
    "blocked": "971",
    "contenterror": "960",
    "exceedlimit": "923",
    "expired": "947",
    "filtered": "910",
    "hasmoved": "916",
    "hostunknown": "912",
    "mailboxfull": "922",
    "mailererror": "939",
    "mesgtoobig": "934",
    "networkerror": "944",
    "norelaying": "909",
    "notaccept": "932",
    "onhold": "901",
    "policyviolation": "972",
    "rejected": "918",
    "securityerror": "970",
    "spamdetected": "980",
    "speeding": "946",
    "suspend": "921",
    "systemerror": "930",
    "systemfull": "931",
    "syntaxerror": "902",
    "toomanyconn": "945",
    "userunknown": "911",
    "undefined": "900",
    "virusdetected": "971",
    "requireptr": "973",
    "notcompliantrfc": "974",
}
_TEMP_ONLY_PERMANENT = frozenset(
    {
        "exceedlimit",
        "hasmoved",
        "hostunknown",
        "mailererror",
        "mesgtoobig",
        "norelaying",
        "suspend",
        "userunknown",
        "syntaxerror",
        "virusdetected",
        "policyviolation",
        "requireptr",
        "notcompliantrfc",
    }
)


def by_text(text: str) -> str | None:
    if not text:
        return None
    text = text[:2000].lower()  # the cause is stated early; long reports only cost time
    for reason, pattern in _COMPILED:
        if pattern.search(text):
            return reason
    return None


def by_status(status: str | None) -> str | None:
    if not status or status[0] not in "45":
        return None
    key = status[2:]
    if status[0] == "4" and key in _BY_TEMP_STATUS:
        return _BY_TEMP_STATUS[key]
    return _BY_STATUS.get(key)


def reason_for(status: str | None, diagnostic: str, action: str | None = None) -> str:
    """The cause: a specific status code first, then the diagnostic text, then a generic code."""
    if action == "delayed":
        return by_text_delayed(diagnostic) or "expired"
    key = status[2:] if status else ""
    if status and key not in _WEAK_CODES:
        coded = by_status(status)
        if coded:
            # A specific code wins, except that a text naming a cause more precisely than the
            # code family (e.g. 5.1.1 with "mailbox disabled") is kept for the hard/soft decision.
            return coded
    return by_text(diagnostic) or by_status(status) or "undefined"


def by_text_delayed(text: str) -> str | None:
    reason = by_text(text)
    return (
        reason
        if reason in {"mailboxfull", "systemfull", "toomanyconn", "speeding", "networkerror", "blocked", "hostunknown"}
        else None
    )


def is_hard(reason: str, status: str | None, action: str | None) -> bool:
    if action == "delayed" or (status or "5")[0] != "5":
        return False
    return reason in HARD_REASONS


def pseudo_status(reason: str, temporary: bool) -> str:
    """Sisimai-compatible X.0.9NN code for a cause found without an enhanced status code."""
    klass = "4" if temporary and reason not in _TEMP_ONLY_PERMANENT else "5"
    return f"{klass}.0.{_PSEUDO.get(reason, '900')}"
