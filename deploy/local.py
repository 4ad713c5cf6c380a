"""Set up a private environment and run the bot or the test suite: the README's commands.

    python3 deploy/local.py run     # install into .venv, then run the bot (needs the token)
    python3 deploy/local.py try     # install into .venv, then chat with the bot in a browser
                                    # (no token, no Telegram; --terminal, --script FILE)
    python3 deploy/local.py test    # install into .venv with dev tools, then ruff, mypy, pytest
    python3 deploy/local.py bench burst|paid|startup|replies|plans|fuzz [options]   # figures
    python3 deploy/local.py lock    # regenerate requirements/*.txt after changing pyproject.toml

Only a Python 3.11+ interpreter is needed; everything else comes from the package index, at
the exact versions and hashes of requirements/run.txt (the bot) or requirements/test.txt
(the tests and benchmarks), so every machine installs the same files. The environment is
reinstalled whenever pyproject.toml or the lock changes.

The tests also run against PostgreSQL: B12BOT_TEST_POSTGRES_URL if set, else a server on
127.0.0.1:5432, else a throwaway cluster started from Debian's packages (installed with
apt-get when running as root). Without any of these the PostgreSQL tests are skipped.
The container test builds deploy/Dockerfile with podman on a Debian base made by debootstrap;
both are installed with apt-get when running as root, else that test is skipped; so is
Debian's Chromium for the try-it page's browser test (tests/tryout/test_browser.py).
"""

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
EXTRAS = {"run": "postgres", "try": "postgres", "test": "dev,postgres", "bench": "dev,postgres"}
# The lock each set of extras installs from; `lock` writes them from pyproject.toml.
LOCKS = {
    "postgres": ROOT / "requirements" / "run.txt",
    "dev,postgres": ROOT / "requirements" / "test.txt",
}
PIP_TOOLS = "pip-tools==7.6.2"
BENCHMARKS = (
    "burst",
    "peak",
    "paid",
    "startup",
    "replies",
    "fuzz",
    "report",
    "plans",
    "ledger_cost",
)
CHECKS = (
    ("ruff", "check", "."),
    ("ruff", "format", "--check", "."),
    ("mypy",),
    ("lint-imports",),
)


def main(argv: list[str]) -> int:
    """Dispatch `run`, `try` or `test`; any further arguments go to the bot or to pytest."""
    if len(argv) < 1 or argv[0] not in (*EXTRAS, "lock"):
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):  # noqa: UP036  # explain instead of failing obscurely
        print("b12bot needs Python 3.11 or newer; this is", sys.version.split()[0])
        return 2
    command, rest = argv[0], argv[1:]
    if command == "lock":
        return write_locks()
    ensure_environment(EXTRAS[command])
    if command == "run":
        return run_bot(rest)
    if command == "try":
        return run_bot(rest, command="try")
    if command == "bench":
        return run_benchmark(rest)
    return run_tests(rest)


def ensure_environment(extras: str) -> None:
    """Create .venv and install the project with `extras` from its lock, unless up to date."""
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("Creating the virtual environment in .venv …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / ".b12bot-installed"
    if stamp.exists():
        installed_fingerprint, _, installed_extras = stamp.read_text().partition("\n")
        # The test environment is a superset of the run environment: no reinstall needed.
        if set(extras.split(",")) <= set(installed_extras.split(",")) and (
            installed_extras in LOCKS and installed_fingerprint == _fingerprint(installed_extras)
        ):
            return
    lock = LOCKS[extras]
    print(f"Installing b12bot [{extras}] into .venv from {lock.relative_to(ROOT)} …", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--require-hashes", "-r", str(lock)], check=True)
    # The lock holds the build tools too, so the project itself needs nothing more.
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True
    )
    stamp.write_text(f"{_fingerprint(extras)}\n{extras}")


def _fingerprint(extras: str) -> str:
    """What an installed environment was made from: pyproject.toml and the lock used."""
    return hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + LOCKS[extras].read_bytes()
    ).hexdigest()


