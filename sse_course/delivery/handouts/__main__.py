"""``python -m sse_course.delivery.handouts``: see :mod:`sse_course.delivery.handouts.cli`."""

import sys

from sse_course.delivery.handouts.cli import main

sys.exit(main())
