"""A local fake WooCommerce shop: the REST API v3 paths the connector uses, serving the
recorded-style JSON in ``tests/data/woocommerce`` with WooCommerce's paging headers
(``X-WP-Total``, ``X-WP-TotalPages``) and its 401 answer for wrong credentials."""

from __future__ import annotations

import base64
import copy
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data" / "woocommerce"
KEY = "ck_4f1d0c8e2b7a49e3a1c5d6f7e8a9b0c1d2e3f4a5"
SECRET = "cs_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
PREFIX = "/wp-json/wc/v3/"


class FakeShop:
    """The shop's data (tests may change it between imports) and the request log."""

    def __init__(self, max_per_page: int = 2) -> None:
        self.data: dict[str, list[dict[str, Any]]] = {
            p.stem: json.loads(p.read_text(encoding="utf-8")) for p in DATA.glob("*.json")
        }
        self.max_per_page = max_per_page
        self.requests: list[str] = []
        self.url = ""

    def order(self, order_id: int) -> dict[str, Any]:
        """One order's JSON (to change it for a re-import)."""
        return next(o for o in self.data["orders"] if o["id"] == order_id)


def _handler(shop: FakeShop) -> type[BaseHTTPRequestHandler]:
    expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: Any) -> None:  # keep the test output clean
            pass

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            raw = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(raw)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(raw)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            shop.requests.append(self.path)
            if self.headers.get("Authorization") != expected:
                self._send(
                    401,
                    {
                        "code": "woocommerce_rest_cannot_view",
                        "message": "Sorry, you cannot list resources.",
                        "data": {"status": 401},
                    },
                )
                return
            name = parts.path.removeprefix(PREFIX).strip("/")
            if not parts.path.startswith(PREFIX) or name not in shop.data:
                self._send(
                    404,
                    {
                        "code": "rest_no_route",
                        "message": "No route was found matching the URL and request method.",
                        "data": {"status": 404},
                    },
                )
                return
            query = parse_qs(parts.query)
            items = copy.deepcopy(shop.data[name])
            if name == "shipping_methods":  # not paged in WooCommerce
                self._send(200, items)
                return
            per_page = min(int(query.get("per_page", ["10"])[0]), shop.max_per_page)
            page = int(query.get("page", ["1"])[0])
            pages = max(1, -(-len(items) // per_page))
            chunk = items[(page - 1) * per_page : page * per_page]
            self._send(200, chunk, {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)})

    return Handler


@contextmanager
def fake_shop(max_per_page: int = 2) -> Iterator[FakeShop]:
    """Run the fake shop on a free local port while the block runs."""
    shop = FakeShop(max_per_page)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(shop))
    shop.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield shop
    finally:
        server.shutdown()
        server.server_close()
