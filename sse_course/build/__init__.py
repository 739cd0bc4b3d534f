"""The book's build: the Sphinx extension (``sphinx_ext``, listed in _config.yml), the notebook
renderer (``static_renderer``, the ``sse-static-book`` entry point), the icon-font cutter
(``icons``), the parts' reading times (``durations``) and the one build command (``command``)."""
