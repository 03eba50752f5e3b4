"""The thirty-second labelled set (issue 17, prefix ``d32``): written without reading the classifier or the other sets.

Its writing leans on management assistants and secretaries who write for a director: an RSVP they send saying
their director comes or does not come is that director's RSVP; a sign-up, leave, erasure or address change they
send for the director (even at the director's request, with the director in CC) is ``other``. Besides those:
long formal letters whose request sits in the middle of a paragraph, mails carrying several requests that a
written priority resolves (leaving beats declining, an erasure survives a question or a decline), and short
replies typed on phones with their footers.
"""
