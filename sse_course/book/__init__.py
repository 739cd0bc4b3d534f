"""The book's sources as data: the table of contents and the checkout's root (``toc``), a page's
parts (``chapters``), MyST made plain (``myst``) and the glossary (``glossary``).

Read by the build (``sse_course.build``), the handouts and the developer tools; it needs no
kernel and no widgets."""
