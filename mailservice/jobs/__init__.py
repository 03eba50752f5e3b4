"""Timed work: the scheduler and what it runs (the atelier steps, the weekly digest, sign-up reminders)."""
