"""/history: the patient's record a page at a time, corrections of a wrong entry, the chart."""
