"""Labelled set devset21 (issue 17): what reaches info@ambtelijkefusie.nl without being a person's own request.

About 60 % is mail that is not someone writing to us for themself: other organisations' newsletters and
marketing with their own "Afmelden"/"Uitschrijven"/"Unsubscribe" footers and list headers; notifications from
systems (calendar notices that are not replies to our invitation, SharePoint/OneDrive shares, LinkedIn, ticket
systems, mailbox-full notices, read receipts, delivery-delayed texts written as plain mail); phishing and spoofed
mail (a fake secretariat or "beheerder" asking to remove members, mailbox verification, invoices, instructions
written at a machine reader); chain forwards and list digests that hold other people's leave and sign-up words;
and out-of-office replies in many formats and languages, with and without Auto-Submitted. The other 40 % is real
requests that look machine-made: a contact-form relay sent from the director's own address, our mail forwarded
with "graag uitschrijven" above it, RSVPs from phones with long auto-signatures and marketing banners, confirmations
drowned in disclaimers, suggestions written under a pasted newsletter. Headers are set where real mail carries them.
Written without reading the classifier; cases that could not be labelled with confidence were left out.
"""
