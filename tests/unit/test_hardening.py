"""No core dumps of an unlocked process: RLIMIT_CORE 0 and not dumpable (Linux)."""

from __future__ import annotations

import json

from tests.reliability import run_python

PROBE = """
import json, resource
from trustdesk.hardening import forbid_core_dumps, is_dumpable
before = is_dumpable()
ok = forbid_core_dumps()
print(json.dumps({"before": before, "ok": ok, "after": is_dumpable(),
                  "core": list(resource.getrlimit(resource.RLIMIT_CORE))}))
"""


def test_core_dumps_are_forbidden_in_a_fresh_process():
    # In a child process: the setting is for the whole process and cannot be undone.
    result = run_python(PROBE)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["before"] is True
    assert out == {"before": True, "ok": True, "after": False, "core": [0, 0]}


def test_the_app_forbids_core_dumps_before_anything_else():
    import inspect

    from trustdesk import app

    source = inspect.getsource(app.run_gui)
    assert source.index("forbid_core_dumps()") < source.index("create_application(")
