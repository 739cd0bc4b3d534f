"""The course in several languages (issue 15). English is the source; a translation is PO files.

- ``languages``: which languages there are, released or draft (``sse_course/locales/languages.yml``).
- ``runtime``: the language a kernel or a build speaks, and its translated strings (gettext .mo).
- ``banks``: quiz banks' text as a catalogue, and a bank in another language (ids and answers stay).
- ``check``: a translation keeps the markup, numbers, links and placeholders of its English.
- ``catalogues``: ``make translations``, which refreshes every catalogue from the English.
- ``markdown``: a page's Markdown in another language from its catalogue; where translated
  notebooks are (``devtools/translated_notebooks.py`` writes them).
- ``editions``: each language's edition of the book; ``sphinx``: the language menu, the launch
  buttons and the notice in the built pages, and the root page that lets a reader choose.
- ``readability``: each translated page's reading ease and sentence length.
"""
