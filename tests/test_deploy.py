"""The deployment files: the one-server hub configuration for a class, TLJH's, and Helm values.

The hub configuration's trial mode runs for real in tests/hub; here each file is loaded as
JupyterHub loads it, and what a class relies on is checked.
"""

from __future__ import annotations

import json
import runpy
import stat
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


def load(path: Path, monkeypatch: pytest.MonkeyPatch, environ: dict[str, str]) -> Any:
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    config = Config()
    namespace = runpy.run_path(str(path), init_globals={"get_config": lambda: config})
    return config, namespace


def test_for_a_class_learners_sign_in_with_their_accounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEDIALIT_HUB_TRY", raising=False)
    config, _ = load(
        DEPLOY / "jupyterhub_config.py",
        monkeypatch,
        {
            "MEDIALIT_HUB_STATE": str(tmp_path / "state"),
            "MEDIALIT_HANDIN_DIR": str(tmp_path / "handin"),
            "MEDIALIT_LEARNERS": "ana,bo",
            "MEDIALIT_TEACHERS": "teacher",
        },
    )
    assert config.JupyterHub.authenticator_class == "pam"
    assert config.JupyterHub.spawner_class == "localprocess"
    assert config.Authenticator.allowed_users == {"ana", "bo"}
    assert config.Authenticator.admin_users == {"teacher"}
    assert config.JupyterHub.hub_ip == "127.0.0.1"
    assert config.Spawner.environment == {"MEDIALIT_HANDIN_DIR": str(tmp_path / "handin")}
    assert config.Spawner.default_url == "/lab/tree/medialit/00_start_here.ipynb"
    assert stat.S_IMODE((tmp_path / "handin").stat().st_mode) == 0o1733
    assert config.JupyterHub.db_url.endswith(str(tmp_path / "state" / "jupyterhub.sqlite"))


def test_a_learner_starts_with_the_notebooks_and_quiet_lab_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = load(
        DEPLOY / "jupyterhub_config.py",
        monkeypatch,
        {
            "MEDIALIT_HUB_TRY": "1",
            "MEDIALIT_HUB_STATE": str(tmp_path / "state"),
            "MEDIALIT_HANDIN_DIR": str(tmp_path / "handin"),
        },
    )
    assert config.JupyterHub.authenticator_class == "dummy"
    assert config.JupyterHub.spawner_class == "simple"
    home = tmp_path / "home" / "ana"
    spawner = SimpleNamespace(home_dir=str(home), user=SimpleNamespace(name="ana"))
    config.Spawner.pre_spawn_hook(spawner)
    copies = sorted(p.name for p in (home / "medialit").glob("*.ipynb"))
    assert copies == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    news = home / ".jupyter/lab/user-settings/@jupyterlab/apputils-extension"
    assert json.loads((news / "notification.jupyterlab-settings").read_text()) == {
        "fetchNews": "false"
    }
    (home / "medialit" / "00_start_here.ipynb").write_text("the learner's own", encoding="utf-8")
    config.Spawner.pre_spawn_hook(spawner)
    assert (home / "medialit" / "00_start_here.ipynb").read_text() == "the learner's own"


def test_the_tljh_snippet_sets_the_handin_folder_and_the_first_notebook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = load(
        DEPLOY / "tljh" / "medialit.py",
        monkeypatch,
        {"MEDIALIT_HANDIN_DIR": str(tmp_path / "handin")},
    )
    assert config.Spawner.environment == {"MEDIALIT_HANDIN_DIR": str(tmp_path / "handin")}
    assert config.Spawner.default_url == "/lab/tree/medialit/00_start_here.ipynb"
    assert stat.S_IMODE((tmp_path / "handin").stat().st_mode) == 0o1733


def test_the_helm_values_give_each_learner_only_their_own_handin_folder() -> None:
    values = yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text(encoding="utf-8"))
    user = values["singleuser"]
    assert user["defaultUrl"] == "/lab/tree/medialit/00_start_here.ipynb"
    assert user["extraEnv"]["MEDIALIT_HANDIN_DIR"] == "/srv/handin"
    (mount,) = user["storage"]["extraVolumeMounts"]
    assert (mount["mountPath"], mount["subPath"]) == ("/srv/handin", "{username}")
    command = " ".join(user["lifecycleHooks"]["postStart"]["exec"]["command"])
    assert "/srv/medialit/notebooks" in command and "test -e" in command


def test_the_readmes_say_which_to_choose_for_how_many_learners() -> None:
    guide = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for name in ("jupyterhub_config.py", "tljh/medialit.py", "z2jh/values.yaml", "make report"):
        assert name in guide
    assert "deploy/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")
