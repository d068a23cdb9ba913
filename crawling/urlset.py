"""A sitemap file's XML, written directly.

Not a template: a month file has hundreds of stories with five links each, several
thousand template nodes, and rendering them cost many times the file's queries
(bench/sitemaps.py). Every text and address goes through xml.sax.saxutils'
escaping, the only thing the template did for them.
"""

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from crawling.entries import Entry

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
    ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
)


def w3c_datetime(moment: datetime) -> str:
    # The database hands times in UTC already; converting each costs a month file ~1 ms.
    return (moment if moment.tzinfo is UTC else moment.astimezone(UTC)).isoformat()


def _url(entry: Entry, publication: str, language: str) -> str:
    parts = [f"<url><loc>{escape(entry.location)}</loc>"]
    if entry.lastmod:
        parts.append(f"<lastmod>{w3c_datetime(entry.lastmod)}</lastmod>")
    for code, href in entry.alternates:
        # Language codes from settings.EDITIONS, addresses made of slugs and the host: no
        # quote in them; escape() still guards an "&".
        parts.append(f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(href)}"/>')
    for image in entry.images:
        parts.append(f"<image:image><image:loc>{escape(image)}</image:loc></image:image>")
    if publication and entry.published:
        parts.append(
            "<news:news><news:publication>"
            f"<news:name>{escape(publication)}</news:name>"
            f"<news:language>{escape(language)}</news:language></news:publication>"
            f"<news:publication_date>{w3c_datetime(entry.published)}</news:publication_date>"
            f"<news:title>{escape(entry.title)}</news:title></news:news>"
        )
    parts.append("</url>\n")
    return "".join(parts)


def urlset(entries: list[Entry], publication: str = "", language: str = "") -> str:
    """The <urlset>; with `publication`, each story's news:news (Google News)."""
    return HEADER + "".join(_url(entry, publication, language) for entry in entries) + "</urlset>\n"
