"""A forty-second labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its weight lies on the second half of the sign-up and on the member's own data: replies to our confirmation request
(thread ``confirmation``, subjects with the ``[ref:...]`` token, some with the thread lost) in every way people say
yes or no, and mail about what we hold on a member. Plain yeses, yeses with thanks or small talk are ``confirm``; a
yes with a question or a condition, a yes from a management assistant or a shared mailbox, a yes for another address
than the one we wrote to are ``other``. A plain denial in answer to our request ("niet door mij aangevraagd") is
``unsubscribe``; a denial that asks who signed the writer up or where we got the address is ``other``. Changes of
one's own address, name or function and requests to see one's data (AVG inzage, not erasure) are ``other``; an
erasure request is ``unsubscribe`` with ``erase`` True. About thirty plain sign-ups, leaves and out-of-offices keep
the set honest.

How the writing differs: the confirmations come from every register (empty replies, a bare signature, emoji, ALL
CAPS, Frisian and Limburg sign-offs, long formal letters with titles and phone numbers), often with small talk about
a congress, a holiday or the spam folder; the conditions and questions sit in a subordinate clause after the yes;
denials are curt or indignant; the data mail names AVG articles, marriages, new domains after a merger and interim
titles. Invented people and organisations throughout.
"""
