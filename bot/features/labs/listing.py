"""The /labs list: what is due, the results so far and each result's trend."""

from html import escape

from sqlmodel import Session

from bot.catalog import texts
from bot.catalog.formatting import local_date_text
from bot.domain.labs import RESULT_RULES, LabResult, LabTest, trend
from bot.features.labs.offer import name_heading
from storage.labs import done_labs, planned_labs, previous_result
from storage.models import LabOrder, Patient


def labs_text(session: Session, patient: Patient) -> str:
    """What is due and the results so far, each with its trend."""
    assert patient.id is not None
    planned = planned_labs(session, patient_id=patient.id)
    text = texts.LAB_LIST_TITLE
    if planned:
        items = "\n".join(
            texts.LAB_LIST_DUE_ITEM.format(
                test=name_heading(texts.LAB_TEST_NAMES.get(lab.test, lab.test)),
                day=local_date_text(lab.due_on),
                ordered=texts.LAB_LIST_ORDERED if lab.ordered_by_clinician else "",
            )
            for lab in planned
        )
        text += texts.LAB_LIST_DUE.format(items=items)
    else:
        text += texts.LAB_LIST_NOTHING_DUE
    done = done_labs(session, patient_id=patient.id)
    if done:
        text += texts.LAB_LIST_RESULTS.format(
            items="\n".join(_result_line(session, lab) for lab in done)
        )
    return text


def _result_line(session: Session, lab: LabOrder) -> str:
    """One done test: its result and trend, or that no result was recorded."""
    name = name_heading(texts.LAB_TEST_NAMES.get(lab.test, lab.test))
    day = local_date_text(lab.done_on or lab.due_on)
    if lab.result_value is None or lab.result_unit is None:
        return texts.LAB_LIST_DONE_ITEM.format(test=name, day=day)
    return texts.LAB_LIST_RESULT_ITEM.format(
        test=name,
        day=day,
        value=result_number(_as_result(lab)),
        unit=escape(lab.result_unit),
        trend=trend_text(session, lab),
    )


def trend_text(session: Session, lab: LabOrder) -> str:
    """ " ↑ up from 9.8 g/dL" against the same test's previous result ('' when none)."""
    previous = previous_result(session, lab=lab)
    if previous is None or lab.test not in RESULT_RULES:
        return ""
    direction = trend(LabTest(lab.test), _as_result(lab), _as_result(previous))
    if direction is None:
        return ""
    before = _as_result(previous)
    return texts.LAB_TREND[direction] + texts.LAB_TREND_SUFFIX.format(
        value=result_number(before), unit=escape(before.unit)
    )


def _as_result(lab: LabOrder) -> LabResult:
    """A stored result in the domain's shape."""
    assert lab.result_value is not None and lab.result_unit is not None
    return LabResult(LabTest(lab.test), lab.result_value, lab.result_unit)


def result_number(result: LabResult) -> str:
    """A value without trailing zeros: 11.2, 350."""
    return format(result.value.normalize(), "f")


def lab_label(lab: LabOrder) -> str:
    """A test on a button: its name and date."""
    day = local_date_text(lab.done_on or lab.due_on)
    return f"{name_heading(texts.LAB_TEST_NAMES.get(lab.test, lab.test))}, {day}"
