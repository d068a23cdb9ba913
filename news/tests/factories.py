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
