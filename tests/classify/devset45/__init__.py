"""The forty-fifth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: nearly every case turns on a negation or on something that looks
like one. Yeses to the invitation worded with "niet", "geen", "niets", "niemand" or "nooit" ("daar ontbreek ik
niet", "geen enkele reden om weg te blijven", "wouldn't miss it", "can't wait") against noes that carry the same
words ("het zit er niet in", "ik zie geen ruimte", "can't make it"), double negations ("niet dat ik niet wil"),
negations in the second clause, changes of mind in both directions, a substitute, a yes that leaves early. Leaves
that never say "afmelden" ("ik wil geen berichten meer") against negated look-alikes that must not become a leave
("ik wil me NIET afmelden", "geen afmelding maar een adreswijziging", "niet van de lijst, wel een ander adres");
confirmations that say "geen bezwaar" or "niemand anders dan ik" against refusals ("dit was ik niet"); suggestions
that set one theme aside and propose another ("niet de structuur, maar ..."), labelled with the proposed theme only;
sign-ups by people who are "nog geen lid" against a director who moved and wants to stay a member at a new address,
a colleague's sign-up and a question about who may join (all ``other``). Out-of-office replies are full of "niet"
too ("niet aanwezig", "wordt niet doorgestuurd"). Registers run from formal letters to lowercase one-liners, in
Dutch, English and a mix, under every quote style and as inline answers.

Relabelled on arrival to the project's conventions (the writer followed a brief that had them wrong): a plain
denial under our confirmation request ("dit was ik niet", "I did not sign up for this"; d45-oth-02 to -04) is
``unsubscribe``, the pending sign-up withdrawn, as 40 cases of the older sets label it; a named colleague's sign-up
with her own address (d45-oth-13) is ``subscribe``, the confirmation request going to her, as 41 cases do. The ids
are kept.
"""
