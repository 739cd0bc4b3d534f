"""One laptop serves the course to the room: the book and the in-browser notebooks, to every phone
and laptop on the same Wi-Fi (or on the laptop's hotspot), with no internet.

    make workshop                                   (from the repository, after make book)
    python -m sse_course.delivery.workshop          (from the offline zip's folder)

It prints the address to open (http://<this laptop's address>:8000/) and shows it as a QR code,
in the terminal and on the page ``/workshop.html``, for participants to scan. Static files only;
it listens on that one address and nowhere else; Ctrl+C stops it.

In the offline zip the in-browser notebooks' site is there once, whole, in the learners' book
(``for-learners/book/lite/``); the trainer's book (``book/lite/``) has only its own notebooks
(``files/``) and their listing (``api/``), and this server serves the rest of ``/lite/`` from the
learners' copy (``shared_lite``). The same engine runs either book's notebooks: a book's
notebooks never come from the other book.

Only the standard library and segno (pure Python, pinned in requirements.lock) are needed. The
offline zip carries segno's wheel beside this file, so a laptop with Python alone runs it.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import html
import http.server
import signal
import socket
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PORT = 8000
QR_PAGE = "/workshop.html"

# What the server says, on the QR page and to the trainer, in English; with --language, in that
# language (contexts workshop:<key> of the sse_course catalogue). {address} and {url} are filled in.
WORDS = {
    "page_title": "Open the course: {address}",
    "heading": "Open the course on your phone",
    "scan_or_type": "Scan the code, or type {address} in your browser.",
    "type": "Type {address} in your browser.",
    "same_wifi": "Connect to the same Wi-Fi as this computer first. No internet is needed.",
    "served_at": "The course is served at  {url}",
    "participants": "Participants: join this computer's Wi-Fi or hotspot, then open that address or scan this code.",
    "big_code": "The same code, big, for a projector: {url}",
    "no_code": "(No QR code: segno is not installed.) The address, big, for a projector: {url}",
    "no_network": "This computer has no network address now, so only this computer can open it. Connect to the "
    "Wi-Fi or turn on the hotspot, then start again.",
    "stop": "Press Ctrl+C to stop.",
    "stopped": "Stopped.",
}


def words(language: str = "en") -> tuple[dict[str, str], str]:
    """The server's words in ``language``, and the language's BCP 47 tag (for ``<html lang>``).
    On a laptop with Python alone (the offline zip: no PyYAML for the catalogues' registry) they
    stay English."""
    if language == "en":
        return dict(WORDS), "en"
    try:
        from sse_course.i18n.interface import translated
        from sse_course.i18n.languages import language as find_language
    except ImportError:
        return dict(WORDS), "en"
    return translated("workshop", WORDS, language), find_language(language).tag


def _import_segno():
    """segno, or None if it is not here (the server then shows the address without a QR code)."""
    try:
        import segno
    except ImportError:  # the offline zip: segno's wheel is beside this file (a wheel is a zip)
        sys.path[:0] = [str(wheel) for wheel in sorted(HERE.glob("segno-*.whl"))]
        try:
            import segno
        except ImportError:
            return None
    return segno


def default_folder(course: Path = HERE.parent.parent) -> Path:
    """The built book to serve. In the offline zip's folder, the learners' book
    (``for-learners/book``): everyone on the room's network can open what the server serves, so by
    default it is the book without the answers and the trainers' pages (a trainer who wants the
    whole book names ``book`` on the command line). In the repository, ``_build/html``."""
    for candidate in (course / "for-learners" / "book", course / "book", course / "_build" / "html"):
        if (candidate / "index.html").is_file():
            return candidate
    return course / "_build" / "html"


# The in-browser notebooks' site (sse_course/lite) in a book, and the parts of it that are the
# book's own: its notebooks (files/) and their listing (api/contents/). The rest (JupyterLab,
# Pyodide, the kernel's wheels) is the same for every book.
LITE = "lite"
LITE_CONTENTS = ("api", "files")
# Where, from the offline zip's trainer's book, the whole site is: in the learners' book beside it.
SHARED_LITE = Path("for-learners") / "book" / LITE


def shared_lite(folder: Path) -> Path | None:
    """The whole in-browser site that ``folder``'s ``lite/`` borrows the rest from, when
    ``folder`` has only its own notebooks there (the offline zip's ``book/``); None when its site
    is whole (the repository's ``_build/html``, the zip's learners' book) or it has none."""
    if (folder / LITE / "index.html").is_file() or not (folder / LITE).is_dir():
        return None
    whole = folder.parent / SHARED_LITE
    return whole if (whole / "index.html").is_file() else None


def network_address() -> str:
    """This computer's address on the local network (Wi-Fi or hotspot), without sending anything:
    the first IPv4 address of its host name that is not a loopback one; 127.0.0.1 if it has none."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for *_, sockaddr in infos:
        host = str(sockaddr[0])
        if not host.startswith("127."):
            return host
    return "127.0.0.1"


# Files sent gzip-compressed to browsers that accept it: text and WebAssembly, which shrink to
# about a third (the first notebook: about 11 MB instead of about 30 MB per phone over the room's
# Wi-Fi). Wheels and zips are compressed already.
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".ipynb", ".svg", ".wasm", ".txt", ".map"}


@functools.lru_cache(maxsize=512)
def _gzipped_file(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


def _gzipped(path: Path) -> bytes:
    """``path`` gzip-compressed, once per version of the file (a room asks for the same files)."""
    return _gzipped_file(path, path.stat().st_mtime)


class _Handler(http.server.SimpleHTTPRequestHandler):
    # Pyodide is WebAssembly and JavaScript modules: browsers run them only with these types.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".ipynb": "application/json",
        ".svg": "image/svg+xml",
    }
    qr_page = b""
    shared_lite: Path | None = None  # see shared_lite()

    def translate_path(self, path: str) -> str:
        """The file for ``path``; under ``/lite/``, a file the book's site lacks is the shared
        site's, except the notebooks and their listing, which are always the book's own."""
        local = super().translate_path(path)
        if self.shared_lite is None:
            return local
        parts = Path(local).relative_to(self.directory).parts
        in_site = parts[:1] == (LITE,)
        own = len(parts) > 1 and parts[1] in LITE_CONTENTS
        if not in_site or own or Path(local).is_file():
            return local
        return str(self.shared_lite.joinpath(*parts[1:]))

    def do_GET(self):
        if self.path.split("?")[0] == QR_PAGE:
            self._send(self.qr_page, "text/html; charset=utf-8")
            return
        path = Path(self.translate_path(self.path))
        if path.suffix in COMPRESSIBLE and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            self._send(_gzipped(path), self.guess_type(str(path)), encoding="gzip")
            return
        super().do_GET()

    def _send(self, body: bytes, kind: str, encoding: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # a room of phones would flood the trainer's terminal
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A phone that leaves a page while it downloads closes its connection: nothing went wrong
        on this laptop, so no traceback in the trainer's terminal. Any other error is printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def qr_page(url: str, qr, language: str = "en") -> bytes:
    """The page that shows the address as a QR code (if segno is here), big enough to scan across a room."""
    said, tag = words(language)
    said = {key: html.escape(text) for key, text in said.items()}
    link = html.escape(url)
    shown = f'<a href="{link}"><b>{link}</b></a>'
    return (
        f'<!DOCTYPE html><html lang="{html.escape(tag)}"><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"><title>{said["page_title"].format(address=link)}</title>'
        "<style>body{font-family:sans-serif;text-align:center;margin:1em}svg{width:min(90vw,70vh);height:auto}"
        f"p{{font-size:1.6em}}</style></head><body><h1>{said['heading']}</h1>"
        f"<p>{said['scan_or_type' if qr else 'type'].format(address=shown)}</p>"
        f"{qr.svg_inline(scale=8, title=url) if qr else ''}"
        f"<p>{said['same_wifi']}</p></body></html>"
    ).encode()


def make_server(
    folder: Path, address: str, port: int, language: str = "en"
) -> tuple[http.server.ThreadingHTTPServer, str]:
    segno = _import_segno()
    handler: type[_Handler] = type("WorkshopHandler", (_Handler,), {"shared_lite": shared_lite(folder)})
    server = _Server((address, port), functools.partial(handler, directory=str(folder)))
    url = f"http://{address}:{server.server_address[1]}/"
    handler.qr_page = qr_page(url, segno.make(url, error="m") if segno else None, language)
    return server, url


def main(argv: list[str] | None = None) -> int:
    # Ctrl+C stops the server even when whatever started it ignored SIGINT (a child inherits an
    # ignored SIGINT, and Python then installs no KeyboardInterrupt for it).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    parser = argparse.ArgumentParser(
        prog="python -m sse_course.delivery.workshop", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("folder", nargs="?", type=Path, default=None, help="the built book (default: found)")
    parser.add_argument(
        "--address",
        default=None,
        help="the address to listen on (default: this computer's address on the local network)",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0: any free port")
    parser.add_argument("--language", default="en", help="the QR page's and these messages' language (e.g. fr)")
    args = parser.parse_args(argv)
    try:
        said, tag = words(args.language)
    except ValueError as problem:  # a language the course does not have
        print(problem, file=sys.stderr)
        return 1
    if args.language != "en" and tag == "en":
        print(f"(No PyYAML on this computer: the server speaks English, not {args.language}.)", file=sys.stderr)
    folder = (args.folder or default_folder()).resolve()
    if not (folder / "index.html").is_file():
        print(f"No built book in {folder}: build it first (make book), or give the book's folder.", file=sys.stderr)
        return 1
    address = args.address or network_address()
    try:
        server, url = make_server(folder, address, args.port, args.language)
    except OSError as error:
        print(
            f"Cannot listen on {address}:{args.port} ({error.strerror}). Another program may use the port: "
            "try --port 8080.",
            file=sys.stderr,
        )
        return 1
    segno = _import_segno()
    try:  # from here on, Ctrl+C stops the server cleanly, even while the address is printed
        print(said["served_at"].format(url=url))
        print(said["participants"])
        big = f"{url}{QR_PAGE.lstrip('/')}"
        if segno:
            segno.make(url, error="m").terminal(compact=True)
            print(said["big_code"].format(url=big))
        else:
            print(said["no_code"].format(url=big))
        if address.startswith("127."):
            print(said["no_network"])
        print(said["stop"], flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        print("\n" + said["stopped"])
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
