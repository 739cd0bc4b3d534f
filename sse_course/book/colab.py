"""Where the notebooks the Colab buttons open live: ``colab/<the notebook's path>``, at the
repository's root (sse_course/devtools/colab_notebooks.py writes them and says why)."""

from __future__ import annotations

#: The folder of the Colab copies; a copy's path under it is its notebook's path.
COLAB = "colab"


def colab_path(notebook: str) -> str:
    """The Colab copy of ``notebook`` (a path from the repository's root, ``notebooks/atemdo.ipynb``)."""
    return f"{COLAB}/{notebook}"
