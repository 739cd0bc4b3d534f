"""make workshop: one laptop serves the book and the in-browser notebooks to the room. Started as
a trainer starts it, the server prints its address and a QR code, serves the files with the types
browsers need for Pyodide, shows the QR page, listens on that address only, and stops on Ctrl+C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import urllib.request

import pytest


@pytest.fixture
def book(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>The course</title>", encoding="utf-8")
    (tmp_path / "lite" / "static").mkdir(parents=True)
    (tmp_path / "lite" / "static" / "pyodide.asm.wasm").write_bytes(b"\0asm\1\0\0\0")
    (tmp_path / "lite" / "static" / "pyodide.mjs").write_text("export {}", encoding="utf-8")
    return tmp_path


@pytest.fixture
def server(book):
    process = subprocess.Popen(
        [sys.executable, "-m", "sse_course.delivery.workshop", str(book), "--address", "127.0.0.1", "--port", "0"],
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
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


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
    assert server.wait(timeout=10) == 0
    assert "Stopped." in server.stdout.read()
    assert "Traceback" not in server.stderr.read()
