"""Stories, sections, authors and tags as the API's schemas have them (api.schemas).

Everything is read in a fixed number of queries per response, however many stories the
outlet has or a page holds: the page's stories by key, then their tags and authors
prefetched together, covers with their renditions.
"""

from django.db.models import QuerySet, prefetch_related_objects
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Locale

from api.body import body_blocks, body_html, reading_time_minutes
from api.images import image_data
from api.problems import NotFound
from caching.remembered import remembered, site_of
from masthead.edition_settings import configured_edition
from news.models import (
    ArticlePage,
    ArticleTag,
    Author,
    AuthorIndexPage,
    SectionPage,
    TagIndexPage,
)
from news.privacy import private_q
from news.sharing import share_links
from outlet.models import OutletSettings


def api_url(request: HttpRequest, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(f"api_v1:{name}", args=args))


def index_url(model, locale_id: int, request: HttpRequest) -> str | None:
    """The full URL of an edition's author or tag index, remembered per site version."""

    def read() -> str | None:
        index = model.objects.live().filter(locale_id=locale_id).first()
        return index.get_full_url(request) if index is not None else None

    return remembered(("api-index-url", model.__name__, locale_id, site_of(request)), read)


def edition_locale(code: str) -> Locale:
    """The locale of a configured edition; NotFound for any other code."""
    locale_id = {language: pk for pk, language in languages_by_locale().items()}.get(code)
    if locale_id is None or configured_edition(code) is None:
        raise NotFound(f"There is no edition {code!r}.")
    return Locale(pk=locale_id, language_code=code)


def require_section(locale_id: int, section_id: int, edition: str) -> None:
    """NotFound unless the edition has this live section that readers may see."""
    sections = SectionPage.objects.live().filter(locale_id=locale_id, pk=section_id)
    if not sections.exclude(private_q()).exists():
        raise NotFound(f"The edition '{edition}' has no section {section_id}.")


def languages_by_locale() -> dict[int, str]:
    return remembered(
        "api-locale-languages", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


def section_ref(section: SectionPage | None, request: HttpRequest) -> dict | None:
    if section is None:
        return None
    return {"id": section.pk, "name": section.title, "url": section.get_full_url(request)}


def section_data(section: SectionPage, request: HttpRequest) -> dict:
    language = languages_by_locale()[section.locale_id]
    return {
        **section_ref(section, request),
        "slug": section.slug,
        "description": section.description,
        "stories_url": api_url(request, "section_stories", language, section.pk),
    }


def author_ref(author: Author, request: HttpRequest) -> dict:
    index = index_url(AuthorIndexPage, author.locale_id, request)
    return {
        "id": author.pk,
        "name": author.name,
        "slug": author.slug,
        "url": f"{index}{author.slug}/" if index else "",
    }


def author_data(author: Author, request: HttpRequest) -> dict:
    language = languages_by_locale()[author.locale_id]
    return {
        **author_ref(author, request),
        "bio": author.bio,
        "photo": image_data(author.photo, request, alt=author.name),
        "stories_url": api_url(request, "author_stories", language, author.pk),
    }


def tag_data(tag, locale_id: int, request: HttpRequest) -> dict:
    index = index_url(TagIndexPage, locale_id, request)
    language = languages_by_locale()[locale_id]
    return {
        "slug": tag.slug,
        "url": f"{index}{tag.slug}/" if index else "",
        "name": tag.name,
        "stories_url": api_url(request, "tag_stories", language, tag.slug),
    }


def story_cards(stories: QuerySet) -> QuerySet:
    """What a story's summary reads, in a fixed number of queries for any number of them."""
    return stories.select_related("section", "cover_image").prefetch_related(
        "cover_image__renditions"
    )


def stories_by_key(keys: list[int]) -> list[ArticlePage]:
    """The stories with these keys, in the keys' order (a list's two-step read, as
    news.models.stories.paginate reads pages: keys from an index, then rows by key).
    Without their bodies: a summary shows none, and decoding them was a list's main cost."""
    stories = story_cards(ArticlePage.objects.filter(pk__in=keys).defer_streamfields())
    found = {story.pk: story for story in stories}
    return [found[key] for key in keys if key in found]


def tags_of(stories: list[ArticlePage]) -> dict[int, list[dict]]:
    """Each story's tags, in one query of plain rows: taggit's prefetch builds a manager
    and a queryset per story, which cost a list more than all its queries together."""
    found: dict[int, list[dict]] = {story.pk: [] for story in stories}
    rows = (
        ArticleTag.objects.filter(content_object_id__in=list(found))
        .order_by("tag__name")
        .values_list("content_object_id", "tag__slug", "tag__name")
    )
    for story_id, slug, name in rows:
        found[story_id].append({"slug": slug, "name": name})
    return found


def story_summaries(stories: list[ArticlePage], request: HttpRequest) -> list[dict]:
    prefetch_related_objects(stories, "authorships__author")
    tags = tags_of(stories)
    signature = OutletSettings.for_request(request).byline_signature
    languages = languages_by_locale()
    return [_summary(story, tags[story.pk], languages, signature, request) for story in stories]


def _summary(
    story: ArticlePage, tags: list[dict], languages: dict, signature: str, request: HttpRequest
) -> dict:
    authors = [author_ref(a.author, request) for a in story.authorships.all()]
    return {
        "id": story.pk,
        "edition": languages[story.locale_id],
        "url": story.get_full_url(request),
        "api_url": api_url(request, "story", story.pk),
        "headline": story.title,
        "subheadline": story.subheadline,
        "lead": story.lead,
        "section": section_ref(story.section, request),
        "tags": tags,
        "authors": authors,
        "signature": None if authors else signature,
        "published_at": story.published_at,
        "updated_at": story.last_published_at,
        "cover_image": image_data(story.cover_image, request, alt=story.title),
    }


def translations(story: ArticlePage, request: HttpRequest) -> dict[str, dict]:
    """Every edition's live, public translation of the story, itself included, in one query."""
    languages = languages_by_locale()
    found = (
        ArticlePage.objects.live()
        .filter(translation_key=story.translation_key)
        .exclude(private_q())
        .only("pk", "locale_id", "url_path", "path", "depth", "translation_key")
    )
    return {
        languages[page.locale_id]: {
            "id": page.pk,
            "url": page.get_full_url(request),
            "api_url": api_url(request, "story", page.pk),
        }
        for page in found
    }


def story_data(story: ArticlePage, request: HttpRequest) -> dict:
    (summary,) = story_summaries([story], request)
    blocks = body_blocks(story.body, request)
    html = body_html(blocks, request)
    return {
        **summary,
        "share_links": [
            {"network": link["network"], "url": link["href"]}
            for link in share_links(summary["url"], story.title)
        ],
        "reading_time_minutes": reading_time_minutes(html, story.lead),
        "view_count": story.view_count,
        "translations": translations(story, request),
        "body": blocks,
        "body_html": html,
    }
