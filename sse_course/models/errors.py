"""Errors raised by the course's case-study models."""

from __future__ import annotations


class ModelInputError(ValueError):
    """An input a learner gave cannot be used by a model.

    The message is plain English, names the input and says what was given, so a widget can show
    it as it is (for example "Members must be a whole number of at least 1 (you gave -3).").
    ``field`` is the name of the offending input (a dataclass field name), or ``None``.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
