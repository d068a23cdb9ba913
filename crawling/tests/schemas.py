"""The published schemas (data/README.md), loaded from the files: nothing is fetched."""

from functools import cache
from pathlib import Path

import xmlschema

DATA = Path(__file__).parent / "data"
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


@cache
def _schema(name: str) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(
        str(DATA / name), locations=[(XML_NAMESPACE, str(DATA / "xml.xsd"))], allow="local"
    )


def valid_index(content: bytes) -> None:
    _schema("siteindex.xsd").validate(content.decode())


def valid_urlset(content: bytes) -> None:
    """Against sitemap 0.9 with the image 1.1, news 0.9 and XHTML (xhtml:link) schemas."""
    _schema("sitemap-with-extensions.xsd").validate(content.decode())
