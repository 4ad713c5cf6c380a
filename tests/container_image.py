"""Build deploy/Dockerfile with podman on a Debian bookworm base and start the image's entrypoint.

No container registry is reachable here, so the base is made with debootstrap from the mirror
this machine's apt uses, imported into podman once and reused while its inputs are the same.
Where the sandbox refuses `podman run` (rlimits, cgroups), the entrypoint runs in a chroot of
the mounted image as the image's user, with its Env and WorkingDir and a fresh /data volume.
"""

import asyncio
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SUITE = "bookworm"
PACKAGES = ("python3", "python3-venv", "ca-certificates")
BASE_IMAGE = f"localhost/b12bot-test-base:{SUITE}"
PROJECT_IMAGE = "localhost/b12bot-test:latest"
CACHE = Path("/var/cache/b12bot-test")
KEY_LABEL = "org.b12bot.test-base-key"
APT_SOURCES = Path("/etc/apt")
# Certificates this machine added to its trust store (e.g. a TLS-inspecting egress proxy's):
# the base trusts them too, so that pip inside the build reaches PyPI as pip here does.
LOCAL_CERTIFICATES = Path("/usr/local/share/ca-certificates")
BUILD_TIMEOUT = 1200.0


class ContainerUnavailableError(Exception):
    """The image cannot be built on this machine; the message is the one-line reason."""


@dataclass(frozen=True)
class ImageConfig:
    """What the image says about how to start it."""

    name: str
    user: str
    environment: dict[str, str]
    working_dir: str
    command: list[str]
    volumes: list[str]
    healthcheck: list[str]


def check_tools() -> None:
    """Raise ContainerUnavailableError unless root with podman and debootstrap (deploy/local.py
    test installs them from Debian)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        raise ContainerUnavailableError("container test skipped: debootstrap and chroot need root")
    missing = [tool for tool in ("podman", "debootstrap") if shutil.which(tool) is None]
    if missing:
        raise ContainerUnavailableError(
            f"container test skipped: {' and '.join(missing)} not installed "
            "(deploy/local.py test installs them with apt-get)"
        )


def debian_mirror(sources: Path = APT_SOURCES) -> str:
    """The Debian mirror this machine's apt uses (one-line and deb822 sources alike)."""
    entries: list[tuple[list[str], list[str]]] = []  # (URIs, suites) of each `deb` source
    files = [sources / "sources.list", *sorted((sources / "sources.list.d").glob("*.list"))]
    for path in filter(Path.is_file, files):
        for line in path.read_text().splitlines():
            if match := re.match(r"\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)", line):
                entries.append(([match[1]], [match[2]]))
    for path in sorted((sources / "sources.list.d").glob("*.sources")):
        for stanza in re.split(r"\n\s*\n", path.read_text()):
            fields = dict(re.findall(r"^([\w-]+):\s*(.*)$", stanza, flags=re.MULTILINE))
            if "deb" in fields.get("Types", "").split():
                entries.append((fields.get("URIs", "").split(), fields.get("Suites", "").split()))
    for uris, suites in entries:
        if SUITE in suites and uris:
            return uris[0].rstrip("/")
    for uris, _ in entries:
        for uri in uris:
            if uri.rstrip("/").endswith("/debian"):
                return uri.rstrip("/")
    raise ContainerUnavailableError(f"container test skipped: no Debian mirror in {sources}")


def _base_key(mirror: str) -> str:
    """What the cached base was made from: rebuilt when any of it changes."""
    certificates = sorted(
        (path.name, hashlib.sha256(path.read_bytes()).hexdigest())
        for path in LOCAL_CERTIFICATES.glob("*.crt")
    )
    made_from = {"suite": SUITE, "mirror": mirror, "packages": PACKAGES, "ca": certificates}
    return hashlib.sha256(json.dumps(made_from, sort_keys=True).encode()).hexdigest()


