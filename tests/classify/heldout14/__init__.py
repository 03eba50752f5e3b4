"""Held-out labelled set 14 (issue 17): hurried mail, never tuned on, only measured.

Written without reading the classifier or any other set's cases. The writers are in a hurry: they answer on a phone
between meetings, dictate with speech-to-text (homophones, missing punctuation, "punt" and "komma" spelled out,
odd capitals), send from the car through Siri, or type in the train with abbreviations (i.v.m., z.s.m., mvg, gr.,
tnx, ff, idd, vzv). Replies are half sentences or one to five words above a long quote, the answer sometimes stands
in the subject with an empty body, a subject is forgotten or is the whole message, autocorrect slips in, and mobile
footers ("Sent from my iPhone", "Verstuurd vanaf mijn Samsung", "Verzonden met Siri") often make up most of the text.
Every quote style of ``labelled.STYLES`` is used, plus inline answers and mails whose thread the client dropped.
"""
