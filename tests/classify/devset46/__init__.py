"""The forty-sixth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: almost every case is a LONG mail, five to twenty-five lines of
the writer's own text, in which the one sentence the service can act on sits among news, context, small talk and a
signature. A director tells about the reorganisation of his werkorganisatie and asks to join in the third
paragraph; a long thank-you after an atelier ends with a topic; a yes to the atelier hides in a mail about a
report; a leave is explained over several paragraphs (retirement, a new job, an ambtelijke fusie that was
dissolved); out-of-office replies list several stand-ins, addresses and opening hours. Some mails carry two
requests (a yes with a topic for later, a sign-up with a wish to come to the next atelier, a leave with an AVG
erasure), and about a sixth tell a long story and then ask nothing the service can act on, or ask a question a
person must answer. A recurring cast of invented directors writes in several roles over the year. Quotes come in
every style, with inline answers and bottom-posted replies whose own text sits below the quote.

Relabelled on arrival to the project's conventions: a named colleague's sign-up with her own address (d46-oth-09) is
``subscribe``, the confirmation request going to her, as 41 cases of the older sets label it. The id is kept.
"""
