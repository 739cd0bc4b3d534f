"""Checks of the inputs a learner gives a case-study model, with messages she can act on.

Every model checks its inputs when they are created (in a frozen dataclass's ``__post_init__``)
and raises :class:`~sse_course.models.errors.ModelInputError` naming the input, what it must be and
what was given, for example::

    Members must be a whole number of at least 1 (you gave -3).
    Community price must be a number greater than 0 (you gave 0).
    NGO share must be a number from 0 to 100 (you gave 120).

A model makes one :class:`InputChecks` from its ``FIELD_LABELS`` (field name → the name a learner
reads) and checks each field with :meth:`InputChecks.number` or :meth:`InputChecks.whole`; checks
particular to a model (a list of price tiers, a product line) build their messages with
:meth:`InputChecks.must_be` and :func:`is_number`. :func:`store` then keeps the checked values.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from numbers import Integral, Real
from typing import Any

from sse_course.formatting import localised, plain_number, quantity
from sse_course.i18n.runtime import gettext as _

from .errors import ModelInputError

#: The largest amount or quantity any model takes, unless a field says less: far above any figure
#: of a group of home-based workers, and small enough that every result stays a finite number.
LARGEST_NUMBER = 1e9
#: The largest count (members, months, pieces in an order) any model takes, unless a field says less.
LARGEST_WHOLE = 1_000_000
#: The smallest quantity a model divides by to count members (units a member needs, pieces a
#: member makes): a millionth. Dividing by less gives counts too large to be numbers.
SMALLEST_DIVISOR = 1e-6


def is_number(value: Any) -> bool:
    """Whether ``value`` is an ordinary finite number: not ``True``/``False``, NaN, infinite or an
    integer too large for a float (``10**400``)."""
    if isinstance(value, bool) or not isinstance(value, Real):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _written(value: Any, show: Callable[[Any], str]) -> str:
    """``show(value)``, but a huge integer is described: Python will not even write one of 5,000 digits."""
    if isinstance(value, Integral) and not isinstance(value, bool) and abs(int(value)) >= 10**30:
        return _("a number about {digits} digits long").format(digits=f"{abs(int(value)).bit_length() * 0.30103:.0f}")
    return show(value)


def is_whole(value: Any) -> bool:
    """Whether ``value`` is a whole number: an int (not ``True``/``False``) or a whole float like 4.0."""
    return (isinstance(value, Integral) and not isinstance(value, bool)) or (
        isinstance(value, float) and math.isfinite(value) and value.is_integer()
    )


def shown(value: Any) -> str:
    """A learner's value as a person writes it: ``-500`` (not ``-500.0``), ``2.5``, ``'ten'``
    (``2,5`` in a language that writes a decimal comma)."""
    if is_number(value) and abs(value) < 10**30:
        return localised(f"{value:,g}")
    return repr(value)


def store(instance: object, checked: Mapping[str, Any]) -> None:
    """Set the checked (and normalised) values on a frozen dataclass, from its ``__post_init__``."""
    for name, value in checked.items():
        object.__setattr__(instance, name, value)


def _bound(minimum: float, inclusive: bool, below: float | None, maximum: float | None) -> str:
    """The range a number must be in, in words: "a number of at least 0", "a number from 0 to 100"."""
    low = plain_number(minimum)
    if maximum is not None:
        high = plain_number(maximum)
        if inclusive:
            bound = _("a number from {minimum} to {maximum}").format(minimum=low, maximum=high)
        else:
            bound = _("a number greater than {minimum} and at most {maximum}").format(minimum=low, maximum=high)
    elif below is not None:
        high = plain_number(below)
        if inclusive:
            bound = _("a number at least {minimum} and less than {below}").format(minimum=low, below=high)
        else:
            bound = _("a number greater than {minimum} and less than {below}").format(minimum=low, below=high)
    else:
        bound = (
            _("a number of at least {minimum}").format(minimum=low)
            if inclusive
            else _("a number greater than {minimum}").format(minimum=low)
        )
    return bound


class InputChecks:
    """The checks of one model's inputs, whose messages name each field as ``labels`` does.

    ``show`` writes the value a learner gave into a message: :func:`shown` (``0``, not the
    ``0.0`` a number box holds; ``'ten'``) unless a model gives another.
    """

    def __init__(self, labels: Mapping[str, str], show: Callable[[Any], str] = shown) -> None:
        self.labels = labels
        self.show = show

    def must_be(self, field: str, what: str, value: Any, *, label: str | None = None) -> ModelInputError:
        """The error "<label> must be <what> (you gave <value>).", naming ``field``; raise it.

        ``label`` replaces the field's label, e.g. "Bakery income" for one entry of a table. Every
        word is in the language the course speaks when the error is raised."""
        return ModelInputError(
            _("{label} must be {what} (you gave {value}).").format(
                label=label or self.labels[field], what=what, value=_written(value, self.show)
            ),
            field,
        )

    def number(
        self,
        field: str,
        value: Any,
        *,
        minimum: float = 0,
        inclusive: bool = True,
        below: float | None = None,
        maximum: float | None = None,
        what: str | None = None,
        label: str | None = None,
        divisor: bool = False,
    ) -> float:
        """``value`` as a float, if it is a finite number in range; else a ModelInputError.

        The range is ``minimum`` or more (``inclusive``) or above ``minimum`` (not ``inclusive``),
        and, if given, less than ``below`` or at most ``maximum`` (give one of them at most). The
        message says the range: "a number of at least 0", "a number greater than 0", "a number
        at least 0 and less than 100", "a number from 0 to 100"; ``what`` replaces those words.
        """
        if below is not None and maximum is not None:
            raise TypeError("give below or maximum, not both")
        if (
            not is_number(value)
            or (value < minimum if inclusive else value <= minimum)
            or (below is not None and value >= below)
            or (maximum is not None and value > maximum)
        ):
            raise self.must_be(field, what or _bound(minimum, inclusive, below, maximum), value, label=label)
        if maximum is None and below is None and value > LARGEST_NUMBER:
            raise self.must_be(
                field, _("at most {maximum}").format(maximum=quantity(LARGEST_NUMBER)), value, label=label
            )
        if divisor and value < SMALLEST_DIVISOR:  # a quantity the model divides by to count members
            smallest = localised(f"{SMALLEST_DIVISOR:.6f}")
            raise self.must_be(field, _("at least {minimum}").format(minimum=smallest), value, label=label)
        return float(value)

    def whole(
        self, field: str, value: Any, *, minimum: int = 1, maximum: int | None = None, what: str | None = None
    ) -> int:
        """``value`` as an int from ``minimum`` (to ``maximum``, if given), else a ModelInputError.

        A whole float such as 10.0 is accepted. The message says "a whole number of at least 1"
        (or "from 1 to 12"); ``what`` replaces those words."""
        if not is_whole(value) or value < minimum or (maximum is not None and value > maximum):
            if what is None:
                what = (
                    _("a whole number of at least {minimum}").format(minimum=minimum)
                    if maximum is None
                    else _("a whole number from {minimum} to {maximum}").format(
                        minimum=quantity(minimum), maximum=quantity(maximum)
                    )
                )
            raise self.must_be(field, what, value)
        if maximum is None and value > LARGEST_WHOLE:
            raise self.must_be(field, _("at most {maximum}").format(maximum=quantity(LARGEST_WHOLE)), value)
        return int(value)