def write_locks() -> int:
    """Resolve pyproject.toml afresh into requirements/*.txt: exact versions with hashes."""
    with tempfile.TemporaryDirectory() as folder:
        tools = Path(folder) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True)
        tools_bin = tools / ("Scripts" if os.name == "nt" else "bin")
        quiet = ["--disable-pip-version-check", "-q"]
        subprocess.run(
            [str(tools_bin / "python"), "-m", "pip", *quiet, "install", PIP_TOOLS], check=True
        )
        # Only the public index: a machine's own pip settings (extra indexes, wheel folders)
        # must not end up in what every other machine installs.
        environment = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": ""}
        for extras, lock in LOCKS.items():
            lock.parent.mkdir(exist_ok=True)
            command = [
                str(tools_bin / "pip-compile"),
                "--quiet",
                "--generate-hashes",
                "--allow-unsafe",
                "--strip-extras",
                "--all-build-deps",
                "--index-url=https://pypi.org/simple",
                "--no-emit-index-url",
                "--no-emit-find-links",
                *(f"--extra={extra}" for extra in extras.split(",")),
                f"--output-file={lock.relative_to(ROOT)}",
                "pyproject.toml",
            ]
            if code := subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode:
                return code
            print(f"wrote {lock.relative_to(ROOT)}")
    return 0


def run_bot(arguments: list[str], command: str = "run") -> int:
    """Become the bot process (`b12bot run`, or `b12bot try`), so that Ctrl-C and SIGTERM
    reach it directly."""
    bot = str(BIN / "b12bot")
    if os.name == "nt":
        return call([bot, command, *arguments])
    os.execv(bot, [bot, command, *arguments])


def run_tests(pytest_arguments: list[str]) -> int:
    """Run the linters, the type checker and the whole test suite; fail on the first failure."""
    for check in CHECKS:
        if code := call([str(BIN / check[0]), *check[1:]]):
            return code
    ensure_container_tools()
    url, stop_server = find_or_start_postgres()
    if url:
        os.environ[POSTGRES_URL_VARIABLE] = url
    try:
        code = call([str(BIN / "python"), "-m", "pytest", *_workers(pytest_arguments)])
    finally:
        stop_server()
    if code == 5:
        print("pytest collected no tests: that is a failure, not a pass")
        return 1
    return code


# The suite runs in one worker process per core, at most this many: each test has its own
# database and ports, and beyond a few workers the process tests only wait on each other.
MOST_TEST_WORKERS = 4


def _workers(pytest_arguments: list[str]) -> list[str]:
    """The pytest arguments, spread over the cores unless the caller chose (-n / -p no:xdist)."""
    chosen = any(arg.startswith(("-n", "--numprocesses", "--dist")) for arg in pytest_arguments)
    if chosen or "no:xdist" in pytest_arguments:
        return pytest_arguments
    workers = max(1, min(MOST_TEST_WORKERS, os.cpu_count() or 1))
    return [f"--numprocesses={workers}", *pytest_arguments] if workers > 1 else pytest_arguments


POSTGRES_URL_VARIABLE = "B12BOT_TEST_POSTGRES_URL"
LOCAL_POSTGRES_URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
)


def find_or_start_postgres() -> tuple[str, Callable[[], None]]:
    """A PostgreSQL URL for the tests and how to stop the server if we started it."""
    if configured := os.environ.get(POSTGRES_URL_VARIABLE):
        print(f"PostgreSQL for the tests: {POSTGRES_URL_VARIABLE} is set", flush=True)
        return configured, _nothing
    if _port_open(5432):
        for url in LOCAL_POSTGRES_URLS:
            if _can_connect(url):
                print(f"PostgreSQL for the tests: {url}", flush=True)
                return url, _nothing
    try:
        return _throwaway_cluster()
    except (OSError, subprocess.CalledProcessError, RuntimeError) as error:
        print(f"PostgreSQL tests skipped: {error}", flush=True)
        return "", _nothing


def _nothing() -> None:
    """Nothing to stop."""


