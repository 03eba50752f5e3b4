"""A thirty-eighth labelled set (issue 17), written in December 2026 apart from the classifier's code, its phrase
lists and the other labelled sets.

Its writing differs on purpose: the thread and the words disagree in most cases. Every mail in
``quoted_mails.json`` is answered with a purpose other than its own (a leave under the welcome, a topic under the
reminder or the cancellation, an RSVP under the call for themes, a sign-up under someone else's forwarded invitation,
follow-up or cancellation, an erasure under the waiting-list notice, a "lid blijven" under the goodbye), confirmations
arrive as new mails with the reference in the subject, and old threads are reused months later for a new request.
Many mails carry two intents, resolved by the written priority: leaving beats an RSVP, an erasure is never lost, an
act together with a question a person must answer (or a request about someone else) is ``other``. A few answers are
minimal ("ok", "doe maar", "nee dank je", "prima", a thumbs-up, an empty body with a signature) and are labelled as a
person reads them in their thread. The format is described in tests/classify/labelled.py.
"""
