"""Imported by the fork server that starts ingest's worker processes (`ingest_run._worker_context`), so
that every worker forked from it has the pipeline imported and spaCy's model, the actor registry and the
gazetteer loaded. Importing it has those effects and no others."""

import gc

from newsledger import nlp
from newsledger.actors import load_registry
from newsledger.interfaces import ingest_run  # noqa: F401  what workers run
from newsledger.places.geocoder import gazetteer

nlp.get_pipeline()
load_registry()
gazetteer()
# Loaded objects are never freed: keep them out of the collector's passes, which would touch (and so copy)
# pages each forked worker could share with the server.
gc.freeze()
