"""/settings: zone, reminder time, follow-up, booking notice and travel, by buttons or in words."""
