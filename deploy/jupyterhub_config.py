"""JupyterHub for one class on one server, with the medialit kit (see deploy/README.md).

Run it from the kit's folder, with the kit's environment (`make lab` made it):

    sudo .venv/bin/jupyterhub -f deploy/jupyterhub_config.py

Every learner signs in with their own account on the server (PAM), gets their own
JupyterLab and their own copies of the notebooks in `~/medialit/`; their answers are
saved beside the notebooks under their hub name, and the Hand in control copies them
to the class's hand-in folder, a drop box the teacher reads with
`make report FOLDER=/srv/medialit/handin`.

Settings, all optional, as environment variables of the hub:

- `MEDIALIT_HUB_IP`, `MEDIALIT_HUB_PORT`: where learners connect (default all
  addresses, port 8000; put HTTPS in front, or use The Littlest JupyterHub).
- `MEDIALIT_HUB_STATE`: the hub's own files: database, cookie secret (default
  `/srv/medialit/hub`).
- `MEDIALIT_HANDIN_DIR`: the hand-in folder (default `/srv/medialit/handin`).
- `MEDIALIT_HUB_API_PORT`, `MEDIALIT_PROXY_API_PORT`: the hub's and the proxy's own
  ports on 127.0.0.1 (default 8081 and 8001).
- `MEDIALIT_HUB_TRY=1`: a trial hub for one computer (what the kit's test runs):
  anyone can sign in with any name and the password in `MEDIALIT_HUB_PASSWORD`, and
  every learner's server runs as the user who started the hub, with its home in the
  state folder. Never use it for a class.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

c: Any = get_config()  # type: ignore[name-defined]  # noqa: F821  (JupyterHub provides it)

KIT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
STATE = Path(os.environ.get("MEDIALIT_HUB_STATE", "/srv/medialit/hub"))
HANDIN = Path(os.environ.get("MEDIALIT_HANDIN_DIR", "/srv/medialit/handin"))
TRIAL = os.environ.get("MEDIALIT_HUB_TRY") == "1"
WORKSPACE = "medialit"
# What a learner's JupyterLab starts with: no news pop-up, the notebook's kernel started
# without a question, and every cell kept in the page.
LAB_SETTINGS = {
    "apputils-extension/notification": {"fetchNews": "false"},
    "notebook-extension/tracker": {"autoStartDefaultKernel": True, "windowingMode": "none"},
}

STATE.mkdir(parents=True, exist_ok=True)
c.JupyterHub.ip = os.environ.get("MEDIALIT_HUB_IP", "")
c.JupyterHub.port = int(os.environ.get("MEDIALIT_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("MEDIALIT_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = (
    f"http://127.0.0.1:{int(os.environ.get('MEDIALIT_PROXY_API_PORT', '8001'))}"
)
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")
# configurable-http-proxy from npm: on the PATH, or where `make test-hub` installs it.
LOCAL_PROXY = KIT / ".venv" / "hub-proxy" / "node_modules" / ".bin" / "configurable-http-proxy"
c.ConfigurableHTTPProxy.command = [
    shutil.which("configurable-http-proxy") or str(LOCAL_PROXY),
]

c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = f"/lab/tree/{WORKSPACE}/00_start_here.ipynb"
c.Spawner.notebook_dir = "~"
c.Spawner.environment = {"MEDIALIT_HANDIN_DIR": str(HANDIN)}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180


def _prepare_hand_in_folder() -> None:
    # Learners may add files but neither list nor touch anyone else's (sticky, mode 1733).
    HANDIN.mkdir(parents=True, exist_ok=True)
    HANDIN.chmod(0o1733)


def _give_learner_the_kit(spawner: Any) -> None:
    """Copy the notebooks and the lab settings a learner lacks into their home folder."""
    if TRIAL:
        home = Path(spawner.home_dir)
        owner = None
    else:
        import pwd

        entry = pwd.getpwnam(spawner.user.name)
        home, owner = Path(entry.pw_dir), (entry.pw_uid, entry.pw_gid)
    workspace = home / WORKSPACE
    if not workspace.exists():
        shutil.copytree(KIT / "notebooks", workspace, ignore=shutil.ignore_patterns("answers"))
    settings = home / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
    for plugin, values in LAB_SETTINGS.items():
        path = settings / f"{plugin}.jupyterlab-settings"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
    if owner is not None:
        for top in (workspace, home / ".jupyter"):
            _give(top, owner)


def _give(top: Path, owner: tuple[int, int]) -> None:
    os.chown(top, *owner)
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            os.chown(Path(folder) / name, *owner)


_prepare_hand_in_folder()
c.Spawner.pre_spawn_hook = _give_learner_the_kit

if TRIAL:
    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = os.environ.get("MEDIALIT_HUB_PASSWORD", "")
    c.Authenticator.allow_all = True
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "home" / "{username}")
    if os.geteuid() == 0:
        # Containers and CI run as root; JupyterLab refuses root unless told it may.
        c.Spawner.args = ["--allow-root"]
else:
    # Every learner has an account on the server (adduser); list them, or a group.
    c.JupyterHub.authenticator_class = "pam"
    c.JupyterHub.spawner_class = "localprocess"
    c.Authenticator.allowed_users = set(
        filter(None, os.environ.get("MEDIALIT_LEARNERS", "").split(","))
    )
    c.Authenticator.admin_users = set(
        filter(None, os.environ.get("MEDIALIT_TEACHERS", "").split(","))
    )
