"""Caregivers: a patient invites someone they trust, both consent, and either ends the link."""
