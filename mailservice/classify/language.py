"""Which language the writer wrote in, Dutch or English and nothing else (issue 17).

The membership mails answer an English writer in English; everyone else keeps Dutch. Only the writer's own words
are read (quotes, our footer, signature and disclaimers cut by quotes.py), so an English out-of-office quoted
under a Dutch request is no English. Short or mixed texts stay undecided (``None``), and undecided means Dutch
for a new writer: "Afmelden", "Yes" or "Graag aanmelden, thanks!" do not make the network write English.

The reading is py3langid's naive Bayes over byte n-grams (the model ships inside its wheel, 4.5 MB, no download),
restricted to the two languages. Chosen after measuring (December 2026, these texts and bench/classify.py):
lingua-language-detector 2.x gives the same answers but its wheel holds every language's model (96 MB installed);
langdetect is random unless seeded and slower; a stop-word count needs lists we would keep ourselves. Without
py3langid installed every text is undecided: the service keeps working and answers in Dutch.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from mailservice.classify.threads import one_blas_thread

DUTCH = "nl"
ENGLISH = "en"
LANGUAGES = (DUTCH, ENGLISH)

# Fewer words than this say too little ("Yes please"), and a probability below the bar is a mixed text.
MIN_WORDS = 3
MIN_PROBABILITY = 0.9
# Enough of a text to tell two languages apart; the rest costs time and adds nothing.
MAX_CHARS = 2000

_WORD = re.compile(r"[^\W\d_]{2,}")
# Addresses and links are neither language and would only add noise.
_NOISE = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+", re.I)


@functools.cache
def _identifier() -> Any | None:
    """The py3langid model restricted to our two languages, loaded once (about half a second), or None."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]
    except ImportError:  # an optional part missing: every text is undecided, so Dutch
        return None
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    one_blas_thread()  # numpy is loaded now; its idle threads would slow everything else (threads.py)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str) -> str | None:
    """The language, "nl" or "en", when the text says so clearly; None when short, mixed or without the model."""
    text = _NOISE.sub(" ", text[:MAX_CHARS])
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    code, probability = identifier.classify(text)
    return str(code) if code in LANGUAGES and probability >= MIN_PROBABILITY else None
