"""The page budgets of issue 14, used by the tests and by ``make bench``."""

FIRST_VISIT_GZIP_BYTES = 100 * 1024  # everything a page fetches on a first visit, gzip
NEXT_PAGE_NEW_GZIP_BYTES = 25 * 1024  # new bytes for the next page, with a warm cache
# A page's own HTML, gzip: what keeps the next page within budget (the rest is page scripts).
PAGE_HTML_GZIP_BYTES = 22 * 1024
LIGHTHOUSE_PERFORMANCE = 98  # Lighthouse mobile preset, 0-100
LIGHTHOUSE_ACCESSIBILITY = 100
FIRST_CONTENTFUL_PAINT_MS = 1500
TOTAL_BLOCKING_TIME_MS = 50
CUMULATIVE_LAYOUT_SHIFT = 0.02
