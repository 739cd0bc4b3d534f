"""Interactive explorers of the case-study models: a widget in Jupyter, static HTML in the book.
One module per model; import from the modules themselves."""
