"""Export and erasure cover every table that holds a patient's rows."""

from sqlmodel import SQLModel

from storage.privacy import PATIENT_TABLES


def test_every_table_with_patient_rows_is_exported() -> None:
    """A new table with a patient_id must be added to the export (and cascade on delete)."""
    with_patient = {
        table.name for table in SQLModel.metadata.sorted_tables if "patient_id" in table.columns
    }
    exported = {model.__tablename__ for _, model in PATIENT_TABLES}
    assert with_patient == exported


def test_every_patient_foreign_key_cascades() -> None:
    """Erasing the patient row erases their rows everywhere, by the database's own cascade."""
    for table in SQLModel.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == "patient":
                assert key.ondelete == "CASCADE", table.name
