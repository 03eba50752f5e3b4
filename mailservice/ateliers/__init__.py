"""Ateliers (issue 7), the pure part: planning the cycle, the .ics, the waiting list, the tally of themes.

No database and no network here (STYLE.md: pure core, thin edges); mailservice.cycle, mailservice.scheduler and
mailservice.actions.ateliers do the IO.
"""

from __future__ import annotations

# The four themes of the brochure, in its order.
THEMES = ("strategie", "samenwerking", "organisatie", "dienstverlening")

# The steps of one atelier's cycle, in order, and the template each sends.
CALL_FOR_THEMES = "call_for_themes"
TALLY = "tally"
INVITATION = "invitation"
REMINDER = "reminder"
FOLLOWUP = "followup"
CANCELLATION = "cancellation"  # not planned: sent when the secretariat cancels after the invitation
UPDATE = "update"  # not planned: an updated invitation after the secretariat changed time or place
DIGEST = "digest"  # the weekly digest to the secretariat: the service's own rhythm, no atelier

CYCLE = (CALL_FOR_THEMES, TALLY, INVITATION, REMINDER, FOLLOWUP)

TEMPLATES = {
    CALL_FOR_THEMES: "oproep_themas",
    TALLY: "telling_themas",
    INVITATION: "uitnodiging_atelier",
    REMINDER: "herinnering_atelier",
    FOLLOWUP: "vervolg_atelier",
    CANCELLATION: "annulering_atelier",
    UPDATE: "wijziging_atelier",
    DIGEST: "weekoverzicht",
}

# How the secretariat reads a step in the CLI and in mail.
STEP_NAMES = {
    CALL_FOR_THEMES: "oproep thema's",
    TALLY: "telling thema's",
    INVITATION: "uitnodiging",
    REMINDER: "herinnering",
    FOLLOWUP: "vervolgmail",
    CANCELLATION: "annulering",
    UPDATE: "wijziging",
    DIGEST: "weekoverzicht",
}
