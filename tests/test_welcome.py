"""The welcome page on a 360 px phone (issue 17): "Where to start" is on the first screen, not
four screens down, and each part of the course is a link to its first page."""

from __future__ import annotations

import pytest

from sse_course.book.toc import toc_parts

pytestmark = [pytest.mark.build, pytest.mark.browser]

WELCOME = "book/welcome.html"


def test_where_to_start_is_on_the_first_screen_and_every_part_is_a_link(touch_phone, site):
    touch_phone.goto(site + WELCOME)
    heading = touch_phone.get_by_role("heading", name="Where to start")
    assert heading.bounding_box()["y"] < 740 - 120, "'Where to start' is not on the first screen"
    starts = heading.locator("xpath=..").locator("a.reference").evaluate_all("links => links.map(a => a.href)")
    assert site + "book/home-based-workers.html" in starts and site + "book/what-is-sse.html" in starts

    parts = [part for part in toc_parts() if part.caption.startswith("Part ")]
    listed = touch_phone.locator("section#the-five-parts ol > li").evaluate_all(
        "items => items.map(li => ({text: li.innerText, href: (li.querySelector('a') || {}).href}))"
    )
    assert len(listed) == len(parts) == 5
    for part, item in zip(parts, listed, strict=True):
        name = part.caption.split(": ", 1)[1]
        assert item["text"].startswith(name), f"{item['text'][:40]!r} is not {name!r}"
        assert item["href"] == f"{site}{part.pages[0]}.html", f"{name} links to {item['href']}"

    touch_phone.get_by_role("link", name="Case studies").tap()
    touch_phone.wait_for_url(f"**/{parts[3].pages[0]}.html")