def _port_open(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:`port`."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _can_connect(url: str) -> bool:
    """Whether psycopg (in .venv) can log in with this URL."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    probe = f"import psycopg; psycopg.connect({dsn!r}, connect_timeout=3).close()"
    result = subprocess.run([str(BIN / "python"), "-c", probe], capture_output=True, check=False)
    return result.returncode == 0


def _postgres_bin() -> Path | None:
    """The folder of Debian's PostgreSQL server programs, newest version first."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _throwaway_cluster() -> tuple[str, Callable[[], None]]:
    """Install PostgreSQL if needed (as root), then start a private cluster on 127.0.0.1."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if _postgres_bin() is None:
        if not as_root or shutil.which("apt-get") is None:
            raise RuntimeError("no server found, and installing one needs root and apt-get")
        _apt_install("postgresql")
    bin_folder = _postgres_bin()
    if bin_folder is None:
        raise RuntimeError("PostgreSQL's initdb was not found after installing")
    folder = Path(tempfile.mkdtemp(prefix="b12bot-postgres-"))
    # initdb refuses to run as root: the cluster belongs to the postgres system user.
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    data, log = folder / "data", folder / "server.log"
    subprocess.run(
        [*run_as, str(bin_folder / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = [*run_as, str(bin_folder / "pg_ctl"), "-D", str(data), "-l", str(log), "-w"]
    subprocess.run([*pg_ctl, "-o", options, "start"], stdout=subprocess.DEVNULL, check=True)
    print(f"PostgreSQL for the tests: a throwaway cluster on 127.0.0.1:{port}", flush=True)

    def stop() -> None:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


CONTAINER_TOOLS = ("podman", "debootstrap")
# Other tools a test uses where they exist, by their Debian packages: the report's page images,
# and the browser (with a font for the bot's emoji) the try-it page is tested in.
TEST_TOOL_PACKAGES = {
    "pdftoppm": ("poppler-utils",),
    "chromium": ("chromium", "fonts-noto-color-emoji"),
}


def ensure_container_tools() -> None:
    """Install podman and debootstrap for tests/test_container.py, poppler-utils for
    tests/bot/test_report.py and Chromium for tests/tryout/test_browser.py, when missing
    (as root)."""
    missing = [tool for tool in CONTAINER_TOOLS if shutil.which(tool) is None]
    missing += [
        package
        for tool, packages in TEST_TOOL_PACKAGES.items()
        if shutil.which(tool) is None
        for package in packages
    ]
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not missing or not as_root or shutil.which("apt-get") is None:
        return  # the container test says why it skips
    try:
        _apt_install(*missing)
    except (OSError, subprocess.CalledProcessError) as error:
        print(
            f"Tests that need them will be skipped: installing {' '.join(missing)}: {error}",
            flush=True,
        )


def _apt_install(*packages: str) -> None:
    """apt-get install Debian packages (after updating the package lists)."""
    print(f"Installing {' '.join(packages)} (apt-get install) …", flush=True)
    subprocess.run(["apt-get", "update", "-q"], stdout=subprocess.DEVNULL, check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", *packages],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        stdout=subprocess.DEVNULL,
        check=True,
    )


def _free_port() -> int:
    """A TCP port nobody listens on right now."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_benchmark(arguments: list[str]) -> int:
    """Run one benchmark script of bench/ (one of BENCHMARKS) with its options, on SQLite and
    on the PostgreSQL the tests use (found or started as for `test`; stopped after)."""
    if not arguments or arguments[0] not in BENCHMARKS:
        print(f"usage: python3 deploy/local.py bench {'|'.join(BENCHMARKS)} [options]")
        return 2
    url, stop_server = find_or_start_postgres()
    if url:
        os.environ[POSTGRES_URL_VARIABLE] = url
    try:
        return call([str(BIN / "python"), "-m", f"bench.{arguments[0]}", *arguments[1:]])
    finally:
        stop_server()


def call(command: list[str]) -> int:
    """Run a command in the project folder and return its exit code."""
    print(
        "$",
        " ".join(Path(command[0]).name if i == 0 else part for i, part in enumerate(command)),
        flush=True,
    )
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
