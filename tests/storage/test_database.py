"""Database errors never carry the values a statement was writing."""

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage.models import DoseEvent, DoseEventKind, utc_now


def test_errors_hide_statement_parameters(engine: Engine) -> None:
    """A failing insert's error message names the statement, not the patient's words."""
    with Session(engine) as session:
        session.add(
            DoseEvent(
                dose_id=999_999,
                patient_id=999_999,
                kind=DoseEventKind.SKIPPED,
                occurred_at=utc_now(),
                reason="travelling to my sister's",
            )
        )
        with pytest.raises(IntegrityError) as error:
            session.flush()
    assert "travelling" not in str(error.value)
    assert "hidden due to hide_parameters" in str(error.value)