def _podman(*arguments: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    """Run podman; the completed process (never raises on a non-zero exit)."""
    return subprocess.run(
        ["podman", *arguments], capture_output=True, text=True, timeout=timeout, check=False
    )


def _inspect(image: str) -> dict[str, Any] | None:
    """`podman image inspect` of one image, or None when it is not in the store."""
    result = _podman("image", "inspect", image)
    if result.returncode != 0:
        return None
    [found] = json.loads(result.stdout)
    return dict(found)


def ensure_base_image() -> str:
    """The Debian bookworm base (python3, python3-venv), made with debootstrap unless cached."""
    mirror = debian_mirror()
    key = _base_key(mirror)
    cached = _inspect(BASE_IMAGE)
    if cached is not None and (cached.get("Labels") or {}).get(KEY_LABEL) == key:
        return BASE_IMAGE
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="debootstrap-") as folder:
        rootfs = Path(folder) / "rootfs"
        include = ",".join(PACKAGES)
        made = subprocess.run(
            ["debootstrap", "--variant=minbase", f"--include={include}", SUITE, rootfs, mirror],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        if made.returncode != 0:
            last = (made.stdout + made.stderr).strip().splitlines()[-1:] or ["no output"]
            raise ContainerUnavailableError(
                f"container test skipped: debootstrap from {mirror} failed: {last[0]}"
            )
        _trust_local_certificates(rootfs)
        # The downloaded packages and the package lists only make the image bigger.
        for leftovers in ("var/cache/apt/archives", "var/lib/apt/lists"):
            for path in (rootfs / leftovers).glob("*"):
                if path.is_file():
                    path.unlink()
        tar = subprocess.Popen(["tar", "-C", rootfs, "-c", "."], stdout=subprocess.PIPE)
        imported = subprocess.run(
            ["podman", "import", "--change", f"LABEL {KEY_LABEL}={key}", "-", BASE_IMAGE],
            stdin=tar.stdout,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        assert tar.stdout is not None
        tar.stdout.close()
        if tar.wait() != 0 or imported.returncode != 0:
            raise AssertionError(f"podman import failed:\n{imported.stderr}")
    if cached is not None:  # the old base and what was built on it are stale now
        _podman("image", "rm", PROJECT_IMAGE)
        _podman("image", "rm", cached["Id"])
    return BASE_IMAGE


def _trust_local_certificates(rootfs: Path) -> None:
    """Add this machine's own CA certificates to the base's trust store."""
    certificates = list(LOCAL_CERTIFICATES.glob("*.crt"))
    if not certificates:
        return
    for certificate in certificates:
        shutil.copy(certificate, rootfs / "usr/local/share/ca-certificates" / certificate.name)
    subprocess.run(
        ["chroot", rootfs, "update-ca-certificates"], capture_output=True, timeout=120, check=True
    )


def build_project_image(base: str) -> ImageConfig:
    """`podman build` deploy/Dockerfile on `base` (its layer cache makes a rebuild quick)."""
    previous = _inspect(PROJECT_IMAGE)
    built = _podman(
        "build",
        "--isolation",
        "chroot",
        "--network",
        "host",
        "--format",
        "docker",  # keeps the HEALTHCHECK, which the OCI format has no place for
        "--build-arg",
        f"BASE_IMAGE={base}",
        "--file",
        str(ROOT / "deploy" / "Dockerfile"),
        "--tag",
        PROJECT_IMAGE,
        str(ROOT),
        timeout=BUILD_TIMEOUT,
    )
    if built.returncode != 0:
        raise AssertionError(f"podman build failed:\n{built.stdout[-4000:]}\n{built.stderr}")
    image = _inspect(PROJECT_IMAGE)
    assert image is not None
    if previous is not None and previous["Id"] != image["Id"]:
        _podman("image", "rm", previous["Id"])  # no pile of old builds in the store
    return image_config(PROJECT_IMAGE, image)


def image_config(name: str, image: dict[str, Any]) -> ImageConfig:
    """The parts of `podman image inspect` that say how to start the image."""
    config = image["Config"]
    environment = dict(item.split("=", 1) for item in config.get("Env") or [])
    return ImageConfig(
        name=name,
        user=config.get("User") or "root",
        environment=environment,
        working_dir=config.get("WorkingDir") or "/",
        command=[*(config.get("Entrypoint") or []), *(config.get("Cmd") or [])],
        volumes=sorted(config.get("Volumes") or {}),
        healthcheck=list((image.get("Healthcheck") or {}).get("Test") or []),
    )


@contextmanager
def mounted(image: str) -> Iterator[Path]:
    """The image's file system, mounted read-only for as long as the block runs."""
    result = _podman("image", "mount", image)
    if result.returncode != 0:
        raise AssertionError(f"podman image mount failed: {result.stderr}")
    try:
        yield Path(result.stdout.strip())
    finally:
        _podman("image", "unmount", image)


def account(rootfs: Path, user: str) -> tuple[int, int, str]:
    """The image user's uid, gid and home, read from the image's own /etc/passwd."""
    name, _, group = user.partition(":")
    for line in (rootfs / "etc/passwd").read_text().splitlines():
        fields = line.split(":")
        if name in (fields[0], fields[2]):
            uid, gid, home = int(fields[2]), int(fields[3]), fields[5]
            break
    else:
        raise AssertionError(f"the image has no user {name!r}")
    if group:
        for line in (rootfs / "etc/group").read_text().splitlines():
            fields = line.split(":")
            if group in (fields[0], fields[2]):
                gid = int(fields[2])
    return uid, gid, home


def _fresh_volume(rootfs: Path, user: str, data: Path) -> tuple[int, int, str]:
    """Make `data` for the volume, owned by the image's user; that user's uid, gid and home."""
    uid, gid, home = account(rootfs, user)
    data.mkdir(parents=True, exist_ok=True)
    os.chown(data, uid, gid)
    return uid, gid, home


def podman_run_works(image: str) -> bool:
    """Whether this sandbox lets podman start a container at all (it may refuse rlimits)."""
    probe = _podman("run", "--rm", "--network", "host", "--entrypoint", "true", image)
    return probe.returncode == 0


@asynccontextmanager
async def started_entrypoint(
    image: ImageConfig, settings: dict[str, str], data: Path, log: Path
) -> AsyncIterator[asyncio.subprocess.Process]:
    """Start the image's entrypoint with `settings` added to its Env and `data` as its volume;
    on the host network. Killed at the end if still running."""
    [volume] = image.volumes
    with mounted(image.name) as rootfs:
        uid, gid, home = _fresh_volume(rootfs, image.user, data)
        name = f"b12bot-test-{os.getpid()}"
        in_podman = podman_run_works(image.name)
        if in_podman:
            variables = [f"--env={key}={value}" for key, value in settings.items()]
            command = [
                *("podman", "run", "--rm", "--network", "host", "--name", name),
                f"--volume={data}:{volume}",
                *variables,
                image.name,
            ]
            environment = dict(os.environ)
        else:
            command = _chroot_command(rootfs, image, uid, gid, data, volume)
            environment = {"HOME": home, **image.environment, **settings}
        with log.open("ab") as stderr:
            process = await asyncio.create_subprocess_exec(
                *command, env=environment, stdout=stderr, stderr=stderr
            )
        try:
            yield process
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
            if in_podman:  # killing the client leaves the container running
                _podman("rm", "--force", name)


def _chroot_command(
    rootfs: Path, image: ImageConfig, uid: int, gid: int, data: Path, volume: str
) -> list[str]:
    """unshare, bind `data` on the volume (in a private mount namespace, so it goes with the
    process), chroot as the image's user, change to WorkingDir, exec the entrypoint."""
    # The host's tools by their full path: the environment's PATH is the image's.
    unshare, sh, chroot = (shutil.which(tool) or tool for tool in ("unshare", "sh", "chroot"))
    script = 'mount --bind "$1" "$2" && shift 2 && exec "$@"'
    return [
        *(unshare, "--mount", "--propagation", "private", "--"),
        *(sh, "-c", script, "sh", str(data), str(rootfs / volume.lstrip("/"))),
        *(chroot, f"--userspec={uid}:{gid}", f"--groups={gid}", str(rootfs)),
        # env of the image (coreutils) changes to WorkingDir; chroot alone would start in /.
        *("env", f"--chdir={image.working_dir}", *image.command),
    ]
