"""Ways to take the course off the screen and off the internet, for trainers:

- ``handouts``: a printable PDF handout and answer key for every chapter and case study, and the
  whole book as one PDF with a bookmark per page (``python -m sse_course.delivery.handouts``);
- ``bundle``: one zip with the built book, the notebooks, the exercises and the package, for a
  workshop with no internet (``python -m sse_course.delivery.bundle``).

Both need no network; the handouts print with the system Chromium (``sse_course.delivery.chromium``).
"""
