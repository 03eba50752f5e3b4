"""The fifty-second labelled set (issue 17): 120 cases written without reading the classifier.

Its writing differs from earlier sets in where the answer sits: most RSVPs never say a plain "ik kom" or "ik kan
niet". The yes or no hinges on conditions, time limits ("na de lunch", "om vier uur weg"), a yes for one part and
a no for another, changed minds, double negation, irony, and acts that imply the answer ("ik boek de trein", "ik
heb een afspraak verzet"), in Dutch and English. Autoreplies include hand-written notes by assistants, which are
``other`` when a person writes and ``autoreply`` when the notice is automatic.
"""
