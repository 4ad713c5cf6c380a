"""What a fuzz walk found, and the table bench/fuzz.py prints (and a failing test shows)."""

import hashlib
import os
import platform
from collections import Counter
from dataclasses import dataclass, field

from bot.features.labs.conversation import State as LabState
from bot.features.setup.draft import Step
from tests.fuzz.observe import Failure

REQUIRED_STATES = frozenset(
    {
        *(f"setup/{step.value}" for step in Step),
        "setup/regimen change",
        *(f"labs/{state.name.lower()}" for state in LabState),
        *("symptoms/rating", "awaiting/late_date", "awaiting/skip_reason", "idle/new", "idle/plan"),
        *(f"buttons/{prefix}" for prefix in ("dose", "late", "skipwhy", "site", "labplan")),
        *(f"buttons/{prefix}" for prefix in ("lab", "sym", "erase", "labs", "setup")),
        *(f"command/{name}" for name in ("pause", "resume", "appointments", "stock")),
        *(f"command/{name}" for name in ("followup", "switch", "regimen", "export", "delete")),
        *("command/labs", "command/symptoms", "export/document", "delete/erased"),
        *("reminder/dose", "reminder/dose_follow_up", "reminder/symptom_check_in"),
        "reminder/lab_day_before",
    }
)
SHOWN = 20


@dataclass
class Occurrence:
    """One distinct error: how often, and the first patient's inputs up to it."""

    failure: Failure
    count: int
    first_input: int
    chat: int
    trail: list[str]
    skipped: int


@dataclass
class FuzzReport:
    """Counts and first occurrences of everything that went wrong in one walk."""

    seed: int
    patients: int
    inputs: int = 0
    clock_moves: int = 0
    elapsed: float = 0.0
    metric_errors: float = 0.0
    categories: Counter[str] = field(default_factory=Counter)
    states: set[str] = field(default_factory=set)
    failures: dict[tuple[str, str], Occurrence] = field(default_factory=dict)
    by_handler: Counter[tuple[str, str]] = field(default_factory=Counter)
    apologies: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    # Unanswered inputs by what they were ("location", "command /cancel", "button 'erase'").
    unanswered_kinds: Counter[str] = field(default_factory=Counter)
    stuck: list[str] = field(default_factory=list)
    warnings: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Chained over every input sent, in order: the same seed and code give the same digest.
    digest: str = ""

    def add_input(self, line: str) -> None:
        """Count one input, chaining it into the digest."""
        self.inputs += 1
        self.digest = hashlib.sha256(f"{self.digest}{line}".encode()).hexdigest()

    @property
    def errors(self) -> int:
        """Every error logged during the walk."""
        return sum(occurrence.count for occurrence in self.failures.values())

    @property
    def missing(self) -> list[str]:
        """Required states the walk never reached."""
        return sorted(REQUIRED_STATES - self.states)

    @property
    def clean(self) -> bool:
        """No error, apology, unanswered message or stuck update."""
        return not (self.errors or self.metric_errors or self.apologies) and not (
            self.unanswered or self.stuck
        )

    def table(self) -> str:
        """The whole report as text."""
        lines = [
            f"fuzz: seed {self.seed}, {self.patients} patients",
            _row("inputs sent", f"{self.inputs:,}"),
            *(_row(f"  {name}", f"{count:,}") for name, count in sorted(self.categories.items())),
            _row("clock moves (reminders delivered)", f"{self.clock_moves:,}"),
            _row(
                "states reached",
                f"{len(self.states)} ({len(REQUIRED_STATES - set(self.missing))}"
                f" of {len(REQUIRED_STATES)} required)",
            ),
            _row("required states not reached", ", ".join(self.missing) or "none"),
            _row("handler errors (logged)", f"{self.errors:,}"),
            _row("handler errors (b12bot metric)", f"{self.metric_errors:,.0f}"),
            _row("apologies sent", f"{len(self.apologies):,}"),
            _row("unanswered messages", f"{len(self.unanswered):,}"),
            _row("updates not handled in time", f"{len(self.stuck):,}"),
            _row(
                "elapsed",
                f"{self.elapsed:,.1f} s ({self.inputs / max(self.elapsed, 1e-9):,.0f} inputs/s)",
            ),
            _row("machine", machine()),
            _row("walk digest (same seed, same walk)", self.digest[:16]),
            "",
            "states reached: " + ", ".join(sorted(self.states)),
        ]
        lines += self._errors_table()
        if self.unanswered_kinds:
            lines += ["", "unanswered inputs by kind (count, kind):"]
            lines += [f"  {n:>6}  {kind}" for kind, n in self.unanswered_kinds.most_common()]
        lines += _listed("unanswered", self.unanswered)
        lines += _listed("apologies", self.apologies)
        lines += _listed("not handled in time", self.stuck)
        lines += ["", "log warnings by message template (count, logger, template):"]
        lines += [
            f"  {n:>6}  {name}: {template}" for (name, template), n in self.warnings.most_common(15)
        ]
        return "\n".join(lines)

    def _errors_table(self) -> list[str]:
        """Errors by exception type and handler, then each distinct one with its inputs."""
        if not self.failures:
            return ["", "no handler errors"]
        lines = ["", "handler errors by exception type and handler (count, exception, handler):"]
        lines += [
            f"  {n:>6}  {kind}  in {handler}"
            for (kind, handler), n in self.by_handler.most_common()
        ]
        lines += [
            "",
            "each distinct error (exception at its innermost project line), first occurrence:",
        ]
        ordered = sorted(self.failures.values(), key=lambda o: -o.count)
        for number, occurrence in enumerate(ordered, 1):
            failure = occurrence.failure
            lines.append(
                f"  [{number}] {failure.kind} at {failure.location} — {occurrence.count} times;"
                f" first at input #{occurrence.first_input}, chat {occurrence.chat}:"
                f" {failure.detail}"
            )
            if occurrence.skipped:
                lines.append(f"        ({occurrence.skipped} earlier inputs of that chat)")
            lines += [f"        {step}" for step in occurrence.trail]
        return lines


def _row(name: str, value: str) -> str:
    """One line of the summary table."""
    return f"{name:<36}{value}"


def _listed(title: str, items: list[str]) -> list[str]:
    """The first few items of a list, if any."""
    if not items:
        return []
    more = f" (first {SHOWN} of {len(items)})" if len(items) > SHOWN else ""
    return ["", f"{title}{more}:", *(f"  {item}" for item in items[:SHOWN])]


def machine() -> str:
    """Where the walk ran: system, Python, cores and load."""
    load = os.getloadavg()[0]
    return (
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {load:.2f}"
    )
