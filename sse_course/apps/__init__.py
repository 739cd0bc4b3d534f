"""Interactive explorers (a widget in Jupyter, static HTML in the book) for the case-study models."""

from __future__ import annotations

from .collective_purchase import collective_purchase_explorer

__all__ = ["collective_purchase_explorer"]
