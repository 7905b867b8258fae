"""Reading the JSON data files the app ships (the desire catalogue, the step ladder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json(path: Path, error: type[Exception], what: str) -> Any:
    """The decoded JSON of ``path``; an unreadable or invalid file raises ``error`` naming ``what``."""
    try:
        return json.loads(Path(path).read_bytes())
    except OSError as exc:
        raise error(f"{what}: cannot read {Path(path).name}") from exc
    except ValueError as exc:
        raise error(f"{what}: not valid JSON ({exc})") from exc
