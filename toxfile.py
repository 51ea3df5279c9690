"""tox plugin (loaded by tox from the project root): let plain ``tox`` find Python 3.11-3.13.

On machines where pyenv holds the interpreters, ``python3.12`` resolves through pyenv's shims only
for the versions named in ``PYENV_VERSION``. When that variable is unset, this sets it to the newest
installed 3.11, 3.12 and 3.13, so every env of the matrix finds its interpreter. A missing version
is not skipped: tox is configured with ``skip_missing_interpreters = false`` and fails on it.
Without pyenv this does nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess

WANTED = ("3.11", "3.12", "3.13")


def pyenv_versions() -> list[str]:
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return []
    result = subprocess.run([pyenv, "versions", "--bare"], capture_output=True, text=True, check=False)  # noqa: S603
    installed = result.stdout.split()
    chosen = []
    for minor in WANTED:
        matches = [v for v in installed if v.startswith(f"{minor}.") and v.replace(".", "").isdigit()]
        if matches:
            chosen.append(max(matches, key=lambda v: tuple(int(p) for p in v.split("."))))
    return chosen


if "PYENV_VERSION" not in os.environ and (versions := pyenv_versions()):
    os.environ["PYENV_VERSION"] = ":".join(versions)
