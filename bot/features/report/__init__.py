"""/report: a PDF and a CSV of the record, for the patient's clinician."""
