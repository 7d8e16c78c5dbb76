"""`newsledger serve`: the ledger in a browser. Every page has a JSON twin under /api/.

Article text is untrusted: templates autoescape, and highlighted text is built from escaped pieces.
Before a request reaches a page it must name a host the server was started for (against DNS
rebinding) and hold no NUL; a change to the ledger must come from this site's own form (Origin or
Referer, and the form's CSRF token) and, on a server reachable beyond this machine, carry the write
token. Every error, page or API, has one shape, after Datasette's: {"ok": false, "error": message,
"status": code}; pages show the same message and status.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from collections.abc import Iterable
from urllib.parse import unquote_to_bytes, urlsplit

from fastapi import FastAPI, Request
from fastapi.dependencies.utils import get_flat_params
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.errors import LedgerError
from newsledger.interfaces.web import actors, changes, documents, events, forecasts, glossary, groups, maps, quotes
from newsledger.interfaces.web.common import HERE, Web

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# No inline script or style anywhere: scripts and styles come from /static only (OWASP secure headers).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
PAGE_FAMILIES = (documents, actors, events, quotes, forecasts, groups, glossary, maps)  # each module: its pages beside their JSON twins

log = logging.getLogger(__name__)


def create_app(db: str, hosts: Iterable[str] = LOCAL_HOSTS, write_token: str | None = None) -> FastAPI:
    """The web app over the ledger at `db`, answering requests whose Host header names one of `hosts`
    (a port is allowed); with `write_token`, a form that changes the ledger must carry it.
    Raises NewsledgerError when `db` is not a ledger."""
    # one CSRF token per server run: a page from another site cannot read it
    web = Web.open(db, secrets.token_urlsafe(32), write_token)
    allowed_hosts = {_host_name(h) for h in hosts}
    app = FastAPI(title="newsledger", docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def error(request: Request, status: int, message: str, headers=None) -> Response:
        if request.scope["path"].startswith("/api/"):
            return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status, headers=headers)
        return web.page(request, "error.html", status_code=status, headers=headers, message=message, status=status)

    def refusal(request: Request) -> tuple[int, str] | None:
        """Why the request is refused before any page sees it, or None."""
        host = _host_name(request.headers.get("host", ""))
        if host not in allowed_hosts:
            return 400, f"this server does not answer for host {host!r}; start it with --allow-host to add a name"
        if "\0" in request.scope["path"] or b"\0" in unquote_to_bytes(request.scope["query_string"]):  # the path comes decoded
            return 400, "a parameter holds a NUL character"
        if request.method not in SAFE_METHODS:
            origin = request.headers.get("origin") or request.headers.get("referer")
            if origin is not None and urlsplit(origin).netloc.lower() != request.headers["host"].lower():
                return 403, "a change to the ledger must come from this site's own pages"
        return None

    @app.middleware("http")
    async def guard(request: Request, call_next):
        refused = refusal(request)
        if refused:
            response = error(request, *refused)
        else:
            try:
                response = await call_next(request)
            except Exception:
                log.exception("%s %s failed", request.method, request.scope["path"])
                response = error(request, 500, "internal error; the server's log has the details")
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(LedgerError)
    def ledger_unavailable(request: Request, exc: LedgerError):
        return error(request, 503, str(exc))  # locked, disk full, unreadable: worth a retry, not a server bug

    @app.exception_handler(RequestValidationError)
    def invalid_parameter(request: Request, exc: RequestValidationError):
        # a list parameter's error is located at its item's index: name the parameter
        names = (next(str(part) for part in reversed(e["loc"]) if not isinstance(part, int)) for e in exc.errors())
        return error(request, 400, "; ".join(f"{name}: {_reason(request, name, e)}" for name, e in zip(names, exc.errors())))

    @app.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)

    for family in PAGE_FAMILIES:
        app.include_router(family.router(web))
    app.include_router(changes.router(web))  # /api/changes: no page, a feed for copies of the ledger
    return app


def _reason(request: Request, name: str, error: dict) -> str:
    """Why a parameter was refused: for a value not in its pattern, the form its description gives
    ("expected YYYY, YYYY-MM or YYYY-MM-DD"), as a regular expression means little to a reader."""
    route = request.scope.get("route")
    if error["type"] != "string_pattern_mismatch" or route is None:
        return error["msg"]
    params = get_flat_params(route.dependant)  # a page's shared filters sit in a dependency
    described = next((p.field_info.description for p in params if p.alias == name and p.field_info.description), None)
    return f"expected {described}" if described else error["msg"]


def serving_policy(bind: str, allow_hosts: Iterable[str] = (), write_token: str | None = None) -> tuple[list[str], str | None]:
    """For a server bound to address `bind`: the Host names it answers (this machine's loopback names,
    `bind` itself unless it is a wildcard such as 0.0.0.0, and `allow_hosts`), and the token its writes
    need: `write_token`, else None on a loopback address and a new random token beyond it."""
    hosts = [*LOCAL_HOSTS, *([] if bind in ("0.0.0.0", "::", "") else [bind]), *allow_hosts]
    if write_token is None and not _is_loopback(bind):
        write_token = secrets.token_urlsafe(16)
    return hosts, write_token


def _is_loopback(host: str) -> bool:
    try:
        return host.lower() == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(host: str) -> str:
    """A Host header's name without its port: 'LocalHost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")
