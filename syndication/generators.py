"""Django's RSS 2.0 and Atom writers, with what a news entry needs that they lack.

- The full content: `content:encoded` in RSS, `<content type="html">` in Atom (Django
  writes only the summary).
- Each author on their own: `dc:creator` in RSS, one `<author>` each in Atom (Django
  writes one author).
- The update time in RSS, as `atom:updated` (RSS 2.0 has no element for it).
- The cover image as Media RSS `media:content` with its width and height, rather than an
  `enclosure`: an enclosure needs the file's length in bytes, which Wagtail does not store
  for renditions (a storage call per story), while a rendition's width and height are in
  its row; feed readers pick media:content for the entry's picture.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc3339_date

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
MEDIA_NS = "http://search.yahoo.com/mrss/"


def _media_content(handler, item: dict) -> None:
    image = item.get("cover")
    if image:
        handler.addQuickElement(
            "media:content",
            "",
            {
                "url": image["url"],
                "type": image["type"],
                "medium": "image",
                "width": str(image["width"]),
                "height": str(image["height"]),
            },
        )


class StoryRssFeed(Rss201rev2Feed):
    def rss_attributes(self) -> dict:
        return {
            **super().rss_attributes(),
            "xmlns:content": CONTENT_NS,
            "xmlns:dc": DC_NS,
            "xmlns:media": MEDIA_NS,
        }

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", []):
            handler.addQuickElement("dc:creator", name)
        if item.get("updateddate") is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        _media_content(handler, item)


class StoryAtomFeed(Atom1Feed):
    def root_attributes(self) -> dict:
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", []):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        _media_content(handler, item)
