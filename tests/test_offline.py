"""The course as an installable web app that reads offline (sse_course/light/offline.py,
sse-sw.js, static/sse-offline.js), in Debian's Chromium, from a local http server.

Each test serves its own copy of the built book, so that it can "deploy" a changed build or
add a probe page without touching _build.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest

from sse_course.devtools.gzip_server import serve_gzip
from sse_course.light import offline

from .conftest import toc_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]

WAIT_FOR_WORKER = "navigator.serviceWorker.ready.then(() => true)"


@pytest.fixture
def copy(built_book, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_book, site)
    return site


@pytest.fixture
def served(copy):
    with serve_gzip(copy) as base:
        yield base


@pytest.fixture
def reader(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    yield context
    context.close()


def saved_urls(page) -> list[str]:
    return page.evaluate("""async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    }""")


def read(page, url: str) -> None:
    """Open ``url`` as a reader would and wait until the worker has kept it."""
    page.goto(url, wait_until="networkidle")
    assert page.evaluate(WAIT_FOR_WORKER)
    page.wait_for_function(
        """async (url) => { for (const name of await caches.keys()) {
             if (await (await caches.open(name)).match(url)) return true; } return false; }""",
        arg=url.split("?")[0],
        timeout=15000,
    )


def heading(page) -> str:
    return page.locator("main h1").first.inner_text()


def test_pages_already_read_open_with_no_connection(reader, served):
    page = reader.new_page()
    first, second = f"{served}book/what-is-sse.html", f"{served}notebooks/atemdo.html"
    read(page, first)
    titles = {first: heading(page)}
    read(page, second)
    titles[second] = heading(page)
    reader.set_offline(True)
    for url, title in titles.items():
        page.goto(url)
        assert heading(page) == title
        # Styled as online: the stylesheet came from the saved copy too.
        assert page.evaluate("getComputedStyle(document.querySelector('.bd-sidebar-primary')).display") != "inline"
        assert page.evaluate("document.styleSheets.length") >= 1
    # A page never opened is not there, and the reader is told why.
    response = page.goto(f"{served}book/policies.html")
    assert response.status == 503
    assert "not saved on this device" in page.content()


def test_save_the_whole_course_then_read_a_new_page_offline_and_undo(reader, served, copy):
    page = reader.new_page()
    page.goto(f"{served}book/welcome.html", wait_until="networkidle")
    box = page.locator(".sse-offline-save")
    box.wait_for(state="visible")
    # It says how much it will download before it starts, as measured at build time.
    size = offline.gzip_size(copy, offline.course_files(copy))
    stated = re.search(r"about ([\d.]+) MB", box.inner_text())
    assert stated and abs(float(stated.group(1)) - size / 1e6) <= 0.1, box.inner_text()
    assert page.locator(".sse-offline-start").inner_text().startswith("Save the whole course for offline reading")
    page.locator(".sse-offline-start").click()
    status = page.locator(".sse-offline-status")
    status.filter(has_text="Done.").wait_for(timeout=60000)
    progress = page.locator(".sse-offline-progress")
    assert progress.evaluate("bar => bar.value === bar.max && bar.max > 1")
    assert page.locator(".sse-offline-undo").is_visible()
    every_page = [f"{served}{p}.html" for p in toc_pages()]
    assert set(every_page) <= set(saved_urls(page))

    reader.set_offline(True)
    never_opened = page.context.new_page()
    never_opened.goto(f"{served}exercises/business-plan.html")
    assert heading(never_opened).startswith("Exercise")
    never_opened.close()

    # Undo: the whole course goes; the page read (the welcome page) stays.
    reader.set_offline(False)
    page.reload(wait_until="networkidle")
    page.locator(".sse-offline-undo").wait_for(state="visible")
    page.locator(".sse-offline-undo").click()
    status.filter(has_text="removed").wait_for()
    assert page.locator(".sse-offline-start").is_visible()
    reader.set_offline(True)
    assert page.goto(f"{served}exercises/business-plan.html").status == 503
    page.goto(f"{served}book/welcome.html")
    assert heading(page) == "Welcome"


def test_a_new_build_replaces_the_saved_copy_cleanly(reader, served, copy):
    page = reader.new_page()
    url = f"{served}book/what-is-sse.html"
    read(page, f"{served}book/tensions.html")
    read(page, url)
    old_version = page.evaluate("caches.keys()")
    # Deploy a changed build: new text in a page, and the service worker the build step writes.
    chapter = copy / "book" / "what-is-sse.html"
    html = chapter.read_text(encoding="utf-8")
    new_title = "What is the social and solidarity economy? (second edition)"
    html = re.sub(r"(<h1>)What is the social and solidarity economy\?", rf"\g<1>{new_title}", html, count=1)
    chapter.write_text(html, encoding="utf-8")
    start = "book/welcome.html"
    files = offline.course_files(copy)
    offline.write_service_worker(copy, files, offline.gzip_size(copy, files), start)

    page.goto(url, wait_until="networkidle")
    page.reload(wait_until="networkidle")
    assert heading(page).startswith(new_title)
    # The new worker takes over, fetches what the reader had kept again, and drops the old copy.
    page.wait_for_function(
        "async (old) => { const now = await caches.keys(); "
        "return now.length > 0 && now.every((name) => !old.includes(name)); }",
        arg=old_version,
        timeout=20000,
    )
    reader.set_offline(True)
    page.goto(url)
    assert heading(page).startswith(new_title)
    page.goto(f"{served}book/tensions.html")
    assert heading(page).startswith("Tensions")


def test_the_manifest_makes_the_course_installable(reader, served, copy):
    manifest = json.loads((copy / offline.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["name"] and manifest["short_name"]
    assert manifest["display"] == "standalone"
    assert (copy / manifest["start_url"]).is_file()
    from PIL import Image

    sizes = set()
    for icon in manifest["icons"]:
        with Image.open(copy / icon["src"]) as image:
            assert icon["sizes"] == f"{image.size[0]}x{image.size[1]}"
            sizes.add(image.size[0])
    assert {192, 512} <= sizes
    page = reader.new_page()
    read(page, f"{served}{manifest['start_url']}")
    # Chromium's own check, the one behind "Add to home screen".
    session = reader.new_cdp_session(page)
    parsed = session.send("Page.getAppManifest")
    assert parsed["errors"] == [] and parsed["url"] == f"{served}{offline.MANIFEST_NAME}", parsed
    errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # Playwright's browser contexts are always private ("incognito"), where Chromium never
    # offers to install; any other reason (manifest, icons, service worker, https) would show.
    assert [e["errorId"] for e in errors if e["errorId"] != "in-incognito"] == [], errors
    assert page.evaluate("document.querySelector('link[rel=manifest]').href") == f"{served}{offline.MANIFEST_NAME}"


def test_the_worker_leaves_the_lite_site_frames_and_file_urls_alone(reader, served, copy, built_book):
    (copy / "lite").mkdir(exist_ok=True)  # the built book has its lite site since issue 13
    (copy / "lite" / "probe.html").write_text("<!DOCTYPE html><title>lite</title><p>lite site</p>", encoding="utf-8")
    (copy / "frame-probe.html").write_text(
        '<!DOCTYPE html><title>LMS</title><iframe src="book/what-is-sse.html"></iframe>', encoding="utf-8"
    )
    # Inside a frame (a SCORM package in an LMS) no worker is registered.
    framed = reader.new_page()
    framed.goto(f"{served}frame-probe.html", wait_until="networkidle")
    framed.wait_for_timeout(1500)
    assert framed.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)") == 0
    # Where it is registered, it does not answer for lite/.
    page = reader.new_page()
    read(page, f"{served}book/what-is-sse.html")
    assert page.goto(f"{served}book/tensions.html").from_service_worker
    assert not page.goto(f"{served}lite/probe.html").from_service_worker
    # From file:// (the offline zip) nothing is registered and the page still works.
    local = reader.new_page()
    local.goto((built_book / "book" / "what-is-sse.html").as_uri())
    assert local.evaluate("'serviceWorker' in navigator ? navigator.serviceWorker.controller === null : true")
    assert heading(local).startswith("What is")
