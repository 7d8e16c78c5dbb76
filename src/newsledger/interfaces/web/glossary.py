"""The glossary: every CAMEO code with its name, Goldstein score, quad class and PLOVER category, and every
PLOVER category with the CAMEO codes under it. Every code shown elsewhere links here (/glossary#cameo-042)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsledger.events.patterns import load_codebook
from newsledger.interfaces.web.common import HERE, Web
from newsledger.loading import read_yaml

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=1)
def glossary() -> dict:
    """{"cameo": [{code, name, goldstein, quad_class, quad, plover}], "plover": [{code, gloss, cameo: [codes], quad}]}:
    CAMEO from the codebook the coder uses (events/data/codebook.json: CAMEO 1.1b3 names, Goldstein 1992
    scores); PLOVER glosses from web/data/plover.yaml, each category's quad class the most common of its codes'."""
    cameo = [{"code": code, **entry, "quad": QUADS[entry["quad_class"]]} for code, entry in sorted(load_codebook().items())]
    plover = read_yaml(HERE / "data" / "plover.yaml")
    for category in plover:
        codes = [c for c in cameo if c["plover"] == category["code"]]
        category["cameo"] = [c["code"] for c in codes]
        category["quad"] = Counter(c["quad"] for c in codes).most_common(1)[0][0] if codes else ""
    return {"cameo": cameo, "plover": plover}


def router(web: Web) -> APIRouter:
    routes = APIRouter()

    @routes.get("/glossary", response_class=HTMLResponse)
    def glossary_page(request: Request):
        return web.page(request, "glossary.html", **glossary())

    @routes.get("/api/glossary")
    def api_glossary():
        return glossary()

    return routes
