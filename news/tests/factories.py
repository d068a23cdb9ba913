"""Building sections and articles for tests through the same tree helpers editors use."""

from datetime import datetime

from django.utils import timezone
from django.utils.text import slugify

from news.archive import month_folder
from news.models import ArticlePage, SectionPage


def make_section(home, slug: str = "politics", title: str = "Politics") -> SectionPage:
    section = SectionPage(
        title=title, slug=slug, description=f"{title}: our stories.", show_in_menus=True
    )
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def make_article(
    section: SectionPage,
    title: str = "A story",
    *,
    slug: str | None = None,
    when: datetime | None = None,
    publish: bool = True,
    **fields,
) -> ArticlePage:
    article = ArticlePage(title=title, slug=slug or slugify(title), live=False, **fields)
    month_folder(section, when or timezone.now()).add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
        article.refresh_from_db()
    return article


def make_image(title: str = "Harbour at dawn", width: int = 1600, height: int = 900):
    """A real JPEG image, drawn in memory."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 80, 120)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{slugify(title)}.jpg")
    )


LONG_PARAGRAPH = (
    "The harbour authority published its figures on Monday, and they tell a story of "
    "slow, uneven recovery: more ships, fewer workers, and a budget that nobody in the "
    "city council claims to have read in full."
)


def stored_video_embed(number: int) -> str:
    """A YouTube URL whose embed is already stored, as after its first render (no network)."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    url = f"https://www.youtube.com/watch?v=masthead{number:03d}"
    Embed.objects.get_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "html": f'<iframe src="https://www.youtube.com/embed/masthead{number:03d}"></iframe>',
            "title": f"Video {number}",
            "provider_name": "YouTube",
        },
    )
    return url


def make_rich_article(
    section: SectionPage,
    title: str = "The harbour's long recovery",
    *,
    images: int = 1,
    tags: int = 2,
    authors: int = 1,
    paragraphs: int = 4,
    embeds: int = 0,
    **fields,
) -> ArticlePage:
    """An article with `images` body images, `embeds` videos, `tags` tags, `authors` authors and a quote."""
    from wagtail.embeds.blocks import EmbedValue
    from wagtail.rich_text import RichText

    from news.models import ArticleAuthor, Author

    picture = [make_image(f"{title} picture {n}") for n in range(images)]
    body = [("paragraph", RichText(f"<p>{LONG_PARAGRAPH} ({n})</p>")) for n in range(paragraphs)]
    body.insert(1, ("quote", {"text": "We are not done yet.", "attribution": "A harbour pilot"}))
    for image in picture:
        body.append(
            ("image", {"image": image, "caption": "The quay", "credit": "Our photographer"})
        )
    body.extend(("embed", EmbedValue(stored_video_embed(number))) for number in range(embeds))
    people = [
        Author.objects.get_or_create(
            locale=section.locale, slug=f"author-{n}", defaults={"name": f"Author {n}"}
        )[0]
        for n in range(authors)
    ]
    article = ArticlePage(
        title=title,
        slug=slugify(title),
        subheadline="Ships return, jobs do not",
        lead="A year after the strike, the port is busy again.",
        body=body,
        cover_image=picture[0] if picture else None,
        live=False,
        **fields,
    )
    article.authorships = [ArticleAuthor(author=person) for person in people]
    article.tags.add(*[f"tag-{n}" for n in range(tags)])
    month_folder(section, fields.get("published_at") or timezone.now()).add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article
