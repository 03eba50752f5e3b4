"""The twenty-eighth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase
lists.

Its subject is the thread and the subject line set against the writer's words. Many replies sit in the "wrong"
thread: a leave under the call for themes, a topic under the invitation or the welcome, an RSVP under the welcome
or under the goodbye, a colleague's sign-up under the invitation, an erasure under the reminder or the goodbye, a
question under the confirmation request. Others lost their thread (``thread`` None) but still quote our mail, or are
new mails whose subject carries the request while the body is empty, a signature, "zie onderwerp" or says something
else (an "Afmelden" subject whose body limits it to the atelier). Subjects come in capitals, with typos, in the
writer's own words ("Mijn komst op 11/3", "Stoppen", "Nieuw lid"), forwarded ("FW: ...") or as our own subject with
the writer's answer put in front of it. Every thread purpose and every quote style is used, plus inline answers.

Labels follow the secretariat's conventions: the writer's meaning decides, not the thread or the subject; a mail
that asks something for someone else, or mixes an act with a question a person must answer, is ``other``; a
hand-over to a named successor is ``unsubscribe``; leaving the network and declining the atelier together is
``unsubscribe``; an AVG erasure anywhere is ``unsubscribe`` with ``erase``; replies to the follow-up mail carry the
thread ``call_for_themes``. Cases that could not be labelled with confidence were left out.
"""
