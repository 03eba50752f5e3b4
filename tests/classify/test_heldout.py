"""Issue 17: the classifier on labelled mail it was not tuned on (heldout/) and on its development set (devset/).

The figures are printed (``pytest -s``) and held to floors. The held-out set was written before the second
generation and is never tuned on case by case: when a floor here fails, find the class of failure with new cases in
devset/, not by reading the held-out misses. Held-out figures before the second generation: kinds 0.701, acted
precision 0.813 (20 wrong of 107 acts), coverage 0.700, 1 wrongful unsubscribe, exact themes 0.625; after it (December
2026): 0.955, 0.992 (1 of 120), 0.946, none, 0.938.

A second held-out set (heldout2/) was written apart in December 2026, after the second generation, without reading the
classifier's code; its floors are its first figures measured with the learned reading, never set by reading its misses.
"""

from __future__ import annotations

import re

import pytest

from tests.classify.devset.cases import CASES as DEV
from tests.classify.devset3.cases import CASES as DEV3
from tests.classify.devset4.cases import CASES as DEV4
from tests.classify.devset5.cases import CASES as DEV5
from tests.classify.devset6.cases import CASES as DEV6
from tests.classify.devset7.cases import CASES as DEV7
from tests.classify.devset8.cases import CASES as DEV8
from tests.classify.devset9.cases import CASES as DEV9
from tests.classify.devset10.cases import CASES as DEV10
from tests.classify.devset11.cases import CASES as DEV11
from tests.classify.devset12.cases import CASES as DEV12
from tests.classify.devset13.cases import CASES as DEV13
from tests.classify.devset14.cases import CASES as DEV14
from tests.classify.devset15.cases import CASES as DEV15
from tests.classify.devset16.cases import CASES as DEV16
from tests.classify.devset17.cases import CASES as DEV17
from tests.classify.devset18.cases import CASES as DEV18
from tests.classify.devset19.cases import CASES as DEV19
from tests.classify.devset20.cases import CASES as DEV20
from tests.classify.devset21.cases import CASES as DEV21
from tests.classify.devset22.cases import CASES as DEV22
from tests.classify.devset23.cases import CASES as DEV23
from tests.classify.devset24.cases import CASES as DEV24
from tests.classify.devset25.cases import CASES as DEV25
from tests.classify.devset26.cases import CASES as DEV26
from tests.classify.devset27.cases import CASES as DEV27
from tests.classify.devset28.cases import CASES as DEV28
from tests.classify.devset29.cases import CASES as DEV29
from tests.classify.devset30.cases import CASES as DEV30
from tests.classify.devset31.cases import CASES as DEV31
from tests.classify.devset32.cases import CASES as DEV32
from tests.classify.devset33.cases import CASES as DEV33
from tests.classify.devset34.cases import CASES as DEV34
from tests.classify.devset35.cases import CASES as DEV35
from tests.classify.devset36.cases import CASES as DEV36
from tests.classify.devset37.cases import CASES as DEV37
from tests.classify.devset38.cases import CASES as DEV38
from tests.classify.devset39.cases import CASES as DEV39
from tests.classify.devset40.cases import CASES as DEV40
from tests.classify.devset41.cases import CASES as DEV41
from tests.classify.devset42.cases import CASES as DEV42
from tests.classify.devset43.cases import CASES as DEV43
from tests.classify.devset44.cases import CASES as DEV44
from tests.classify.heldout.cases import CASES as HELDOUT
from tests.classify.heldout2.cases import CASES as HELDOUT2
from tests.classify.heldout3.cases import CASES as HELDOUT3
from tests.classify.heldout4.cases import CASES as HELDOUT4
from tests.classify.heldout5.cases import CASES as HELDOUT5
from tests.classify.heldout6.cases import CASES as HELDOUT6
from tests.classify.heldout7.cases import CASES as HELDOUT7
from tests.classify.heldout8.cases import CASES as HELDOUT8
from tests.classify.heldout9.cases import CASES as HELDOUT9
from tests.classify.heldout10.cases import CASES as HELDOUT10
from tests.classify.labelled import STYLES, score

