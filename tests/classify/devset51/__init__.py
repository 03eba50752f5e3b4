"""A fifty-first labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: membership is asked and given up in words the usual verbs do
not cover. Directors join by describing themselves and asking to "erbij horen", "aanhaken", "meedraaien", to have
their name on the list or access to the network, or in English "include me" and "add me"; they leave with "ik hou
ermee op", "mijn rol zit erop", "het netwerk is niets meer voor mij", "graag uit jullie bestand", "take me off" or
"I am stepping down", and hand over with "vanaf nu is X jullie contactpersoon". Confirmations are bare ("klopt",
"prima zo", "yes that's me"). The look-alikes are labelled ``other``: whether a deputy may join, what membership
entails, a director who left but wants to keep the report, an HR officer removing a former director, a change of
e-mail address, a complaint about too many mails without asking to leave. The format is described in
tests/classify/labelled.py.
"""
