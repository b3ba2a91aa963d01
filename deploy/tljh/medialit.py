"""The medialit kit on The Littlest JupyterHub: copy to /opt/tljh/config/jupyterhub_config.d/.

See deploy/README.md for the whole recipe. It opens each learner's own copy of the first
notebook (TLJH gives every new learner a copy of /etc/skel, where the recipe puts the
notebooks) and tells the kit where the class's hand-in folder is. TLJH already names each
learner's server with their hub name (`JUPYTERHUB_USER`), which the kit uses to name their
answers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

c: Any = get_config()  # type: ignore[name-defined]  # noqa: F821  (JupyterHub provides it)

HANDIN = Path(os.environ.get("MEDIALIT_HANDIN_DIR", "/srv/medialit/handin"))
WORKSPACE = "medialit"

# A drop box: learners may add files but neither list nor touch anyone else's.
HANDIN.mkdir(parents=True, exist_ok=True)
HANDIN.chmod(0o1733)

c.Spawner.environment = {"MEDIALIT_HANDIN_DIR": str(HANDIN)}
c.Spawner.default_url = f"/lab/tree/{WORKSPACE}/00_start_here.ipynb"