# (set, floors): kinds, acted precision, coverage, exact themes; wrongful unsubscribes must be 0.
# The first held-out set at issue 17's aims (reached with the learned reading, December 2026: 0.974, 1.000, 0.969,
# 0.969); the second at its figures after the fifth development round (0.919, 0.938, 0.914, 0.952; first measured
# with the learned reading 0.886, 0.907, 0.876, 0.905). devset3, devset4 and devset5 were each measured unseen first
# (0.868, 0.939, 0.856, one wrongful unsubscribe, themes 0.636; 0.922, 0.943, 0.928, one, 0.732; 0.839, 0.922,
# 0.821, one, 0.692), then tuned on; devset6 likewise (0.901, 0.951, 0.886, two, 0.711); devset7 (short mails: 0.927,
# 0.962, 0.922, one by its writer's label, 1.000; 0.940, 0.981, 0.923, none, after two labels were brought to the
# project's conventions), devset8 (suggestions and mixed intents: 0.799, 0.791, 0.895, one, 0.667) and devset9 (clients,
# English, mail not to act on: 0.845, 0.882, 0.851, three, 0.533) likewise. The second held-out set rose with them
# (0.943, 0.959, 0.933, 0.952 after the ninth round), without its misses being read. devset10 (themes: 0.886, 0.924,
# 0.941, one, 0.576) and devset11 (an ordinary month: 0.901, 0.956, 0.897, two, 0.833) likewise. A third held-out set
# (heldout3/, written apart in the same session and never tuned on) measured 0.924, 0.955, 0.904, none, 0.846 when it
# arrived; its floors are its figures after the theme reading and two more rounds (0.924, 0.973, 0.920, none, 0.923).
# devset12 (leaving and its look-alikes: 0.779, 0.761, 0.774, five, 1.000) and devset13 (RSVPs and automatic replies,
# half English: 0.865, 0.924, 0.869, two, 0.750) were measured unseen first too.
# A request with a question put to us beside it goes to a person whole since stop 24 (rules._also_asks): the sets
# written after devset6 label such a mail `other` (nine messages in devset8, devset10, devset12 and heldout2 agree),
# the older ones the act (four: one each in devset and devset3, two in heldout). The first held-out set's kinds and
# coverage fell by those two (0.974 -> 0.961, 0.969 -> 0.954, still at the aim); the floors follow that one choice
# of convention, and the sets that agree with it rose (heldout2 0.969 -> 0.979 acted precision).
# Stop 24: four more sets were measured unseen first, then tuned on: devset14 (whole mails with signatures and
# disclaimers: 0.904, 0.925, 0.922, one, 0.885), devset15 (the line between acting and a person: 0.804, 0.734, 0.938,
# eight, 1.000), devset16 (many wordings of ordinary requests: 0.912, 0.967, 0.900, one, 0.920) and devset17 (phones,
# late and pasted-back replies, Dutch as a second language: 0.917, 0.975, 0.917, one, 0.864, measured after the
# devset14 round). A fourth held-out set (heldout4/, never tuned on) measured 0.934, 0.964, 0.919, two wrongful
# unsubscribes, 1.000 when it arrived and the same after the round; its floors are those figures, and its two
# wrongful unsubscribes are held as a ceiling (MOST_WRONGFUL), short of the aim of none. devset18 (words of leaving
# that must not remove anyone, and real leaves in odd words) then measured 0.820, 0.800, 0.782, six, 1.000 unseen;
# after its round 0.902, 0.906, 0.859, none, and heldout4 0.941, 0.964, 0.927, still two. devset19 (more words of
# leaving that are not a leave, over every thread) measured 0.892, 0.909, 0.884, two, 0.833 unseen; 0.928, 0.981,
# 0.899, none after its round. Its rules left heldout4 as it was; adding its 111 messages (two thirds not a leave) to
# the training data made the model act on two heldout4 messages fewer (0.928, 0.963, 0.911): the floor follows the
# rule that every development set trains the model, not a choice made by reading the held-out figures.
# devset20 (leaving written by HR, privacy officers, assistants, successors, families) measured 0.864, 0.911, 0.828,
# one, 1.000 unseen; 0.889, 0.953, 0.845, none after its round; the held-out sets did not move.
# Stop 25: devset21 (newsletters, system notices, phishing and prompt injection, out-of-office replies, and real
# requests that look machine-made), devset22 (the atelier's life cycle from the members' side), devset23 (noisy
# writing: dictation, typos, capitals, second-language Dutch) and devset24 (joining and its look-alikes) measured
# 0.909, 0.914, 0.880, one, 0.800; 0.853, 0.887, 0.815, none, 1.000; 0.923, 0.944, 0.957, two, 0.864; 0.808, 0.769,
# 0.948, three, 1.000 unseen. A fifth held-out set (heldout5/, never tuned on) measured 0.891, 0.932, 0.892, one,
# 0.955 when it arrived. Then the model's doubt bar went from 0.95 to 0.8 (weigh.DOUBT, chosen by leaving each
# development set out in turn), the round's rules, and the four sets joined the training data: heldout4 0.928, 0.991,
# 0.919, no wrongful unsubscribe (its ceiling of two is gone), heldout3 1.000 acted precision, heldout5 0.897, 0.948,
# 0.892, one. Two messages fewer acted on cost heldout2 its coverage aim (0.952 -> 0.943) and devset3, devset6 and
# devset17 a message or two; the retrained theme reading cost heldout3 one suggestion's themes (0.962 -> 0.923).
# devset24 labels two denials in answer to our confirmation request `other`; 33 messages in thirteen sets (heldout
# included) label them a withdrawal (`unsubscribe`), which the service does: its ceiling of two is that convention.
# Then devset25 (where the words sit: inline answers, two levels of quotes, forwards, pasted text), devset26 (English
# and mixed), devset27 (plain requests, for coverage) and devset28 (the thread and the subject against the words)
# measured 0.944, 0.939, 0.915, none, 0.923; 0.875, 0.962, 0.820, none, 0.765; 0.979, 0.980, 0.965, none, 1.000;
# 0.832, 0.932, 0.840, two, 0.952 unseen. After their round and with them in the training data the held-out sets
# rose in coverage (heldout3 0.928 -> 0.936, heldout4 0.919 -> 0.927, heldout5 0.900 -> 0.908), while heldout4 took
# one wrongful unsubscribe again (the model no longer doubts a leave the rules read; 0.991 -> 0.982) and heldout5
# lost two suggestions' exact themes (0.955 -> 0.909): the floors follow the rule that every development set trains
# the model. heldout2 is back at its aims (1.000, 0.952).
# Last, devset29 (words of leaving by writers not met before, two thirds no leave), devset30 (answers that follow
# our invitation's questions: inline, numbered, as a form) and devset31 (topics and their themes in many forms)
# measured 0.901, 0.909, 0.805, one, 0.800; 0.815, 0.870, 0.722, none, 1.000; 0.877, 0.895, 0.929, none, 0.770
# unseen, and a sixth held-out set (heldout6/, never tuned on) 0.901, 0.954, 0.880, one, 0.818 when it arrived.
# After their rounds and with the three in the training data: heldout4 0.991 and no wrongful unsubscribe again (its
# ceiling is gone), heldout6 0.895, 0.963, 0.880, one, 0.864; over the six held-out sets 0.985 acted precision
# (10 wrong of 658), 0.930 coverage, two wrongful unsubscribes, 0.952 exact themes.
# Stop 26: devset32 (secretaries, long letters, several requests), devset33 (answers to the invitation and reminder),
# devset34 (leaving and its look-alikes), devset35 (topics and themes), devset36 (joining, confirming, machines),
# devset37 (plain requests in unexpected words) and devset38 (thread against words, several intents) measured 0.925,
# 0.955, 0.925, none, 1.000; 0.898, 0.944, 0.880, none, 0.500; 0.879, 0.926, 0.802, none, 0.875; 0.881, 0.922, 0.907,
# none, 0.818; 0.870, 0.957, 0.850, none, 1.000 unseen, and devset37 and devset38 (after the first round) 0.908,
# 0.972, 0.891, none, 1.000; 0.914, 0.958, 0.876, none, 0.750. Two new held-out sets (never tuned on) measured on
# arrival: heldout7 0.933, 0.973, 0.934, none, 0.960; heldout8 (after the first round) 0.920, 0.972, 0.893, none,
# 0.920. Then devset39 (acts beside questions and conditions, and acts amid noise), devset40 (English and bilingual
# writers) and devset41 (the whole atelier cycle in new idioms) measured 0.854, 0.889, 0.779, none, 1.000; 0.945,
# 0.989, 0.925, none, 0.762; 0.947, 0.957, 0.921, none, 0.786 unseen, and a ninth held-out set (heldout9/, never tuned
# on) 0.900, 0.990, 0.885, none, 0.880 on arrival. After the rounds and with the ten in the training data: heldout6
# has no wrongful unsubscribe any more (its ceiling is gone) and heldout5 0.966 acted precision. A suggestion's exact
# themes move with each retraining of the model by one suggestion of the 22 to 25 in a held-out set: heldout8
# 0.960 -> 0.920 and heldout9 0.880 -> 0.840 while heldout6 went 0.864 -> 0.818 -> 0.864 and heldout 0.969 -> 1.000.
# The theme bars (weigh.THEME_DROP, THEME_ADD), chosen again by leaving each development set out in turn over 848
# suggestions, stay where they were (0.9045; the best pair, 0.2 and 0.4, reads two more right: within noise).
# Last, devset42 (answers to our confirmation request, the member's own data), devset43 (topics told through a case,
# in every thread) and devset44 (very short replies under each of our mails) measured 0.863, 0.821, 0.934, two,
# 1.000; 0.917, 0.967, 0.919, none, 0.812; 0.916, 0.971, 0.896, none, 0.909 unseen, and a tenth held-out set
# (heldout10/, never tuned on) 0.920, 0.963, 0.902, none, 0.800 on arrival. With the three in the training data the
# model doubts one more right act of heldout2 (coverage 0.952 -> 0.943, below the aim again, as in stop 24) and one
# fewer wrong act of heldout6 (0.964 -> 0.972): the floor follows the rule that every development set trains the
# model.
FLOORS = {
    "heldout": (HELDOUT, {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.95}),
    "heldout2": (HELDOUT2, {"kinds": 0.95, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.99}),
    "heldout3": (HELDOUT3, {"kinds": 0.94, "acted_precision": 0.99, "coverage": 0.93, "themes_exact": 0.96}),
    "heldout4": (HELDOUT4, {"kinds": 0.93, "acted_precision": 0.99, "coverage": 0.92, "themes_exact": 0.99}),
    "heldout5": (HELDOUT5, {"kinds": 0.91, "acted_precision": 0.95, "coverage": 0.9, "themes_exact": 0.9}),
    "heldout6": (HELDOUT6, {"kinds": 0.9, "acted_precision": 0.96, "coverage": 0.89, "themes_exact": 0.86}),
    "heldout7": (HELDOUT7, {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.94, "themes_exact": 0.96}),
    "heldout8": (HELDOUT8, {"kinds": 0.93, "acted_precision": 0.98, "coverage": 0.91, "themes_exact": 0.92}),
    "heldout9": (HELDOUT9, {"kinds": 0.9, "acted_precision": 0.99, "coverage": 0.88, "themes_exact": 0.84}),
    "heldout10": (HELDOUT10, {"kinds": 0.92, "acted_precision": 0.96, "coverage": 0.9, "themes_exact": 0.8}),
    "devset": (DEV, {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.95}),
    "devset3": (DEV3, {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.96, "themes_exact": 0.95}),
    "devset4": (DEV4, {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.95}),
    "devset5": (DEV5, {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99}),
    "devset6": (DEV6, {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.97}),
    "devset7": (DEV7, {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99}),
    "devset8": (DEV8, {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 0.91}),
    "devset9": (DEV9, {"kinds": 0.99, "acted_precision": 0.98, "coverage": 0.99, "themes_exact": 0.99}),
    "devset10": (DEV10, {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.95, "themes_exact": 0.91}),
    "devset11": (DEV11, {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99}),
    "devset12": (DEV12, {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.99}),
    "devset13": (DEV13, {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.87}),
    "devset14": (DEV14, {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 0.96}),
    "devset15": (DEV15, {"kinds": 0.91, "acted_precision": 0.89, "coverage": 0.93, "themes_exact": 0.99}),
    "devset16": (DEV16, {"kinds": 0.94, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.96}),
    "devset17": (DEV17, {"kinds": 0.95, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.99}),
    "devset18": (DEV18, {"kinds": 0.91, "acted_precision": 0.93, "coverage": 0.87, "themes_exact": 0.99}),
    "devset19": (DEV19, {"kinds": 0.92, "acted_precision": 0.98, "coverage": 0.89, "themes_exact": 0.99}),
    "devset20": (DEV20, {"kinds": 0.88, "acted_precision": 0.95, "coverage": 0.84, "themes_exact": 0.99}),
    "devset21": (DEV21, {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.89, "themes_exact": 0.9}),
    "devset22": (DEV22, {"kinds": 0.89, "acted_precision": 0.99, "coverage": 0.87, "themes_exact": 0.99}),
    "devset23": (DEV23, {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.95}),
    "devset24": (DEV24, {"kinds": 0.97, "acted_precision": 0.97, "coverage": 0.98, "themes_exact": 0.99}),
    "devset25": (DEV25, {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.94, "themes_exact": 0.99}),
    "devset26": (DEV26, {"kinds": 0.96, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.94}),
    "devset27": (DEV27, {"kinds": 0.98, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.99}),
    "devset28": (DEV28, {"kinds": 0.88, "acted_precision": 0.98, "coverage": 0.86, "themes_exact": 0.99}),
    "devset29": (DEV29, {"kinds": 0.9, "acted_precision": 0.94, "coverage": 0.81, "themes_exact": 0.9}),
    "devset30": (DEV30, {"kinds": 0.88, "acted_precision": 0.98, "coverage": 0.86, "themes_exact": 0.99}),
    "devset31": (DEV31, {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.88}),
    "devset32": (DEV32, {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 1.0}),
    "devset33": (DEV33, {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.5}),
    "devset34": (DEV34, {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.85, "themes_exact": 0.87}),
    "devset35": (DEV35, {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.96}),
    "devset36": (DEV36, {"kinds": 0.93, "acted_precision": 0.99, "coverage": 0.92, "themes_exact": 1.0}),
    "devset37": (DEV37, {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 1.0}),
    "devset38": (DEV38, {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.95}),
    "devset39": (DEV39, {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.82, "themes_exact": 1.0}),
    "devset40": (DEV40, {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.85}),
    "devset41": (DEV41, {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.85}),
    "devset42": (DEV42, {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 1.0}),
    "devset43": (DEV43, {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.9}),
    "devset44": (DEV44, {"kinds": 0.93, "acted_precision": 0.99, "coverage": 0.93, "themes_exact": 0.9}),
}
# Wrongful unsubscribes must be none; a held-out set that arrived with some keeps that number as a ceiling until a
# round on new development sets brings it down (never by reading its misses).
MOST_WRONGFUL = {"heldout5": 1, "devset24": 2}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floors(name: str) -> None:
    cases, floors = FLOORS[name]
    figures = score(cases).figures()
    print(f"\n{name}: {figures}")
    assert figures["wrongful_unsubscribes"] <= MOST_WRONGFUL.get(name, 0), figures
    for key, floor in floors.items():
        assert figures[key] >= floor, (key, figures)


