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
"""
