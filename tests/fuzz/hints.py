"""Which answers lead toward each state a walk must reach, so a short walk reaches them all.

A hint is the start of an answer's key (button data with ids as "#", or the typed text); each
state's hints are the steps of a path to it, in order. While a state is not reached yet, the
answers its hints name are preferred wherever they fit, the furthest step along first; once
every state is reached the walk is the plain least-used-first walk.
"""

HINTS: dict[str, tuple[str, ...]] = {
    "setup/months": ("setup:preset:uk_hydroxocobalamin",),
    "setup/pdose": ("setup:preset:maintenance_only",),
    "setup/kind": ("setup:preset:custom",),
    "setup/more": ("setup:preset:custom",),
    "setup/editor": ("setup:review:edit",),
    "setup/days": ("setup:cadence:days", "setup:review:edit", "setup:editor:c"),
    "setup/pmonths": ("setup:cadence:months", "setup:review:edit", "setup:editor:c"),
    "setup/weekdays": ("setup:cadence:weekdays", "setup:review:edit", "setup:editor:c"),
    "setup/count": ("setup:end:doses", "setup:review:edit", "setup:editor:c"),
    "setup/duration": ("setup:end:days", "setup:review:edit", "setup:editor:c"),
    "setup/regimen change": ("/regimen",),
    "setup/zones": ("Springfeld",),
    "labs/menu": ("/labs",),
    "labs/clinician_test": ("/labs", "labs:menu:clinician"),
    "labs/when": ("/labs", "labs:menu:clinician", "labs:test:"),
    "labs/pick": ("/labs", "labs:menu:done", "labs:menu:move", "labs:menu:result"),
    "labs/move_date": ("/labs", "labs:menu:move", "lab:#:move", "labs:pick:"),
    "labs/result": ("/labs", "labs:menu:result", "labs:menu:done", "lab:#:done", "labs:pick:"),
    "symptoms/rating": ("/symptoms", "sym:"),
    "awaiting/late_date": ("late", "dose:#:late", "late:#:pick"),
    "awaiting/skip_reason": ("skip", "dose:#:skip"),
    "buttons/late": ("late", "dose:#:late"),
    "buttons/skipwhy": ("skip", "dose:#:skip"),
    "buttons/site": ("done", "dose:#:done"),
    "buttons/labplan": ("labs:menu:suggested",),
    "buttons/sym": ("/symptoms",),
    "buttons/erase": ("/delete",),
    "buttons/labs": ("/labs",),
    "buttons/setup": ("/regimen", "/start"),
    "export/document": ("/export",),
    "delete/erased": ("/delete", "erase:yes"),
    **{
        f"command/{name}": (f"/{name}",)
        for name in ("pause", "resume", "appointments", "stock", "followup", "switch")
    },
    **{f"command/{name}": (f"/{name}",) for name in ("regimen", "export", "delete", "labs")},
    "command/symptoms": ("/symptoms",),
}


def step_along(key: str, missing: frozenset[str]) -> int:
    """How far along a path to a missing state the answer with this key is (0: on none)."""
    return max(
        (
            position
            for state in missing
            for position, hint in enumerate(HINTS.get(state, ()), 1)
            if key.startswith(hint)
        ),
        default=0,
    )
