"""Reading an .ics back with vobject, the second parser, as a calendar app would: afresh."""

from typing import Any

import vobject  # type: ignore[import-untyped]
import vobject.icalendar  # type: ignore[import-untyped]

# vobject keeps the first VTIMEZONE it reads for a TZID for the whole process, and reads
# every later file's times by it; an app opens each file on its own, so the tests do too.
_ZONES: dict[str, Any] = vars(vobject.icalendar)["__tzidMap"]


def read_with_vobject(ics: bytes) -> Any:
    """The VCALENDAR as vobject reads it, with no zone remembered from an earlier file."""
    utc = _ZONES["UTC"]
    _ZONES.clear()
    _ZONES["UTC"] = utc
    return vobject.readOne(ics.decode("utf-8"))
