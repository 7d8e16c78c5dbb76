"""What `follow --once` says: every listed page counted once, singular counts, and sources in back-off."""

from __future__ import annotations

from tests.follow.site import BROKEN_PATH, Resource


def _feed(site, path: str, urls: list[str]) -> str:
    items = "".join(f"<item><link>{url}</link></item>" for url in urls)
    site.resources[path] = Resource(f"<rss version='2.0'><channel><title>Mirror</title>{items}</channel></rss>".encode(),
                                    "application/rss+xml")
    return site.base + path


def test_a_page_whose_text_another_listed_page_has_counts_as_unchanged(cli, ledger_path, site):
    original = site.page_urls[0]
    mirror = "/mirror/same-story.html"  # a second address serving the very same page
    site.resources[mirror] = site.resources[original.removeprefix(site.base)]
    cli("sources", "add", _feed(site, "/mirror/rss.xml", [original, site.base + mirror]), "--name", "mirror", "--db", ledger_path)
    result = cli("follow", "--once", "--delay", "0", "--allow-private", "--db", ledger_path)
    assert result.exit_code == 0
    assert "mirror: 2 listed, 2 pages fetched, 1 new, 0 updated, 0 copies, 1 unchanged, 0 skipped, 0 failed" in result.stderr


def test_a_rerun_while_a_failed_source_waits_says_so_and_until_when(cli, ledger_path, site):
    cli("sources", "add", site.base + BROKEN_PATH, "--name", "broken", "--db", ledger_path)
    failed = cli("follow", "--once", "--delay", "0", "--allow-private", "--db", ledger_path)
    assert failed.exit_code == 1
    assert failed.stdout.strip().startswith("round: 1 source (1 failed), 0 pages fetched")  # one source, not "1 sources"
    again = cli("follow", "--once", "--delay", "0", "--allow-private", "--db", ledger_path)
    assert again.stdout.strip().startswith("round: 0 sources (0 failed)")
    assert "1 source waiting (back-off until 20" in again.stderr