def test_sets_are_large_varied_and_apart() -> None:
    assert len(HELDOUT) >= 150
    assert {c["kind"] for c in HELDOUT} >= {"subscribe", "unsubscribe", "confirm", "rsvp", "suggestion", "other"}
    styles = {c.get("quote") for c in HELDOUT if c.get("quoted")}
    assert styles >= {"groupwise", "notes", "notes-wrote", "doorgestuurd", "ongemarkeerd", "outlook-nl", "gmail"}
    themes = {t for c in HELDOUT for t in c.get("themes", ())}
    assert themes == {"strategie", "samenwerking", "organisatie", "dienstverlening"}
    bodies = {c["body"] for c in HELDOUT}
    assert not bodies & {c["body"] for c in DEV}


def test_second_heldout_is_varied() -> None:
    assert len(HELDOUT2) >= 110
    kinds = {c["kind"] for c in HELDOUT2}
    assert kinds >= {"subscribe", "unsubscribe", "confirm", "rsvp", "suggestion", "autoreply", "other"}
    assert {c["attending"] for c in HELDOUT2 if c["kind"] == "rsvp"} == {True, False}
    assert {c.get("quote") for c in HELDOUT2 if c.get("quoted")} == set(STYLES)
    themes = {t for c in HELDOUT2 for t in c.get("themes", ())}
    assert themes == {"strategie", "samenwerking", "organisatie", "dienstverlening"}
    assert any(c.get("erase") for c in HELDOUT2)


