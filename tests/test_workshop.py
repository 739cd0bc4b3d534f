"""make workshop: one laptop serves the book and the in-browser notebooks to the room. Started as
a trainer starts it, the server prints its address and a QR code, serves the files with the types
browsers need for Pyodide (gzip-compressed for the browsers that accept it), shows the QR page, listens on that address only, and stops on Ctrl+C."""

from __future__ import annotations

import gzip
import os
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


@pytest.fixture
def book(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>The course</title>", encoding="utf-8")
    (tmp_path / "lite" / "static").mkdir(parents=True)
    (tmp_path / "lite" / "static" / "pyodide.asm.wasm").write_bytes(b"\0asm\1\0\0\0")
    (tmp_path / "lite" / "static" / "pyodide.mjs").write_text("export {}", encoding="utf-8")
    return tmp_path


# The server started as `python -m sse_course.delivery.workshop`, on a laptop with segno or without it.
WITH_SEGNO = [sys.executable, "-m", "sse_course.delivery.workshop"]
WITHOUT_SEGNO = [
    sys.executable,
    "-c",
    "import runpy, sys; sys.modules['segno'] = None; runpy.run_module('sse_course.delivery.workshop', run_name='__main__')",
]


def start(book, command):
    process = subprocess.Popen(
        [*command, str(book), "--address", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    for line in process.stdout:
        lines.append(line)
        if "Ctrl+C" in line:
            break
    process.printed = "".join(lines)  # type: ignore[attr-defined]
    process.url = next(word for word in "".join(lines).split() if word.startswith("http://"))  # type: ignore[attr-defined]
    return process


def stop(process):
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture
def server(book):
    process = start(book, WITH_SEGNO)
    yield process
    stop(process)


def test_without_segno_it_serves_and_shows_the_address_without_a_qr_code(book):
    process = start(book, WITHOUT_SEGNO)
    try:
        assert "No QR code" in process.printed and "█" not in process.printed
        kind, page = fetch(process.url + "workshop.html")
        assert process.url.encode() in page and b"<svg" not in page
        assert b"The course" in fetch(process.url)[1]
    finally:
        stop(process)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get_content_type(), response.read()


def test_prints_the_address_and_a_qr_code(server):
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/")
    assert "▀" in server.printed or "█" in server.printed  # the terminal QR code


def test_serves_the_book_and_pyodide_with_the_right_types(server):
    assert b"The course" in fetch(server.url)[1]
    assert fetch(server.url + "lite/static/pyodide.asm.wasm")[0] == "application/wasm"
    assert fetch(server.url + "lite/static/pyodide.mjs")[0] == "text/javascript"


def test_sends_text_and_webassembly_gzip_compressed_to_browsers_that_accept_it(server, book):
    wasm = (book / "lite" / "static" / "pyodide.asm.wasm").read_bytes()
    request = urllib.request.Request(server.url + "lite/static/pyodide.asm.wasm", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers.get_content_type() == "application/wasm"
        assert gzip.decompress(response.read()) == wasm
    with urllib.request.urlopen(server.url + "lite/static/pyodide.asm.wasm", timeout=10) as response:
        assert response.headers["Content-Encoding"] is None and response.read() == wasm


def test_a_phone_that_leaves_mid_download_prints_no_traceback(book):
    """A phone closes its tab while Pyodide downloads: the trainer's terminal stays readable."""
    (book / "lite" / "static" / "pyodide.asm.wasm").write_bytes(os.urandom(16 * 1024 * 1024))
    process = start(book, WITH_SEGNO)
    try:
        port = int(process.url.rstrip("/").rsplit(":", 1)[1])
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as phone:
                phone.sendall(b"GET /lite/static/pyodide.asm.wasm HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                assert phone.recv(1024).startswith(b"HTTP/1.0 200")
                phone.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset
        time.sleep(2)  # for the server's threads to meet the closed connections
        assert b"The course" in fetch(process.url)[1]  # still serving
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
    assert "Traceback" not in process.stderr.read()


def test_the_qr_page_shows_the_address_as_a_code(server):
    kind, page = fetch(server.url + "workshop.html")
    assert kind == "text/html"
    assert server.url.encode() in page and b"<svg" in page


def test_listens_on_the_printed_address_only(server):
    port = int(server.url.rstrip("/").rsplit(":", 1)[1])
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", port), timeout=5).close()


def test_ctrl_c_stops_it_cleanly(server):
    server.send_signal(signal.SIGINT)
    assert server.wait(timeout=60) == 0
    assert "Stopped." in server.stdout.read()
    assert "Traceback" not in server.stderr.read()


def test_in_the_zip_the_room_gets_the_learners_book_by_default(tmp_path):
    """Everyone on the network can open what the server serves: in the zip's folder it is the book
    without answers (for-learners/book), not the trainer's."""
    from sse_course.delivery.workshop import default_folder

    for folder in ("book", "for-learners/book"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "index.html").write_text("<!DOCTYPE html><title>The course</title>", encoding="utf-8")
    assert default_folder(tmp_path) == tmp_path / "for-learners" / "book"
    (tmp_path / "for-learners" / "book" / "index.html").unlink()
    assert default_folder(tmp_path) == tmp_path / "book"


def test_the_trainer_s_book_in_the_zip_borrows_the_learners_in_browser_site_but_never_their_notebooks(tmp_path):
    """The offline zip holds the in-browser site once, whole, in for-learners/book/lite/; book/lite/
    has only the trainer's notebooks and their listing. Served, each book's /lite/ is a whole site
    that opens that book's own notebooks."""
    learners, trainers = tmp_path / "for-learners" / "book", tmp_path / "book"
    for book, text in ((learners, "learner version"), (trainers, "solution")):
        (book / "lite" / "files" / "exercises").mkdir(parents=True)
        (book / "index.html").write_text("<!DOCTYPE html><title>The course</title>", encoding="utf-8")
        (book / "lite" / "files" / "exercises" / "x.ipynb").write_text(text, encoding="utf-8")
        (book / "lite" / "api").mkdir()
        (book / "lite" / "api" / "all.json").write_text(f'["{text}"]', encoding="utf-8")
    (learners / "lite" / "index.html").write_text("the site", encoding="utf-8")
    (learners / "lite" / "notebooks").mkdir()
    (learners / "lite" / "notebooks" / "index.html").write_text("the notebook app", encoding="utf-8")
    (learners / "lite" / "files" / "only-for-learners.ipynb").write_text("learners'", encoding="utf-8")
    (trainers / "lite" / "static").mkdir()
    (trainers / "lite" / "static" / "trainers.txt").write_text("the trainer's own", encoding="utf-8")
    for book, notebook in ((trainers, b"solution"), (learners, b"learner version")):
        process = start(book, WITH_SEGNO)
        try:
            lite = process.url + "lite/"
            assert fetch(lite)[1] == b"the site"
            assert fetch(lite + "notebooks/index.html?path=exercises/x.ipynb")[1] == b"the notebook app"
            assert fetch(lite + "notebooks/")[1] == b"the notebook app"
            assert fetch(lite + "files/exercises/x.ipynb")[1] == notebook
            assert fetch(lite + "api/all.json")[1] == b'["' + notebook + b'"]'
            request = urllib.request.Request(lite + "files/exercises/x.ipynb", headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert gzip.decompress(response.read()) == notebook
            if book == trainers:  # its own files first; another book's notebooks never
                assert fetch(lite + "static/trainers.txt")[1] == b"the trainer's own"
                with pytest.raises(urllib.error.HTTPError, match="404"):
                    fetch(lite + "files/only-for-learners.ipynb")
                with pytest.raises(urllib.error.HTTPError, match="404"):
                    fetch(process.url + "for-learners/book/index.html")
        finally:
            stop(process)
