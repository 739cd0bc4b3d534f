"""Interactive explorers of the case-study models: a widget in Jupyter, static HTML in the book.

One module per model (named after its mechanism, see ``sse_course/case_names.py``), and the
pieces they share, one job each: ``words`` (signs and lists in words), ``html`` (tables, the
results panel, the error message), ``controls`` (number boxes and sliders), ``explorer`` (the
``ModelExplorer`` base class and its update cycle) and ``charts`` (inline SVG). Numbers and
money come from ``sse_course.formatting``. Import from the modules themselves."""
