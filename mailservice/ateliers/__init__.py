"""Ateliers (issue 7): the Leer- en inspireer-ateliers and their cycle of mailings.

The pure part imports no database or network code: ``planning`` (when each step goes out), ``ics`` (the calendar
files), ``tally`` (the count of themes), ``waitlist`` (who moves up), and the names below. The database part,
split by what it owns: ``steps`` (planning and sending each step, updates, cancelling), ``audience`` (who gets a
step), ``facts`` (what the mails say about an atelier), ``suggestions`` (the stored themes and their tally),
``seats`` (seats and the waiting list), ``substitutes`` (mail to someone who comes in a member's place).
The scheduler (mailservice.jobs) runs the steps; mailservice.actions.ateliers answers RSVPs and suggestions.
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
