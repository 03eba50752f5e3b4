"""Held-out labelled set 12 (issue 17): a year of inbound mail to info@, much of it not written by the director.

Written without reading the classifier, its phrase lists, its training data or the other sets' cases; never used
to tune anything, only to measure. Cases that could not be labelled with confidence were left out.

How its writing differs: many mails come from someone other than the director or from a mixed role: management
assistants and secretaries writing "namens" (with the director's own request forwarded below, or without it, which
makes an act for someone else ``other``), shared team and directie mailboxes, P&O, ICT, privacy and reception
desks, acting directors and substitutes; directors write from a private Gmail, Outlook.com, KPN, Ziggo or iCloud
address and say so; the director forwards an internal chain with "zie hieronder, graag regelen" and the request
sits in the forwarded part. The client mess is heavier: answers below the quote (bottom-posting), our mail pasted
as plain text under "_____" or "-----" without any mark, HTML-to-text remnants ("[cid:image001.png@...]", table
pipes, SafeLinks and URL-defence links, "Verzonden vanaf Outlook voor Android"), "[EXTERN]"/"[EXTERNAL]" tags and
subjects in capitals, and Dutch mixed with English (and once Frisian). Conventions follow the brief: a substitute
means ``attending`` False, the latest answer counts, a hand-over to a named successor is ``unsubscribe``, an AVG
erasure anywhere is ``unsubscribe`` with ``erase`` (for a colleague: ``other``), acts mixed with a question or done
for someone else without their own request are ``other``; replies to the follow-up mail carry the thread
``call_for_themes``.
"""
