"""Serve a folder on 127.0.0.1 with gzip, as GitHub Pages and nginx serve a site.

Lighthouse reports uncompressed sizes and a slower page when the server does not compress
(Python's ``http.server`` does not), so the budgets are measured through this server.
"""

from __future__ import annotations

import gzip
import http.server
from pathlib import Path

from sse_course.delivery.chromium import serve

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".webmanifest", ".inv")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
    }

    def log_message(self, *args):  # keep test output readable
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)

    def end_headers(self):
        # Like GitHub Pages, every file (fonts and images too): cached for a short time, then
        # revalidated. Without it a browser revalidates a font it has just fetched.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


class _Body:
    """What ``send_head`` returns: a file-like body that ``copyfile`` can read."""

    def __init__(self, data: bytes):
        self._data = data

    def read(self, size=-1):
        data, self._data = (self._data, b"") if size < 0 else (self._data[:size], self._data[size:])
        return data

    def close(self):
        pass


def serve_gzip(directory: Path):
    """Serve ``directory`` with gzip on a free port of 127.0.0.1; yields the base URL."""
    return serve(directory, GzipHandler)
