"""A fifty-third labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: it follows the sign-up life cycle and the member's own data.
Most cases answer our confirmation request or its reminder (thread ``confirmation``), some with only the
``[ref:...]`` token left in the subject and the thread lost: yeses in many words and languages (Dutch, Frisian,
Limburgish, English, German, French), yeses with thanks or small talk (``confirm``), yeses with a question or a
condition (``other``), plain denials that withdraw the pending sign-up (``unsubscribe``) and denials that ask who
signed them up or how we got the address (``other``). Then replies to the welcome mail (thanks: ``other``; a
leave: ``unsubscribe``) and to the goodbye mail (a re-join: ``subscribe``; thanks or "I never left": ``other``),
AVG requests (access and rectification: ``other``; erasure: ``unsubscribe`` with ``erase``), and members who want
to pause, to receive mail elsewhere or to copy a deputy (``other``). The format is described in
tests/classify/labelled.py.
"""
