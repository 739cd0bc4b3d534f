"""Small, illustrative economic models of the course's case studies."""

from __future__ import annotations

from .collective_purchase import (
    DEFAULT_SIZES,
    DEFAULTS,
    PurchaseInputs,
    PurchaseOutcome,
    break_even_members,
    outcomes_by_size,
    simulate,
)
from .errors import ModelInputError

__all__ = [
    "DEFAULTS",
    "DEFAULT_SIZES",
    "ModelInputError",
    "PurchaseInputs",
    "PurchaseOutcome",
    "break_even_members",
    "outcomes_by_size",
    "simulate",
]
