"""The course in several languages (issue 15). English is the source; a translation is PO files.

- ``languages``: which languages there are, released or draft (``sse_course/locales/languages.yml``).
- ``runtime``: the language a kernel or a build speaks, and its translated strings (gettext .mo).
- ``banks``: quiz banks' text as a catalogue, and a bank in another language (ids and answers stay).
- ``check``: a translation keeps the markup, numbers, links and placeholders of its English.
- ``catalogues``: ``make translations``, which refreshes every catalogue from the English.
"""
