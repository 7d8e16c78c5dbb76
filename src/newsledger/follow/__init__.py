"""Following sources: feeds and sitemaps registered in the ledger, polled on a schedule.

`registry` keeps the sources and the pages fetched (tables `sources` and `pages`), `listing` reads
what a feed or sitemap lists, `fetch` fetches politely, and `rounds` polls the due sources and
ingests their new pages through the normal ingest path.
"""
