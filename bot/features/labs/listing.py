"""The /labs list: what is due, the results so far and each result's trend."""

from html import escape

from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.domain.labs import RESULT_RULES, LabResult, LabTest, trend
from bot.features.labs.offer import name_heading
from storage.labs import done_labs, planned_labs, previous_result
from storage.models import LabOrder, Patient


def labs_text(catalog: Catalog, session: Session, patient: Patient) -> str:
    """What is due and the results so far, each with its trend."""
    assert patient.id is not None
    planned = planned_labs(session, patient_id=patient.id)
    text = catalog.text("lab-list-title")
    if planned:
        items = "\n".join(
            catalog.text(
                "lab-list-due-item",
                test=name_heading(catalog.word("lab-test-names", lab.test)),
                day=catalog.day(lab.due_on),
                ordered=catalog.text("lab-list-ordered") if lab.ordered_by_clinician else "",
            )
            for lab in planned
        )
        text += catalog.text("lab-list-due", items=items)
    else:
        text += catalog.text("lab-list-nothing-due")
    done = done_labs(session, patient_id=patient.id)
    if done:
        text += catalog.text(
            "lab-list-results", items="\n".join(_result_line(catalog, session, lab) for lab in done)
        )
    return text


def _result_line(catalog: Catalog, session: Session, lab: LabOrder) -> str:
    """One done test: its result and trend, or that no result was recorded."""
    name = name_heading(catalog.word("lab-test-names", lab.test))
    day = catalog.day(lab.done_on or lab.due_on)
    if lab.result_value is None or lab.result_unit is None:
        return catalog.text("lab-list-done-item", test=name, day=day)
    return catalog.text(
        "lab-list-result-item",
        test=name,
        day=day,
        value=result_number(_as_result(lab)),
        unit=escape(lab.result_unit),
        trend=trend_text(catalog, session, lab),
    )


def trend_text(catalog: Catalog, session: Session, lab: LabOrder) -> str:
    """ " ↑ up from 9.8 g/dL" against the same test's previous result ('' when none)."""
    previous = previous_result(session, lab=lab)
    if previous is None or lab.test not in RESULT_RULES:
        return ""
    direction = trend(LabTest(lab.test), _as_result(lab), _as_result(previous))
    if direction is None:
        return ""
    before = _as_result(previous)
    return catalog.word("lab-trend", direction) + catalog.text(
        "lab-trend-suffix", value=result_number(before), unit=escape(before.unit)
    )


def _as_result(lab: LabOrder) -> LabResult:
    """A stored result in the domain's shape."""
    assert lab.result_value is not None and lab.result_unit is not None
    return LabResult(LabTest(lab.test), lab.result_value, lab.result_unit)


def result_number(result: LabResult) -> str:
    """A value without trailing zeros: 11.2, 350."""
    return format(result.value.normalize(), "f")


def lab_label(catalog: Catalog, lab: LabOrder) -> str:
    """A test on a button: its name and date."""
    name = name_heading(catalog.word("lab-test-names", lab.test))
    return f"{name}, {catalog.day(lab.done_on or lab.due_on)}"
