"""A fiftieth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its suggestions name their theme by subject matter rather than by the theme's word: a front desk, waiting times or
a citizen portal is ``dienstverlening``; culture, HR, leadership, housing of staff or the IT behind the work is
``organisatie``; the relation with councils and colleges, regional cooperation or shared services with other
municipalities is ``samenwerking``; long-term vision, agenda setting, positioning, the future or the dissolution
of the fusion is ``strategie``. Two or three themes are labelled only where the writer proposes each of them;
themes only mentioned in passing, in a signature, an organisation name ("Dienstverlening Gemeenten ...") or a job
title ("directeur Bedrijfsvoering"), or set aside by the writer, are not labelled. Topics come as English mails,
bullet lists and paragraphs inside longer mails. Its ``other`` cases are look-alikes: remarks about the last
atelier, questions about the themes, suppliers offering to present, a director naming the theme he would not
want, and news about an organisation without a proposal. Its RSVPs are answers in the call-for-themes and
follow-up threads that are about coming. The format is described in tests/classify/labelled.py.
"""
