"""A real JupyterLab for the browser tests (tests/test_jupyterlab.py): the JupyterLab and
jupyterlab-myst pinned in requirements.lock, as the README's self-learner steps install them, on
127.0.0.1 only, serving a copy of the notebooks and exercises (JupyterLab saves what it runs, and
the repository's notebooks must not change).

Everything JupyterLab and its kernels read or write for a user (config, data, runtime files,
settings, workspaces, IPython's profile) is in the same temporary folder, so nothing of the
user's own setup changes what the tests see, and nothing is left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.lite.build import CONTENTS

JUPYTER = Path(sys.prefix) / "bin" / "jupyter"
# JupyterLab starts in a few seconds here; a loaded machine is slower. Only a real failure to
# start (the server exits, or never answers) waits this long.
START_TIMEOUT_S = 300
STOP_TIMEOUT_S = 30

# The user's own Jupyter folders, which JupyterLab and IPython would otherwise read.
PRIVATE_DIRS = (
    "JUPYTER_CONFIG_DIR",
    "JUPYTER_DATA_DIR",
    "JUPYTER_RUNTIME_DIR",
    "JUPYTERLAB_SETTINGS_DIR",
    "JUPYTERLAB_WORKSPACES_DIR",
    "IPYTHONDIR",
)

# Settings a new user never meets in a test run's first seconds, but a test would: no pop-up
# asking to fetch Jupyter's news (a request to another host) over the notebook.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
}

DEV_ONLY_EXTENSION = "@jupyterlite/pyodide-kernel-extension"


@dataclass(frozen=True)
class JupyterLab:
    """A running JupyterLab: its address, its token, and the folder it serves."""

    base: str  # http://127.0.0.1:PORT/
    token: str
    root: Path

    def url(self, path: str) -> str:
        """The address that opens ``path`` (relative to ``root``) alone in JupyterLab's workspace."""
        # ?reset: the workspace holds this document only (JupyterLab would reopen the previous
        # ones beside it).
        return f"{self.base}lab/tree/{path}?reset&token={self.token}"

    def api(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(f"{self.base}api/{path}", method=method)
        request.add_header("Authorization", f"token {self.token}")
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _private_environment(folder: Path) -> dict[str, str]:
    private = {name: str(folder / ".jupyter" / name.lower()) for name in PRIVATE_DIRS}
    for name, settings in SETTINGS.items():
        path = Path(private["JUPYTERLAB_SETTINGS_DIR"]) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings), encoding="utf-8")
    # The in-browser kernel's JupyterLab extension (jupyterlite-pyodide-kernel, a build tool of the
    # development lock) fails to load in a real JupyterLab; the runtime lock a learner installs
    # does not have it.
    page_config = Path(private["JUPYTER_CONFIG_DIR"]) / "labconfig" / "page_config.json"
    page_config.parent.mkdir(parents=True)
    page_config.write_text(json.dumps({"disabledExtensions": {DEV_ONLY_EXTENSION: True}}), encoding="utf-8")
    # Kernels and extensions of this environment only (not the user's ~/.local ones).
    return {**os.environ, **private, "JUPYTER_PREFER_ENV_PATH": "1"}


def _wait_until_up(server: subprocess.Popen, base: str, token: str, log) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(f"{base}api/status?token={token}", timeout=5).close()
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError("JupyterLab did not start:\n" + log.read()[-3000:]) from None
            time.sleep(0.5)  # polling a server that is starting: there is no event to wait for


def _stop(server: subprocess.Popen) -> None:
    server.terminate()  # SIGTERM: JupyterLab shuts its kernels down, then exits
    try:
        server.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextlib.contextmanager
def jupyterlab(root: Path = ROOT) -> Iterator[JupyterLab]:
    """Start JupyterLab on a copy of ``root``'s notebooks and exercises; stop it after."""
    token, port = secrets.token_hex(16), _free_port()
    with tempfile.TemporaryDirectory(prefix="sse-jupyterlab-") as name:
        folder = Path(name)
        served = folder / "served"
        for content in CONTENTS:
            shutil.copytree(root / content, served / content)
        command = [
            str(JUPYTER), "lab", "--no-browser", f"--ServerApp.root_dir={served}", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
            "--ServerApp.allow_root=True", "--LabApp.news_url=", "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]  # fmt: skip
        with open(folder / "jupyterlab.log", "w+", encoding="utf-8") as log:
            server = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, cwd=served, env=_private_environment(folder)
            )
            try:
                base = f"http://127.0.0.1:{port}/"
                _wait_until_up(server, base, token, log)
                yield JupyterLab(base, token, served)
            finally:
                _stop(server)
