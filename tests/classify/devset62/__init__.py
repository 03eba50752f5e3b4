"""A labelled set of replies to the call for themes and the follow-up mail (issue 17), id prefix ``d62``.

Written in December 2026 apart from the classifier's code and phrase lists, as a development set. Every case
answers the call for themes (oproep_themas) or the follow-up after an atelier (vervolg_atelier), both under the
thread ``call_for_themes``; a few lost their thread headers but kept the "RE: Welke thema's ..." subject.

Its writing differs from the other sets on purpose: the reply to the call that is not (only) a topic. Leaving,
declining or coming is said beside words that name themes in passing (a reorganisation, a merger, a budget round
as the reason for being away); a topic and an RSVP share one reply (labelled ``suggestion``); "no topic, but I
come"; a last atelier before retirement; follow-up replies that speak of the next atelier; proposals about the
format of the ateliers (day, venue, length, online) that are feedback (``other``), not themes. Registers run from
formal to lowercase one-liners, with typos, mobile footers, every quote style of labelled.py and inline answers
under our quoted question.
"""