_PHONE_FOOTER = re.compile(r"^\s*(verstuurd|verzonden|sent)\s+(vanaf|van|met|from|with)\s+.*$", re.I | re.M)


def test_no_case_is_in_two_sets() -> None:
    """A case (by id or by its words) belongs to one set only: the held-out figures hold only for unseen text."""
    sets = {
        "devset": DEV,
        "heldout": HELDOUT,
        "heldout2": HELDOUT2,
        "devset3": DEV3,
        "devset4": DEV4,
        "devset5": DEV5,
        "devset6": DEV6,
        "devset7": DEV7,
        "devset8": DEV8,
        "devset9": DEV9,
        "devset10": DEV10,
        "devset11": DEV11,
        "devset12": DEV12,
        "devset13": DEV13,
        "heldout3": HELDOUT3,
        "heldout4": HELDOUT4,
        "devset14": DEV14,
        "devset15": DEV15,
        "devset16": DEV16,
        "devset17": DEV17,
        "devset18": DEV18,
        "devset19": DEV19,
        "devset20": DEV20,
        "heldout5": HELDOUT5,
        "devset21": DEV21,
        "devset22": DEV22,
        "devset23": DEV23,
        "devset24": DEV24,
        "devset25": DEV25,
        "devset26": DEV26,
        "devset27": DEV27,
        "devset28": DEV28,
        "heldout6": HELDOUT6,
        "devset29": DEV29,
        "devset30": DEV30,
        "devset31": DEV31,
        "heldout7": HELDOUT7,
        "devset32": DEV32,
        "devset33": DEV33,
        "devset34": DEV34,
        "devset35": DEV35,
        "devset36": DEV36,
        "devset37": DEV37,
        "devset38": DEV38,
        "heldout8": HELDOUT8,
        "devset39": DEV39,
        "devset40": DEV40,
        "devset41": DEV41,
        "heldout9": HELDOUT9,
        "devset42": DEV42,
        "devset43": DEV43,
        "devset44": DEV44,
        "heldout10": HELDOUT10,
    }

    def words(case: dict[str, str], key: str) -> str | None:
        # A body of one or two words ("ja", "OK", "Bevestigd.", an empty reply) is no text of its own to learn from:
        # sets written apart meet on those by nature (the case differs by its thread and quote).
        # A body that is only a phone's footer ("Verstuurd vanaf mijn iPhone", the request in the subject) likewise.
        value = case[key]
        said = _PHONE_FOOTER.sub("", value) if key == "body" else value
        return None if key == "body" and len(said.split()) < 3 else value

    for key in ("id", "body"):
        seen: dict[str, str] = {}
        for name, cases in sets.items():
            for case in cases:
                if (value := words(case, key)) is not None:
                    assert seen.setdefault(value, name) == name, (key, value, seen[value], name)
        own = sum(len({v for c in cases if (v := words(c, key)) is not None}) for cases in sets.values())
        assert len(seen) == own
    for name, cases in sets.items():
        ids = [c["id"] for c in cases]
        assert len(ids) == len(set(ids)), name
    assert len(DEV) + len(HELDOUT) + len(HELDOUT2) >= 600
