"""The packages mined for training data: pinned in a committed list, fetched as wheels, checked.

`models/training-data/packages.json` pins each package (name, version); `pip download` fetches
its wheel and those of its dependencies into the cache, and the sha256 of every wheel is
compared with the one `models/training-data/manifest.json` recorded at the last build (a new
or changed wheel is reported, never used silently). The wheels are unpacked into one folder
that goes first on the test runs' `sys.path`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# The held-out packages of the real-world benchmark and the docstring benchmark's corpus:
# never mined, and never installed as a dependency of a mined package either.
FORBIDDEN = frozenset({
    "boltons", "toolz", "cytoolz", "inflection", "more-itertools", "humanize", "pydash", "funcy",
    "sortedcontainers", "attrs", "tabulate", "natsort", "pyparsing", "python-slugify", "semver",
    "wcwidth", "docopt", "parse", "titlecase", "bidict", "colour", "jsonpointer", "xmltodict", "pytimeparse",
    "first",
})


class SourceError(RuntimeError):
    """A package cannot be fetched, is forbidden, or its wheel changed."""


@dataclass(frozen=True)
class PackageSpec:
    name: str
    version: str
    doctest_globals: tuple[str, ...] = ()  # what the package's own doctest setup imports


@dataclass(frozen=True)
class PackageList:
    packages: tuple[PackageSpec, ...]
    held_out: frozenset[str] = field(default_factory=frozenset)


def normalize(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def read_package_list(path: Path) -> PackageList:
    data = json.loads(path.read_text(encoding="utf-8"))
    packages = tuple(
        PackageSpec(item["name"], item["version"], tuple(item.get("doctest_globals", ())))
        for item in data["packages"]
    )
    refuse_forbidden(p.name for p in packages)
    return PackageList(packages, frozenset(normalize(n) for n in data.get("held_out", ())))


def refuse_forbidden(names: Iterable[str]) -> None:
    forbidden = sorted(name for name in names if normalize(name) in FORBIDDEN)
    if forbidden:
        raise SourceError(f"forbidden package(s): {', '.join(forbidden)} (held out or reserved)")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def wheel_project(path: Path) -> str:
    """`sympy-1.14.0-py3-none-any.whl` -> `sympy` (normalized)."""
    return normalize(path.name.split("-", 1)[0])


def download_wheels(packages: PackageList, wheel_dir: Path,
                    recorded: Sequence[str] = ()) -> list[Path]:
    """Fetch the pinned wheels and their dependencies (binary wheels only) into `wheel_dir`.

    When every wheel the manifest `recorded` is already there, pip is not asked again.
    """
    refuse_forbidden(p.name for p in packages.packages)
    wheel_dir.mkdir(parents=True, exist_ok=True)
    wanted = {normalize(p.name) for p in packages.packages}
    cached = [wheel_dir / name for name in sorted(recorded)]
    if cached and all(w.is_file() for w in cached) and wanted <= {wheel_project(w) for w in cached}:
        return cached
    requirements = [f"{p.name}=={p.version}" for p in packages.packages]
    command = [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--quiet",
               "--disable-pip-version-check", "-d", str(wheel_dir), *requirements]
    log.info("pip download %d packages", len(requirements))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SourceError(f"pip download failed:\n{done.stderr[-2000:]}")
    wheels = sorted(wheel_dir.glob("*.whl"))
    refuse_forbidden(wheel_project(w) for w in wheels)  # a dependency may be one
    missing = wanted - {wheel_project(w) for w in wheels}
    if missing:
        raise SourceError(f"no wheel for {', '.join(sorted(missing))}")
    return wheels


def check_hashes(wheels: list[Path], recorded: dict[str, str]) -> dict[str, str]:
    """Every wheel's sha256; raises when one differs from the hash recorded for that file."""
    hashes = {wheel.name: sha256_of(wheel) for wheel in wheels}
    changed = [name for name, digest in hashes.items()
               if name in recorded and recorded[name] != digest]
    if changed:
        raise SourceError(f"wheel(s) changed since the manifest was written: {', '.join(changed)}")
    return hashes


def unpack(wheels: list[Path], site_dir: Path) -> None:
    """Unzip every wheel into one folder (what `pip install --target` would lay out)."""
    site_dir.mkdir(parents=True, exist_ok=True)
    for wheel in wheels:
        marker = site_dir / f".{wheel.name}.unpacked"
        if marker.exists():
            continue
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site_dir)
        marker.touch()


def top_level_modules(wheel: Path) -> list[str]:
    """The importable packages/modules a wheel provides (from its `top_level.txt` or names)."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        listed = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        if listed:
            text = archive.read(listed[0]).decode("utf-8")
            return [line.strip() for line in text.splitlines() if line.strip()]
    tops = {name.split("/", 1)[0] for name in names}
    return sorted(t.removesuffix(".py") for t in tops
                  if not t.endswith((".dist-info", ".data")) and (t.endswith(".py") or "." not in t))


def sdist_project(path: Path) -> tuple[str, str]:
    """`python_dateutil-2.9.0.post0.tar.gz` -> (`python-dateutil`, `2.9.0.post0`)."""
    stem = path.name.removesuffix(".tar.gz").removesuffix(".zip")
    name, _, version = stem.rpartition("-")
    return normalize(name), version


def download_sdists(packages: Sequence[PackageSpec], sdist_dir: Path,
                    recorded: Sequence[str] = ()) -> dict[str, Path]:
    """Fetch each pinned package's source distribution (where its own tests are shipped).

    One `pip download --no-binary NAME --no-deps` per package not already in `sdist_dir`
    under a name the manifest `recorded`. Returns package name -> sdist; a package whose
    sdist cannot be fetched is left out (and logged), not fatal: its tests are only missed.
    """
    refuse_forbidden(p.name for p in packages)
    sdist_dir.mkdir(parents=True, exist_ok=True)

    def present() -> dict[tuple[str, str], Path]:
        return {sdist_project(path): path for path in sorted(sdist_dir.iterdir())
                if path.name.endswith((".tar.gz", ".zip"))}

    found = present()
    result: dict[str, Path] = {}
    for package in packages:
        key = (normalize(package.name), package.version)
        if key not in found or found[key].name not in recorded:
            # `--no-binary NAME`, not `:all:`: its build backend may come as a wheel (pip
            # prepares the sdist's metadata), only the package itself must be the sdist.
            command = [sys.executable, "-m", "pip", "download", "--no-binary", package.name, "--no-deps",
                       "--quiet", "--disable-pip-version-check", "-d", str(sdist_dir),
                       f"{package.name}=={package.version}"]
            log.info("pip download sdist %s==%s", package.name, package.version)
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                log.warning("no sdist for %s: %s", package.name, done.stderr[-500:])
            found = present()
        if key in found:
            result[package.name] = found[key]
    return result


def unpack_sdist(sdist: Path, source_dir: Path) -> Path:
    """The sdist unpacked under `source_dir` (once); returns its folder."""
    target = source_dir / sdist.name.removesuffix(".tar.gz").removesuffix(".zip")
    marker = source_dir / f".{sdist.name}.unpacked"
    if not marker.exists():
        target.mkdir(parents=True, exist_ok=True)
        if sdist.name.endswith(".zip"):
            with zipfile.ZipFile(sdist) as archive:
                archive.extractall(target)
        else:
            with tarfile.open(sdist) as archive:
                archive.extractall(target, filter="data")  # no links or paths out of `target`
        marker.touch()
    return target
