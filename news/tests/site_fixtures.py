"""A small outlet for the reader-site tests: two editions, a translated story, footer texts."""

from dataclasses import dataclass

from news.models import ArticlePage, SectionPage
from news.tests.factories import make_article, make_rich_article, make_section
from outlet.models import EditionText, OutletSettings

ATTRIBUTION_EN = "Republishing is welcome with a link to the original story."


@dataclass
class StorySite:
    editions: dict
    section: SectionPage
    article: ArticlePage
    translation: ArticlePage
    untranslated: ArticlePage


def build_story_site(editions: dict, more_stories: int = 0) -> StorySite:
    outlet = OutletSettings.for_site(editions["en"].get_site())
    outlet.outlet_name = "Meridian Post"
    outlet.telegram_url = "https://t.me/meridianpost_example"
    outlet.app_store_url = "https://apps.apple.com/app/id0000000000"
    outlet.edition_texts = [
        EditionText(language="en", attribution_rule=ATTRIBUTION_EN, copyright_line="Meridian Post"),
        EditionText(
            language="ru",
            attribution_rule="Перепечатка разрешена со ссылкой на оригинал.",
            copyright_line="Meridian Post",
        ),
    ]
    outlet.save()
    section = make_section(editions["en"], "analytics", "Analytics")
    russian_section = section.copy_for_translation(editions["ru"].locale)
    russian_section.title = "Аналитика"
    russian_section.save_revision().publish()
    for number in range(more_stories):
        make_article(section, f"Earlier story number {number}")
    article = make_rich_article(section)
    translation = article.copy_for_translation(editions["ru"].locale, copy_parents=True)
    translation.title = "Долгое восстановление гавани"
    translation.save_revision().publish()
    untranslated = make_article(section, "Only in English")
    return StorySite(editions, section, article, translation.specific, untranslated)
