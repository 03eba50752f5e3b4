"""Labelled set devset20 (issue 17): leaving, stopping, retiring and deleting, written by roles other sets rarely use.

The writers are HR departments, ICT and functional administrators, privacy officers (FG/DPO), management
assistants, successors in their first weeks, a mayor's office, a director's spouse, colleagues reporting a death or
a long illness, suspended or sick directors, directors of organisations being dissolved or merged, and
English-speaking directors of Belgian and German cross-border bodies. About half is not the writer's own leave
(a successor asking to join, a data or legal-basis question, a death notice, a request about someone else, an
auto-reply); the other half is the writer's own leave, hand-over or erasure in fresh wordings. Written without
reading the classifier; cases that could not be labelled with confidence were left out.
"""
