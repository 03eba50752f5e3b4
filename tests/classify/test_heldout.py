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

from tests.classify import sets
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
# Stop 27: two held-out sets (never tuned on) measured on arrival, before any round: heldout11 (the public sector's
# own register: memos, passive voice, hedges, double negations) 0.907, 0.971, 0.885, none, 0.880; heldout12 (mail
# written on the director's behalf, private addresses, bottom-posting, unmarked quotes) 0.893, 0.971, 0.875, none,
# 0.800. devset45 (negation), devset46 (long mails), devset47 (on the director's behalf) and devset48 (the official
# register) measured 0.883, 0.934, 0.881, three, 0.786; 0.917, 0.966, 0.920, none, 1.000 (before five labels were
# brought to the project's conventions); 0.883, 1.000, 0.853, none, 0.867 and 0.867, 0.949, 0.842, none, 0.867
# (those two after the first round) unseen. With the four in the training data (6,867 examples) heldout2's coverage
# is back at 0.952 and heldout7's at 0.951; the model acts wrongly once more on heldout6 (0.972 -> 0.964) and on
# heldout11 (0.971 -> 0.963), and reads the themes of one suggestion more rightly on each: the floors follow the
# rule that every development set trains the model.
# Then devset49 (where the writer's own words are: memos, bottom-posting, unmarked pasted mail, forward chains),
# devset50 (topics whose theme follows from the matter, and their look-alikes) and devset51 (membership in words
# the usual verbs miss) measured 0.900, 0.952, 0.884, none, 0.800; 0.836, 0.900, 0.871, none, 0.733; 0.908, 0.987,
# 0.884, none, 1.000 unseen (after the rounds on devset45 to devset48). Two devset8 labels were brought to the
# convention of stops 25 and 26 (coming, said in answer to the call, is an RSVP). With the three in the training data
# (7,217 examples): heldout4 0.944 coverage, heldout6 0.973 acted precision, heldout11 0.902 coverage.
# Last, a thirteenth held-out set (heldout13/: directors in their first year, each in the register of a former job,
# writing twice; never tuned on) measured 0.913, 0.990, 0.902, one wrongful unsubscribe, 0.960 on arrival, and
# devset52 (answers read from conditions, times, deeds and wishes) and devset53 (the sign-up's life cycle and the
# member's data) 0.842, 0.973, 0.800, none, 1.000 and 0.955, 0.945, 0.975, two, 1.000 unseen. heldout13 keeps the
# wrongful unsubscribe it arrived with as a ceiling: a round that sent every denial with a question to a person took
# it away, but a denial with a cry beside it ("Ik heb me nooit aangemeld! Wie doet zoiets?") withdraws the pending
# sign-up at once (issue 19, tests/classify/test_fourth_round.py, tests/data/inbound/ 133 and 219), so that round
# was undone; the labelled sets disagree on that line. With the two sets in the training data (7,447 examples)
# heldout4 reads 0.952 coverage, heldout11 acts wrongly once more (0.963 -> 0.954), and heldout12 reads the themes of
# one suggestion fewer rightly (0.800 -> 0.760; a suggestion's themes move with each retraining): the floors follow
# the rule that every development set trains the model.
# Stop 28: two held-out sets (never tuned on) measured on arrival: heldout14 (hurried mail: phones, dictation, train
# abbreviations, answers in the subject) 0.940, 1.000, 0.927, none, 0.889 before any round; heldout15 (deep and
# tangled threads: reply-all, forwarded chains, self-corrections, late replies quoting several of our mails) 0.910,
# 0.971, 0.887, none, 1.000 after the first round. devset54 (on the director's behalf), devset55 (themes implied by
# the matter), devset56 (acts with consequences in ordinary words) measured 0.856, 0.966, 0.824, none, 0.929; 0.922,
# 0.973, 0.915, none, 0.733; 0.856, 0.947, 0.811, one, 1.000 unseen; devset57 (RSVPs by day, place, our questions
# answered one by one), devset58 (leaving in everyday words and its look-alikes) and devset59 (near misses) 0.833,
# 0.952, 0.813, none, 0.875; 0.867, 0.844, 0.833, one, 1.000; 0.900, 0.800, 0.944, none, 1.000 after the first round.
# With the six in the training data (7,987 examples) the suggestions' exact themes of heldout5 (0.909 -> 0.864),
# heldout6, heldout9, heldout10 (0.800 -> 0.760) and heldout13 move down by one or two suggestions each and those of
# heldout12 up by three: training without devset55 alone gives heldout9 0.92, heldout10 0.80 and heldout12 0.88
# again, while leaving it out of the development sets' own training moves their themes by one either way; the sets'
# writers map a matter to a theme differently. heldout12 acts wrongly once more (0.971 -> 0.961). The floors follow
# the rule that every development set trains the model. Last, a sixteenth held-out set (heldout16/: writers whose
# Dutch is Flemish, regional, non-native or old-fashioned; never tuned on) measured 0.890, 0.971, 0.875, none, 0.889
# on arrival, and devset60 (topics without the usual words) and devset61 (answers about the atelier outside the
# invitation's thread) 0.856, 0.935, 0.857, none, 0.727 and 0.722, 0.880, 0.657, none, 1.000 unseen. With the two in
# the training data (8,167 examples) heldout6 and heldout10 read their themes as before (0.909, 0.800). Then a
# seventeenth held-out set (heldout17/: directors with several hats and busy inboxes; never tuned on) measured 0.940,
# 0.986, 0.938, none, 0.889 on arrival (100 cases; one was then dropped as a development case's words), and devset62
# (replies to the call that are not only a topic) and devset63 (replies to our welcome and goodbye) 0.767, 0.900, 0.700,
# none, 0.800 and 0.733, 0.857, 0.641, four, 1.000 unseen (devset63's wrongful unsubscribes were all under our goodbye,
# where the leave is already done). With the two in the training data (8,347 examples) heldout4 reads one right act
# fewer (coverage 0.952 -> 0.944) and heldout13 acts wrongly once more (0.991 -> 0.981), while heldout3, heldout9 and
# heldout11 read one more right (the same code with the model trained before these two sets gives heldout4 0.952 and
# heldout13 0.991): the floors follow the rule that every development set trains the model. In stop 29 an
# eighteenth held-out set (heldout18/: an ordinary month's inbox; never tuned on; two of its labels were set to the
# project's convention for a colleague signed up with an address before it was measured) measured 0.941, 0.946, 0.938,
# one, 0.889 on arrival and keeps its one wrongful unsubscribe as a ceiling. devset64 (replies to the call that use
# theme words in passing) and devset65 (answers about the atelier outside the invitation's thread) measured 0.796,
# 0.855, 0.803, none, 0.938 and 0.816, 0.947, 0.743, none, 1.000 unseen; devset66 (another ordinary month), devset67
# (exact themes) and devset68 (acts with consequences and their look-alikes) 0.950, 0.986, 0.923, none, 0.833; 0.946,
# 1.000, 0.938, none, 0.882; 0.916, 0.818, 0.860, three, 1.000 after the first round (one of devset68's cases was then
# dropped: its words were a held-out case's). With the five in the training data (8,824 examples) heldout9 reads one
# more suggestion's themes right and heldout10 and heldout12 one fewer. In stop 30 a nineteenth held-out set
# (heldout19/: two ordinary months around an atelier; never tuned on) measured 0.972, 0.986, 0.975, none, 1.000 on
# arrival; devset69 (answers about the atelier outside the invitation), devset70 (replies to the follow-up, the
# thank-you and the call), devset71 (exact themes), devset72 (acts with consequences) and devset73 (a busy month)
# 0.939, 0.931, 0.958, none, 1.000; 0.879, 0.953, 0.868, none, 0.907; 0.897, 0.951, 0.917, none, 0.787; 0.926, 0.898,
# 0.917, one, 1.000; 0.958, 0.971, 0.933, none, 0.875 unseen. With the five in the training data (9,309 examples)
# heldout11 reads one suggestion's themes differently (0.92 -> 0.88; the same code with the model trained before them
# gives 0.92), and heldout4, heldout8 and heldout9 one more message right. Then a twentieth held-out set (heldout20/:
# a spring season by an invented cast; never tuned on) measured 0.991, 1.000, 0.987, none, 0.938 on arrival (with the
# second round of the stop under way), and devset74 (the mail's structure), devset75 (English, Flemish and mixed) and
# devset76 (look-alikes and acts in disguise) 0.937, 0.957, 0.911, one, 0.786; 0.949, 0.985, 0.949, none, 1.000;
# 0.916, 0.892, 0.900, two, 1.000 unseen (devset76 then lost a case whose words were a held-out case's); and in a third
# round devset77 (the double opt-in), devset78 (mail by or through someone else than the director), devset79 (the
# practical side of an atelier) and devset80 (new mails over a year) 0.957, 0.968, 0.969, none, 1.000; 0.895, 0.982,
# 0.857, none, 0.833; 0.989, 1.000, 0.983, none, 1.000; 0.979, 1.000, 0.970, none, 0.957 unseen. In stop 31 a
# twenty-first held-out set (heldout21/: a year in the mailbox over two atelier cycles; never tuned on) measured 0.921,
# 0.975, 0.912, none, 0.947 on arrival; devset81 (themes), devset82 (long mails with the act buried in chatter),
# devset83 (terse and sloppy mail) and devset84 (mail not to act on too readily) 0.916, 0.959, 0.933, none, 0.900;
# 0.895, 0.923, 0.857, one, 1.000; 0.909, 0.956, 0.908, none, 0.929; 0.969, 0.957, 0.980, one, 1.000 unseen (devset83
# and devset84 then each lost a case whose words were another set's, and devset83's bare "top" under the invitation
# became a yes, as devset22's "Uiteraard!" and devset38's "Prima!" are); in a second round devset85 (answers typed
# inside our quoted mail), devset86 (themes), devset87 (changes of mind and corrections) and devset88 (banners,
# disclaimers and forwarded chains) 0.559, 0.810, 0.521, none, 0.222; 0.913, 0.959, 0.921, none, 0.848; 0.798,
# 0.885, 0.819, one, 0.917; 0.969, 0.986, 0.949, none, 1.000 unseen (with the first round's code). With the eight in
# the training data (10,728 examples) heldout6 acts wrongly once more (0.982 -> 0.973), heldout4 and heldout13 cover
# one message fewer and heldout9 and heldout17 read one suggestion's themes differently, while heldout10, heldout15
# and heldout16 cover one more and heldout8 and heldout20 read one more suggestion's themes right. In stop 32 a
# twenty-second held-out set (heldout22/: a busy spring season; never tuned on) measured 0.923, 0.963, 0.903, none,
# 0.895 on arrival, and a twenty-third (heldout23/: two years of twenty directors' mail) 0.908, 0.975, 0.891, none,
# 0.850 (with the stop's first two rounds in); devset89 (an autumn), devset90 (themes), devset91 (answers typed
# between our lines, unmarked) and devset92 (look-alikes of acts) 0.992, 0.978, 0.979, none, 0.950; 0.944, 0.989,
# 0.949, none, 0.788; 0.622, 0.841, 0.527, none, 0.429; 0.957, 0.881, 1.000, none, 1.000 unseen; in a second round
# devset93 (a winter), devset94 (answers inside our mail, other clients), devset95 (several things in one mail) and
# devset96 (consequential acts and their look-alikes) 0.991, 0.978, 0.979, none, 1.000; 0.883, 0.922, 0.913, none,
# 0.889; 0.860, 0.903, 0.851, none, 0.812; 0.946, 0.885, 0.971, three, 1.000; in a third round devset97 (large
# werkorganisaties), devset98 (themes on their borders), devset99 (answers from a phone) and devset100 (the thread
# against the words) 0.974, 1.000, 0.966, none, 1.000; 0.920, 1.000, 0.915, none, 0.864; 0.933, 0.953, 0.945,
# none, 0.889; 0.904, 0.952, 0.877, none, 0.900 unseen. With the twelve in the training data (12,048 examples) the
# twenty-three held-out sets act wrongly 36 times instead of 39 and read 0.946 of the themes exactly (0.940), but
# heldout2, heldout8, heldout9 and heldout18 cover one message fewer (heldout18 0.950 -> 0.938: its coverage floor
# is now 0.93; the same code with the model trained before them keeps 0.950) and heldout9 reads one suggestion's
# themes differently, while heldout7 and heldout13 cover one more and heldout3, heldout13, heldout16 and heldout18
# read one more suggestion's themes right. In stop 33 a twenty-fourth held-out set (heldout24/: one year of the
# mailbox; never tuned on) measured 0.965, 1.000, 0.956, none, 0.880 on arrival; devset101 (registers), devset102
# (answers with details), devset103 (topics told as a story) and devset104 (old mails replied to) 0.913, 0.952,
# 0.892, none, 0.900; 0.922, 0.882, 0.958, none, 0.900; 0.873, 0.886, 0.899, none, 0.704; 0.924, 0.934, 0.920, none,
# 0.944 unseen. With them in the training data (12,517 examples) heldout18 covers one more (0.950 again). A
# twenty-fifth held-out set (heldout25/: a spring in small rural werkorganisaties; never tuned on) measured 0.957,
# 0.974, 0.931, none, 0.952 on arrival, with the stop's second round of rules in. In stop 34 a twenty-sixth
# (heldout26/: an autumn in mid-sized werkorganisaties in Holland and Utrecht; never tuned on) measured 0.889, 0.980,
# 0.855, none, 0.800 on arrival; twelve of its messages came from senders written "Achternaam, V. <adres>" without
# the quotes, which the service then read as no sender at all (message._comma_in_name reads them now). In stop 35
# two more (heldout27/: a winter and spring in Gelderland and Overijssel; heldout28/: a year in Groningen, Friesland
# and Drenthe; never tuned on) measured 0.968, 0.982, 0.967, none, 0.871 and 0.937, 0.966, 0.937, none, 0.941 on
# arrival (the code of the stop's start); with the stop's rules 0.968, 0.982, 0.967, none, 0.871 and 0.943, 0.966,
# 0.945, none, 0.941. A third (heldout29/: an autumn in Brabant, Limburg and Zeeland; never tuned on) measured 0.933,
# 0.955, 0.942, none, 0.833 on arrival, with the code of the stop's start and with its rules alike. In stop 36 two
# more (heldout30/: a year in Noord-Holland and Flevoland; heldout31/: a year in Zuid-Holland and Utrecht; never
# tuned on) measured 0.954, 0.973, 0.941, none, 1.000 and 0.947, 0.991, 0.933, none, 0.885 on arrival (the code of
# the stop's start, fa67138); the stop's first round of rules left both as they were. Stop 37: heldout32 (a year in
# Gelderland and Overijssel) and heldout33 (a year in Noord-Brabant and Limburg), never tuned on, measured 0.967,
# 0.991, 0.958, none, 0.960 and 0.980, 0.991, 0.983, none, 0.880 on arrival (30cbb7f, with the scoring that takes a
# bounce for the automatic mail it is; strictly 0.973 acted precision each); the stop's rules left both as they were.
# Later in stop 37, heldout34 (a year in Friesland and the Kop van Noord-Holland) and heldout35 (a year in the
# Rivierenland) measured 0.973, 1.000, 0.966, none, 1.000 and 0.940, 0.981, 0.941, none, 0.960 on arrival (d44313b);
# the stop's last rules left both as they were; heldout36 (a year in Midden-Holland and the Alblasserwaard) and
# heldout37 (a year on the Veluwe) measured 0.960, 1.000, 0.949, none, 0.920 and 0.967, 0.973, 0.966, none, 0.960 on
# arrival (df55158), and the stop's last round left them so. Stop 38: heldout38 (a year in the Zaanstreek,
# West-Friesland and het Gooi) and heldout39 (a year in Flevoland and the west of Utrecht) measured 0.950, 1.000,
# 0.938, none, 1.000 and 0.950, 0.986, 0.938, none, 0.875 on arrival (893aa41).
FLOORS = {
    "heldout": {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.95},
    "heldout2": {"kinds": 0.95, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.99},
    "heldout3": {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.96},
    "heldout4": {"kinds": 0.95, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.99},
    "heldout5": {"kinds": 0.91, "acted_precision": 0.95, "coverage": 0.9, "themes_exact": 0.86},
    "heldout6": {"kinds": 0.91, "acted_precision": 0.97, "coverage": 0.9, "themes_exact": 0.86},
    "heldout7": {"kinds": 0.94, "acted_precision": 0.98, "coverage": 0.95, "themes_exact": 0.96},
    "heldout8": {"kinds": 0.94, "acted_precision": 0.98, "coverage": 0.91, "themes_exact": 0.92},
    "heldout9": {"kinds": 0.92, "acted_precision": 0.99, "coverage": 0.91, "themes_exact": 0.84},
    "heldout10": {"kinds": 0.92, "acted_precision": 0.96, "coverage": 0.91, "themes_exact": 0.8},
    "heldout11": {"kinds": 0.92, "acted_precision": 0.95, "coverage": 0.9, "themes_exact": 0.88},
    "heldout12": {"kinds": 0.89, "acted_precision": 0.96, "coverage": 0.87, "themes_exact": 0.76},
    "heldout13": {"kinds": 0.91, "acted_precision": 0.98, "coverage": 0.9, "themes_exact": 0.92},
    "heldout14": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.88},
    "heldout15": {"kinds": 0.91, "acted_precision": 0.97, "coverage": 0.88, "themes_exact": 1.0},
    "heldout16": {"kinds": 0.89, "acted_precision": 0.97, "coverage": 0.87, "themes_exact": 0.88},
    "heldout17": {"kinds": 0.93, "acted_precision": 0.98, "coverage": 0.93, "themes_exact": 0.88},
    "heldout18": {"kinds": 0.95, "acted_precision": 0.94, "coverage": 0.93, "themes_exact": 0.94},
    "heldout19": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 1.0},
    "heldout20": {"kinds": 0.99, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 0.93},
    "heldout21": {"kinds": 0.92, "acted_precision": 0.97, "coverage": 0.91, "themes_exact": 0.94},
    "heldout22": {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.92, "themes_exact": 0.94},
    "heldout23": {"kinds": 0.91, "acted_precision": 0.98, "coverage": 0.89, "themes_exact": 0.85},
    "heldout24": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.88},
    "heldout25": {"kinds": 0.95, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.95},
    "heldout26": {"kinds": 0.95, "acted_precision": 0.97, "coverage": 0.95, "themes_exact": 0.96},
    "heldout27": {"kinds": 0.96, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.87},
    "heldout28": {"kinds": 0.94, "acted_precision": 0.96, "coverage": 0.94, "themes_exact": 0.94},
    "heldout29": {"kinds": 0.93, "acted_precision": 0.95, "coverage": 0.94, "themes_exact": 0.83},
    "heldout30": {"kinds": 0.95, "acted_precision": 0.97, "coverage": 0.94, "themes_exact": 1.0},
    "heldout31": {"kinds": 0.94, "acted_precision": 0.99, "coverage": 0.93, "themes_exact": 0.88},
    "heldout32": {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.96},
    "heldout33": {"kinds": 0.98, "acted_precision": 0.99, "coverage": 0.98, "themes_exact": 0.88},
    "heldout34": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 1.0},
    "heldout35": {"kinds": 0.94, "acted_precision": 0.98, "coverage": 0.94, "themes_exact": 0.96},
    "heldout36": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.92},
    "heldout37": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.96, "themes_exact": 0.96},
    "heldout38": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 1.0},
    "heldout39": {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.93, "themes_exact": 0.87},
    # Stop 39, measured on arrival at 3fac6b0 (their floors): heldout40 (a year in Noord-Brabant and Limburg) and
    # heldout41 (a year in Zeeland and Zuid-Holland).
    "heldout40": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.78},
    "heldout41": {"kinds": 0.90, "acted_precision": 0.93, "coverage": 0.90, "themes_exact": 0.61},
    # Stop 39's second pair, measured on arrival at cc48b92: heldout42 (a year in Gelderland and Overijssel) and
    # heldout43 (a year in Noord-Holland and Friesland).
    "heldout42": {"kinds": 0.92, "acted_precision": 0.94, "coverage": 0.95, "themes_exact": 0.92},
    "heldout43": {"kinds": 0.93, "acted_precision": 0.98, "coverage": 0.92, "themes_exact": 0.92},
    # Stop 39's third pair, measured on arrival at 857564c: heldout44 (a year around the Randstad) and heldout45 (a year
    # in the Liemers, the Achterhoek and Salland).
    "heldout44": {"kinds": 0.95, "acted_precision": 0.96, "coverage": 0.96, "themes_exact": 0.92},
    "heldout45": {"kinds": 0.91, "acted_precision": 0.96, "coverage": 0.91, "themes_exact": 0.86},
    # Stop 40's first four, measured on arrival at 890dd55: heldout46 (a year in Flevoland and het Gooi), heldout47
    # (West-Friesland and the Kop van Noord-Holland), heldout48 (Twente and the Veluwe) and heldout49 (Midden-Limburg
    # and de Peel): 3 wrong of 156 acts.
    "heldout46": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.70},
    "heldout47": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 1.0},
    "heldout48": {"kinds": 0.89, "acted_precision": 0.95, "coverage": 0.88, "themes_exact": 0.90},
    "heldout49": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.97, "themes_exact": 0.88},
    # Stop 40's second four, measured on arrival at 97ea848: heldout50 (a year in Zuid-Limburg), heldout51 (the
    # Hoeksche Waard, Voorne-Putten and Goeree-Overflakkee), heldout52 (the Kempen and the Meierij) and heldout53
    # (Drenthe and the Veenkolonien): 10 wrong of 167 acts.
    "heldout50": {"kinds": 0.93, "acted_precision": 0.95, "coverage": 0.95, "themes_exact": 0.88},
    "heldout51": {"kinds": 0.94, "acted_precision": 0.95, "coverage": 0.95, "themes_exact": 0.62},
    "heldout52": {"kinds": 0.93, "acted_precision": 0.95, "coverage": 0.95, "themes_exact": 1.0},
    "heldout53": {"kinds": 0.89, "acted_precision": 0.90, "coverage": 0.93, "themes_exact": 0.88},
    # Stop 40's third four, measured on arrival at 504dd5e: heldout54 (a year in the Alblasserwaard and the
    # Vijfheerenlanden), heldout55 (Noordoost-Friesland and the islands), heldout56 (Zuid-Kennemerland and the IJmond)
    # and heldout57 (the Rivierenland): 8 wrong of 162 acts, three wrongful unsubscribes (MOST_WRONGFUL).
    "heldout54": {"kinds": 0.91, "acted_precision": 0.92, "coverage": 0.93, "themes_exact": 0.90},
    "heldout55": {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.95, "themes_exact": 0.66},
    "heldout56": {"kinds": 0.89, "acted_precision": 0.92, "coverage": 0.95, "themes_exact": 0.80},
    "heldout57": {"kinds": 0.93, "acted_precision": 0.97, "coverage": 0.95, "themes_exact": 0.90},
    # Stop 41's first four, measured on arrival at 3e059be: heldout58 (a year in Zeeland), heldout59 (the Achterhoek
    # and the Liemers), heldout60 (Noord-Holland Noord and Texel) and heldout61 (Oost-Brabant and the Peel): 4 wrong
    # of 170 acts, no wrongful unsubscribe.
    "heldout58": {"kinds": 0.9, "acted_precision": 0.97, "coverage": 0.89, "themes_exact": 0.8},
    "heldout59": {"kinds": 0.91, "acted_precision": 0.97, "coverage": 0.91, "themes_exact": 0.7},
    "heldout60": {"kinds": 0.91, "acted_precision": 0.95, "coverage": 0.93, "themes_exact": 0.88},
    "heldout61": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.8},
    # Stop 41's second four, measured on arrival at 06d9916: heldout62 (Zuidwest-Friesland and the Friese Wouden),
    # heldout63 (the Drechtsteden and Zuid-Holland Zuid), heldout64 (the Groningen Ommelanden and the Veenkolonien)
    # and heldout65 (the Utrechtse Heuvelrug and Eemland): 5 wrong of 167 acts, one wrongful unsubscribe
    # (MOST_WRONGFUL).
    "heldout62": {"kinds": 0.91, "acted_precision": 0.95, "coverage": 0.93, "themes_exact": 0.7},
    "heldout63": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.8},
    "heldout64": {"kinds": 0.93, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.7},
    "heldout65": {"kinds": 0.9, "acted_precision": 0.95, "coverage": 0.91, "themes_exact": 0.9},
    # Stop 41's third four, measured on arrival at 7312d53: heldout66 (Hart van Brabant and the Langstraat), heldout67
    # (Parkstad and the Westelijke Mijnstreek), heldout68 (the Noord-Veluwe and IJssel-Vecht) and heldout69 (the
    # Leiden region and the Duin- en Bollenstreek): 2 wrong of 169 acts, no wrongful unsubscribe.
    "heldout66": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.9},
    "heldout67": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.9},
    "heldout68": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 0.88},
    "heldout69": {"kinds": 0.88, "acted_precision": 0.95, "coverage": 0.85, "themes_exact": 0.81},
    # Stop 42's first four, measured on arrival at b2e4e01: heldout70 (the Westland and Delfland), heldout71 (the
    # Zaanstreek and Waterland), heldout72 (West-Brabant) and heldout73 (the Noordoostpolder, Urk and the Kop van
    # Overijssel): 4 wrong of 166 acts, no wrongful unsubscribe.
    "heldout70": {"kinds": 0.9, "acted_precision": 0.97, "coverage": 0.89, "themes_exact": 0.9},
    "heldout71": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 0.66},
    "heldout72": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.97, "themes_exact": 0.8},
    "heldout73": {"kinds": 0.91, "acted_precision": 0.95, "coverage": 0.91, "themes_exact": 0.9},
    # Stop 42's second four, measured on arrival at b9fbd7a: heldout74 (Amstelland and the Meerlanden), heldout75
    # (Gouda and the Groene Hart), heldout76 (IJsselland) and heldout77 (Noord-Limburg): 2 wrong of 162 acts, no
    # wrongful unsubscribe.
    "heldout74": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 0.77},
    "heldout75": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.97, "themes_exact": 0.77},
    "heldout76": {"kinds": 0.91, "acted_precision": 0.97, "coverage": 0.91, "themes_exact": 0.9},
    "heldout77": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 1.0},
    # Stop 42's third four, measured on arrival at 38fa8b7: heldout78 (the Rijk van Nijmegen and Maas en Waal),
    # heldout79 (the Oostland), heldout80 (the Foodvalley) and heldout81 (Utrecht-West): 5 wrong of 168 acts, two
    # wrongful unsubscribes (MOST_WRONGFUL).
    "heldout78": {"kinds": 0.98, "acted_precision": 0.97, "coverage": 1.0, "themes_exact": 1.0},
    "heldout79": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.95, "themes_exact": 0.9},
    "heldout80": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.81},
    "heldout81": {"kinds": 0.93, "acted_precision": 0.95, "coverage": 0.91, "themes_exact": 0.9},
    "devset": {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.95},
    "devset3": {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.96, "themes_exact": 0.95},
    "devset4": {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.95},
    "devset5": {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99},
    "devset6": {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.97},
    "devset7": {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99},
    "devset8": {"kinds": 0.97, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.91},
    "devset9": {"kinds": 0.99, "acted_precision": 0.98, "coverage": 0.99, "themes_exact": 0.99},
    "devset10": {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.95, "themes_exact": 0.91},
    "devset11": {"kinds": 0.99, "acted_precision": 0.99, "coverage": 0.99, "themes_exact": 0.99},
    "devset12": {"kinds": 0.96, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.99},
    "devset13": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.87},
    "devset14": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 0.96},
    "devset15": {"kinds": 0.91, "acted_precision": 0.89, "coverage": 0.93, "themes_exact": 0.99},
    "devset16": {"kinds": 0.94, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.96},
    "devset17": {"kinds": 0.95, "acted_precision": 0.99, "coverage": 0.94, "themes_exact": 0.99},
    "devset18": {"kinds": 0.91, "acted_precision": 0.93, "coverage": 0.87, "themes_exact": 0.99},
    "devset19": {"kinds": 0.92, "acted_precision": 0.98, "coverage": 0.89, "themes_exact": 0.99},
    "devset20": {"kinds": 0.88, "acted_precision": 0.95, "coverage": 0.84, "themes_exact": 0.99},
    "devset21": {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.89, "themes_exact": 0.9},
    "devset22": {"kinds": 0.89, "acted_precision": 0.99, "coverage": 0.87, "themes_exact": 0.99},
    "devset23": {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.95},
    "devset24": {"kinds": 0.97, "acted_precision": 0.97, "coverage": 0.98, "themes_exact": 0.99},
    "devset25": {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.94, "themes_exact": 0.99},
    "devset26": {"kinds": 0.96, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.94},
    "devset27": {"kinds": 0.98, "acted_precision": 0.99, "coverage": 0.97, "themes_exact": 0.99},
    "devset28": {"kinds": 0.88, "acted_precision": 0.98, "coverage": 0.86, "themes_exact": 0.99},
    "devset29": {"kinds": 0.9, "acted_precision": 0.94, "coverage": 0.81, "themes_exact": 0.9},
    "devset30": {"kinds": 0.88, "acted_precision": 0.98, "coverage": 0.86, "themes_exact": 0.99},
    "devset31": {"kinds": 0.96, "acted_precision": 0.99, "coverage": 0.95, "themes_exact": 0.88},
    "devset32": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 1.0},
    "devset33": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.5},
    "devset34": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.85, "themes_exact": 0.87},
    "devset35": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.96},
    "devset36": {"kinds": 0.93, "acted_precision": 0.99, "coverage": 0.92, "themes_exact": 1.0},
    "devset37": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 1.0},
    "devset38": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.95},
    "devset39": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.82, "themes_exact": 1.0},
    "devset40": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.85},
    "devset41": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.85},
    "devset42": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 1.0},
    "devset43": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.9},
    "devset44": {"kinds": 0.93, "acted_precision": 0.99, "coverage": 0.93, "themes_exact": 0.9},
    "devset45": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset46": {"kinds": 0.99, "acted_precision": 1.0, "coverage": 0.99, "themes_exact": 1.0},
    "devset47": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.88, "themes_exact": 0.93},
    "devset48": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.93},
    "devset49": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.93},
    "devset50": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 0.81},
    "devset51": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 1.0},
    "devset52": {"kinds": 0.89, "acted_precision": 0.98, "coverage": 0.87, "themes_exact": 1.0},
    "devset53": {"kinds": 0.99, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    "devset54": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 1.0},
    "devset55": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.92, "themes_exact": 0.86},
    "devset56": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.95, "themes_exact": 1.0},
    "devset57": {"kinds": 0.87, "acted_precision": 0.98, "coverage": 0.85, "themes_exact": 0.87},
    "devset58": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 1.0},
    "devset59": {"kinds": 0.97, "acted_precision": 0.97, "coverage": 0.97, "themes_exact": 1.0},
    "devset60": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.78},
    "devset61": {"kinds": 0.87, "acted_precision": 1.0, "coverage": 0.84, "themes_exact": 1.0},
    "devset62": {"kinds": 0.78, "acted_precision": 1.0, "coverage": 0.72, "themes_exact": 0.86},
    "devset63": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 1.0},
    "devset64": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.96},
    "devset65": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 1.0},
    "devset66": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset67": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 0.98},
    "devset68": {"kinds": 0.98, "acted_precision": 0.97, "coverage": 1.0, "themes_exact": 1.0},
    "devset69": {"kinds": 0.98, "acted_precision": 0.98, "coverage": 0.98, "themes_exact": 1.0},
    "devset70": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 0.95},
    "devset71": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.93},
    "devset72": {"kinds": 0.98, "acted_precision": 0.97, "coverage": 0.98, "themes_exact": 1.0},
    "devset73": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 0.93},
    "devset74": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.92},
    "devset75": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset76": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 1.0},
    "devset77": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    "devset78": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.91},
    "devset79": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    "devset80": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset81": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 0.98},
    "devset82": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    "devset83": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 1.0},
    "devset84": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset85": {"kinds": 0.8, "acted_precision": 0.91, "coverage": 0.8, "themes_exact": 0.72},
    "devset86": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.92, "themes_exact": 0.93},
    "devset87": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.91},
    "devset88": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 1.0},
    "devset89": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset90": {"kinds": 0.99, "acted_precision": 1.0, "coverage": 0.99, "themes_exact": 0.98},
    "devset91": {"kinds": 0.93, "acted_precision": 0.98, "coverage": 0.91, "themes_exact": 1.0},
    "devset92": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset93": {"kinds": 0.99, "acted_precision": 0.98, "coverage": 0.99, "themes_exact": 1.0},
    "devset94": {"kinds": 0.92, "acted_precision": 0.96, "coverage": 0.92, "themes_exact": 0.94},
    "devset95": {"kinds": 0.9, "acted_precision": 0.98, "coverage": 0.88, "themes_exact": 0.81},
    "devset96": {"kinds": 1.0, "acted_precision": 1.0, "coverage": 1.0, "themes_exact": 1.0},
    "devset97": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 1.0},
    "devset98": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 0.91},
    "devset99": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.94},
    "devset100": {"kinds": 0.92, "acted_precision": 0.98, "coverage": 0.9, "themes_exact": 0.9},
    "devset101": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 0.9},
    "devset102": {"kinds": 0.96, "acted_precision": 0.95, "coverage": 0.97, "themes_exact": 0.9},
    "devset103": {"kinds": 0.92, "acted_precision": 0.98, "coverage": 0.91, "themes_exact": 0.94},
    "devset104": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 1.0},
    # Stop 37 (after sets.LAST_TRAINED: they tune the rules, the shipped model has not read them): devset105 (a year in
    # the north), devset106 (under the call: topics and look-alikes), devset107 (membership acts and look-alikes) and
    # devset108 (answers to the invitation) measured 0.938, 0.949, 0.972, 0.941 acted precision unseen (30cbb7f, the
    # strict scoring of the time; one wrongful unsubscribe in devset106, mended).
    "devset105": {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.98, "themes_exact": 0.86},
    "devset106": {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.94, "themes_exact": 0.83},
    "devset107": {"kinds": 0.99, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    "devset108": {"kinds": 0.97, "acted_precision": 0.97, "coverage": 0.98, "themes_exact": 1.0},
    # Stop 37's second round: devset109 (a year in Zeeland), devset110 (a year in Utrecht and het Gooi), devset111
    # (joining and confirming, and their look-alikes) and devset112 (machines, and people who sound like them)
    # measured 0.989, 1.000, 0.897 (one wrongful unsubscribe, mended) and 0.928 acted precision unseen.
    "devset109": {"kinds": 0.96, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.86},
    "devset110": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 1.0},
    "devset111": {"kinds": 0.99, "acted_precision": 0.98, "coverage": 1.0, "themes_exact": 1.0},
    "devset112": {"kinds": 0.92, "acted_precision": 0.95, "coverage": 0.92, "themes_exact": 0.75},
    # Stop 37's third round: devset113 (a year in Twente and the Achterhoek) and devset114 (short mails) measured 0.989
    # and 0.886 acted precision unseen.
    "devset113": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 0.86},
    "devset114": {"kinds": 0.94, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.93},
    # Stop 37's fourth round: devset115 (a year in Noord-Limburg) and devset116 (people and their seats: hand-overs,
    # stand-ins, departures) measured 0.968 and 0.923 (three wrongful unsubscribes, mended) unseen.
    "devset115": {"kinds": 0.96, "acted_precision": 0.98, "coverage": 0.96, "themes_exact": 0.95},
    "devset116": {"kinds": 0.95, "acted_precision": 0.98, "coverage": 0.93, "themes_exact": 1.0},
    # Stop 38's first round: devset117 (leaving and its look-alikes), devset118 (a year in Groningen and Drenthe),
    # devset119 (answers to the invitation that carry more than one thing) and devset120 (machines and the people
    # around them) measured 0.946, 0.984, 0.898 and 0.947 acted precision unseen (893aa41), none wrongful; 1.000 each
    # after the round.
    "devset117": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.97, "themes_exact": 0.87},
    "devset118": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 1.0},
    "devset119": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 0.80},
    "devset120": {"kinds": 0.98, "acted_precision": 1.0, "coverage": 0.98, "themes_exact": 1.0},
    # Stop 38's second round: devset121 (joining and what only looks like it), devset122 (no, and what only sounds like
    # no), devset123 (under the call: topics and what only looks like one) and devset124 (answers to our confirmation
    # mails) measured 0.900, 0.962, 0.821 and 0.958 acted precision unseen (66ca92a), none wrongful.
    "devset121": {"kinds": 0.94, "acted_precision": 0.92, "coverage": 0.92, "themes_exact": 1.0},
    "devset122": {"kinds": 0.91, "acted_precision": 0.96, "coverage": 0.90, "themes_exact": 1.0},
    "devset123": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.92},
    "devset124": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 1.0},
    # Stop 39's first round: devset125 (other mail that looks like a decline), devset126 (replies under the call that
    # propose nothing), devset127 (yeses in negative words, noes in positive ones), devset128 (leaving or declining),
    # devset129 (replies under our confirmation) and devset130 (leaving words that are no leave) measured 0.900, 0.826,
    # 0.895, 0.895, 0.909 and 0.933 acted precision unseen (3fac6b0); devset130 had one wrongful unsubscribe, mended.
    "devset125": {"kinds": 0.93, "acted_precision": 0.97, "coverage": 0.90, "themes_exact": 1.0},
    "devset126": {"kinds": 0.95, "acted_precision": 0.95, "coverage": 0.95, "themes_exact": 0.94},
    "devset127": {"kinds": 0.88, "acted_precision": 0.98, "coverage": 0.84, "themes_exact": 1.0},
    "devset128": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 1.0},
    "devset129": {"kinds": 0.88, "acted_precision": 1.0, "coverage": 0.82, "themes_exact": 1.0},
    "devset130": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 0.75},
    # Stop 39's second round: devset131 (others signed up, and look-alikes), devset132 (English writers), devset133
    # (many things at once), devset134 (phone mails and short replies) and devset135 (looking back under the follow-up)
    # measured 0.975, 0.951, 0.944, 0.940 and 0.854 acted precision unseen (cc48b92), none wrongful.
    "devset131": {"kinds": 0.87, "acted_precision": 1.0, "coverage": 0.80, "themes_exact": 0.5},
    "devset132": {"kinds": 0.92, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 0.76},
    "devset133": {"kinds": 0.88, "acted_precision": 1.0, "coverage": 0.84, "themes_exact": 0.88},
    "devset134": {"kinds": 0.90, "acted_precision": 0.97, "coverage": 0.86, "themes_exact": 0.83},
    "devset135": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 0.90},
    # Stop 39's third round: devset136 (answers that carry more than a yes or no), devset137 (a year in Utrecht and the
    # Gelderse Vallei), devset138 (joining, and asking about it) and devset139 (machines, and people who sound like
    # them) measured 0.935, 1.000, 0.878 and 0.967 acted precision unseen (857564c), none wrongful.
    "devset136": {"kinds": 0.80, "acted_precision": 0.97, "coverage": 0.71, "themes_exact": 0.12},
    "devset137": {"kinds": 0.97, "acted_precision": 1.0, "coverage": 0.96, "themes_exact": 0.93},
    "devset138": {"kinds": 0.88, "acted_precision": 0.97, "coverage": 0.80, "themes_exact": 1.0},
    "devset139": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.95, "themes_exact": 1.0},
    # Stop 40's first round: devset140 (leaving words that are no leave, and leaves that do not sound like one),
    # devset141 (assistants and colleagues writing about a director), devset142 (topics in every shape and their
    # look-alikes) and devset143 (the writer's words among quoted text) measured 0.778 (four wrongful unsubscribes),
    # 0.935, 0.905 and 0.972 acted precision unseen (890dd55).
    "devset140": {"kinds": 0.82, "acted_precision": 1.0, "coverage": 0.71, "themes_exact": 0.66},
    "devset141": {"kinds": 0.89, "acted_precision": 0.96, "coverage": 0.86, "themes_exact": 0.75},
    "devset142": {"kinds": 0.89, "acted_precision": 0.95, "coverage": 0.86, "themes_exact": 0.72},
    "devset143": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.90, "themes_exact": 0.75},
    # Stop 40's second round: devset144 (replies under our confirmation and welcome), devset145 (erasure, data and
    # privacy), devset146 (English and bilingual writers) and devset147 (very short replies) measured 0.941, 0.640 (two
    # wrongful unsubscribes), 0.941 (one) and 0.895 (one) acted precision unseen (97ea848).
    "devset144": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 0.71},
    "devset145": {"kinds": 0.91, "acted_precision": 0.88, "coverage": 0.85, "themes_exact": 1.0},
    "devset146": {"kinds": 0.86, "acted_precision": 1.0, "coverage": 0.81, "themes_exact": 0.5},
    "devset147": {"kinds": 0.88, "acted_precision": 0.94, "coverage": 0.85, "themes_exact": 0.87},
    # Stop 40's third round: devset148 (answers that change an earlier one), devset149 (under the follow-up and the
    # thank-you), devset150 (strangers and newcomers) and devset151 (hand-overs and departures) measured 0.971, 0.826
    # (one wrongful unsubscribe), 0.806 and 0.960 acted precision unseen (504dd5e).
    "devset148": {"kinds": 0.86, "acted_precision": 0.97, "coverage": 0.82, "themes_exact": 0.33},
    "devset149": {"kinds": 0.83, "acted_precision": 1.0, "coverage": 0.70, "themes_exact": 0.70},
    "devset150": {"kinds": 0.89, "acted_precision": 0.86, "coverage": 0.92, "themes_exact": 1.0},
    "devset151": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.86, "themes_exact": 1.0},
    # Stop 41's first round: devset152 (joining and its look-alikes), devset153 (topics and their look-alikes),
    # devset154 (answers to the invitation that are not plain) and devset155 (leaving words; replies under the
    # confirmation and the welcome) measured 0.966, 0.810, 0.938 and 0.853 (one wrongful unsubscribe) acted precision
    # unseen (3e059be).
    "devset152": {"kinds": 0.96, "acted_precision": 1.0, "coverage": 0.93, "themes_exact": 1.0},
    "devset153": {"kinds": 0.9, "acted_precision": 0.91, "coverage": 0.89, "themes_exact": 0.91},
    "devset154": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.86, "themes_exact": 0.0},
    "devset155": {"kinds": 0.89, "acted_precision": 1.0, "coverage": 0.85, "themes_exact": 1.0},
    # Stop 41's second round: devset156 (people around the network), devset157 (under the thank-you, the follow-up and
    # the call), devset158 (two or three things in one mail) and devset159 (mail typed in haste) measured 0.963, 0.944,
    # 0.909 and 0.925 acted precision unseen (06d9916).
    "devset156": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.87},
    "devset157": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.85, "themes_exact": 0.8},
    "devset158": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.86, "themes_exact": 0.6},
    "devset159": {"kinds": 0.9, "acted_precision": 0.94, "coverage": 0.85, "themes_exact": 0.66},
    # Stop 41's third round: devset160 (themes that need care), devset161 (yes and no in every register), devset162
    # (sign-ups and confirmations) and devset163 (machines and people who sound like them) measured 1.000, 0.947,
    # 0.943 (one wrongful unsubscribe) and 0.957 (one) acted precision unseen (7312d53).
    "devset160": {"kinds": 0.89, "acted_precision": 1.0, "coverage": 0.88, "themes_exact": 0.84},
    "devset161": {"kinds": 0.83, "acted_precision": 0.97, "coverage": 0.76, "themes_exact": 0.0},
    "devset162": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 0.5},
    "devset163": {"kinds": 0.95, "acted_precision": 1.0, "coverage": 0.94, "themes_exact": 0.0},
    # Stop 42's first round: devset164 (leaving, now and later), devset165 (answers to the atelier that are not plain),
    # devset166 (topics and their look-alikes) and devset167 (mail forwarded and passed on) measured 0.967, 0.897,
    # 0.921 and 0.971 acted precision unseen (b2e4e01).
    "devset164": {"kinds": 0.94, "acted_precision": 1.0, "coverage": 0.91, "themes_exact": 1.0},
    "devset165": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.88, "themes_exact": 0.8},
    "devset166": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.9, "themes_exact": 0.84},
    "devset167": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.87, "themes_exact": 0.77},
    # Stop 42's second round: devset168 (asking and requesting at once), devset169 (privacy, data and addresses),
    # devset170 (Dutch that is not the textbook kind) and devset171 (the extremes of register) measured 1.000, 0.864
    # (two wrongful unsubscribes), 0.976 and 0.875 (one) acted precision unseen (b9fbd7a).
    "devset168": {"kinds": 0.9, "acted_precision": 1.0, "coverage": 0.82, "themes_exact": 0.77},
    "devset169": {"kinds": 0.93, "acted_precision": 1.0, "coverage": 0.88, "themes_exact": 1.0},
    "devset170": {"kinds": 0.91, "acted_precision": 1.0, "coverage": 0.89, "themes_exact": 0.66},
    "devset171": {"kinds": 0.88, "acted_precision": 1.0, "coverage": 0.85, "themes_exact": 0.88},
    # Stop 42's third round: devset172 (under the confirmation, the welcome and the goodbye), devset173 (the atelier's
    # cycle over weeks), devset174 (sign-ups in every role) and devset175 (answers to the call in every shape) measured
    # 0.818, 0.941 (one wrongful unsubscribe), 0.853 and 0.976 acted precision unseen (38fa8b7).
    "devset172": {"kinds": 0.89, "acted_precision": 0.96, "coverage": 0.86, "themes_exact": 1.0},
    "devset173": {"kinds": 0.86, "acted_precision": 1.0, "coverage": 0.81, "themes_exact": 0.5},
    "devset174": {"kinds": 0.9, "acted_precision": 0.9, "coverage": 0.9, "themes_exact": 1.0},
    "devset175": {"kinds": 0.93, "acted_precision": 0.97, "coverage": 0.93, "themes_exact": 0.83},
}
# Wrongful unsubscribes must be none; a held-out set that arrived with some keeps that number as a ceiling until a
# round on new development sets brings it down (never by reading its misses).
MOST_WRONGFUL = {
    "heldout5": 1,
    "heldout13": 1,
    "heldout18": 1,
    "heldout54": 1,
    "heldout56": 1,
    "heldout57": 1,
    "heldout64": 1,
    "heldout78": 1,
    "heldout81": 1,
    "devset24": 1,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floors(name: str) -> None:
    floors = FLOORS[name]
    figures = score(sets.cases(name)).figures()
    print(f"\n{name}: {figures}")
    assert figures["wrongful_unsubscribes"] <= MOST_WRONGFUL.get(name, 0), figures
    for key, floor in floors.items():
        assert figures[key] >= floor, (key, figures)


def test_every_set_is_held_to_floors() -> None:
    """A set is found as a package (tests/classify/sets.py); one without floors here would be measured by nothing."""
    assert set(FLOORS) == set(sets.HELDOUT) | set(sets.DEVELOPMENT)
    assert set(MOST_WRONGFUL) <= set(FLOORS)


def test_sets_are_large_varied_and_apart() -> None:
    first, dev = sets.cases("heldout"), sets.cases("devset")
    assert len(first) >= 150
    assert {c["kind"] for c in first} >= {"subscribe", "unsubscribe", "confirm", "rsvp", "suggestion", "other"}
    styles = {c.get("quote") for c in first if c.get("quoted")}
    assert styles >= {"groupwise", "notes", "notes-wrote", "doorgestuurd", "ongemarkeerd", "outlook-nl", "gmail"}
    themes = {t for c in first for t in c.get("themes", ())}
    assert themes == {"strategie", "samenwerking", "organisatie", "dienstverlening"}
    bodies = {c["body"] for c in first}
    assert not bodies & {c["body"] for c in dev}


def test_second_heldout_is_varied() -> None:
    second = sets.cases("heldout2")
    assert len(second) >= 110
    kinds = {c["kind"] for c in second}
    assert kinds >= {"subscribe", "unsubscribe", "confirm", "rsvp", "suggestion", "autoreply", "other"}
    assert {c["attending"] for c in second if c["kind"] == "rsvp"} == {True, False}
    assert {c.get("quote") for c in second if c.get("quoted")} == set(STYLES)
    themes = {t for c in second for t in c.get("themes", ())}
    assert themes == {"strategie", "samenwerking", "organisatie", "dienstverlening"}
    assert any(c.get("erase") for c in second)


_PHONE_FOOTER = re.compile(r"^\s*(verstuurd|verzonden|sent)\s+(vanaf|van|met|from|with)\s+.*$", re.I | re.M)


def test_no_case_is_in_two_sets() -> None:
    """A case (by id or by its words) belongs to one set only: the held-out figures hold only for unseen text."""
    every = sets.every()

    def words(case: dict[str, str], key: str) -> str | None:
        # A body of one or two words ("ja", "OK", "Bevestigd.", an empty reply) is no text of its own to learn from:
        # sets written apart meet on those by nature (the case differs by its thread and quote).
        # A body that is only a phone's footer ("Verstuurd vanaf mijn iPhone", the request in the subject) likewise.
        value = case[key]
        said = _PHONE_FOOTER.sub("", value) if key == "body" else value
        return None if key == "body" and len(said.split()) < 3 else value

    for key in ("id", "body"):
        seen: dict[str, str] = {}
        for name, cases in every.items():
            for case in cases:
                if (value := words(case, key)) is not None:
                    assert seen.setdefault(value, name) == name, (key, value, seen[value], name)
        own = sum(len({v for c in cases if (v := words(c, key)) is not None}) for cases in every.values())
        assert len(seen) == own
    for name, cases in every.items():
        ids = [c["id"] for c in cases]
        assert len(ids) == len(set(ids)), name
    assert sum(len(cases) for cases in every.values()) >= 600


def test_a_bounce_is_right_for_automatic_mail_only() -> None:
    """The sets label delivery failures ``autoreply`` (BRIEF.md); the bounce log is the right place for them, but a
    person's mail read as a bounce, or a bounce label read as an auto-reply, stays wrong."""
    from mailservice.classify import Decision, Kind
    from tests.classify.labelled import right

    bounce = Decision(Kind.BOUNCE, "onbestelbaar", rule="bounce")
    autoreply = Decision(Kind.AUTOREPLY, "automatisch antwoord", rule="autoreply-kop")
    assert right({"kind": "autoreply"}, bounce)
    assert right({"kind": "bounce"}, bounce)
    assert not right({"kind": "bounce"}, autoreply)
    assert not right({"kind": "other"}, bounce)
    assert not right({"kind": "unsubscribe"}, bounce)
