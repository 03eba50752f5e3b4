"""A fifth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writers are the ones the other sets lack: interim and deputy directors, gemeentesecretarissen who are also
director, a newly joining organisation, members who moved to a province or ministry, assistants who manage several
directors' agendas, people answering months late or from a phone, very short and very long mails, mails mixing two
requests, Flemish-style Dutch and English. Written without reading mailservice/classify/; the format is described
in tests/classify/labelled.py.
"""
