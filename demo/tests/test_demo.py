import io
import re
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Site

from demo import cast, texts
from demo.loader import load_demo
from news.models import ArticlePage, Author, SectionPage
from news.pagination import STORIES_PER_PAGE
from outlet.models import OutletSettings

EDITIONS = [code for code, _name in settings.LANGUAGES]
ARMENIAN_LETTERS = re.compile("[\u0531-\u0587]")


def word_count(article: ArticlePage) -> int:
    parts = [article.lead]
    for block in article.body:
        if block.block_type == "paragraph":
            parts.append(strip_tags(block.value.source))
        elif block.block_type == "quote":
            parts.append(block.value["text"])
    return len(" ".join(parts).split())


class DemoOutletTests(TestCase):
    """The demo outlet, loaded once for the class (Django rolls it back afterwards)."""

    @classmethod
    def setUpTestData(cls):
        cls.counts = load_demo()

    def test_every_edition_has_at_least_thirty_live_stories(self):
        for code in EDITIONS:
            live = ArticlePage.objects.live().filter(locale__language_code=code).count()
            self.assertGreaterEqual(live, 30, code)

    def test_every_edition_has_at_least_four_sections(self):
        for code in EDITIONS:
            self.assertGreaterEqual(
                SectionPage.objects.filter(locale__language_code=code).count(), 4
            )

    def test_stories_are_between_300_and_1200_words(self):
        counts = [word_count(article) for article in ArticlePage.objects.all()]

        self.assertGreaterEqual(min(counts), 300)
        self.assertLessEqual(max(counts), 1200)

    def test_some_stories_are_translated_and_some_are_not(self):
        english = ArticlePage.objects.filter(locale__language_code="en")
        translated = [article for article in english if article.get_translations().exists()]

        self.assertTrue(0 < len(translated) < english.count())

    def test_stories_carry_tags_authors_signatures_and_images(self):
        self.assertTrue(ArticlePage.objects.filter(tagged_items__isnull=False).exists())
        self.assertTrue(ArticlePage.objects.filter(authorships__isnull=False).exists())
        self.assertTrue(ArticlePage.objects.filter(authorships__isnull=True).exists())
        self.assertTrue(ArticlePage.objects.filter(cover_image__isnull=False).exists())

    def test_authors_are_translated_into_each_editions_script(self):
        self.assertTrue(
            Author.objects.filter(locale__language_code="ru", name="Мара Холт").exists()
        )
        self.assertTrue(
            Author.objects.filter(locale__language_code="hy", name="Մարա Հոլթ").exists()
        )

    def test_the_armenian_edition_is_written_in_armenian(self):
        stories = ArticlePage.objects.filter(locale__language_code="hy")
        sections = SectionPage.objects.filter(locale__language_code="hy")

        self.assertTrue(all(ARMENIAN_LETTERS.search(story.title) for story in stories))
        self.assertTrue(all(ARMENIAN_LETTERS.search(story.lead) for story in stories))
        self.assertTrue(all(ARMENIAN_LETTERS.search(section.title) for section in sections))

    def test_some_armenian_stories_are_translated_from_english_and_some_are_its_own(self):
        armenian = ArticlePage.objects.filter(locale__language_code="hy")
        translated = [
            story
            for story in armenian
            if story.get_translations().filter(locale__language_code="en").exists()
        ]

        self.assertTrue(0 < len(translated) < armenian.count())

    def test_every_edition_has_at_least_two_sections_with_a_third_page(self):
        for code in EDITIONS:
            with_a_third_page = [
                section
                for section in SectionPage.objects.filter(locale__language_code=code)
                if self.client.get(f"{section.url}?page=3").status_code == 200
            ]

            self.assertGreaterEqual(len(with_a_third_page), 2, code)

    def test_no_headline_or_address_repeats_within_a_section(self):
        for section in SectionPage.objects.all():
            stories = ArticlePage.objects.filter(section=section)
            titles = list(stories.values_list("title", flat=True))
            slugs = list(stories.values_list("slug", flat=True))

            self.assertGreater(len(titles), 2 * STORIES_PER_PAGE)
            self.assertEqual(len(set(titles)), len(titles), section.url)
            self.assertEqual(len(set(slugs)), len(slugs), section.url)

    def test_the_older_stories_are_found_by_search(self):
        older = ArticlePage.objects.filter(
            locale__language_code="hy", latest_revision__isnull=True
        ).first()

        html = self.client.get("/hy/search/", {"q": older.title}).content.decode()

        self.assertIn(older.url, html)

    def test_every_edition_has_reading_history_for_its_most_read_lists(self):
        from readership.models import DailyViews, MostRead

        for code in EDITIONS:
            stories = ArticlePage.objects.filter(locale__language_code=code)
            self.assertTrue(stories.filter(view_count__gt=0).exists(), code)
            self.assertTrue(DailyViews.objects.filter(article__in=stories).exists(), code)
            ranking = MostRead.objects.get(
                locale__language_code=code, section=None, period=MostRead.Period.WEEK
            )
            self.assertEqual(len(ranking.article_ids), 5)

    def test_images_are_drawn_locally(self):
        images = get_image_model().objects.filter(title__startswith="Demo illustration")

        self.assertEqual(images.count(), 6)
        self.assertEqual({(image.width, image.height) for image in images}, {(2400, 1350)})

    def test_the_outlet_has_a_logo_and_a_default_share_image_of_card_size(self):
        outlet = OutletSettings.for_site(Site.objects.get(is_default_site=True))

        self.assertEqual((outlet.share_image.width, outlet.share_image.height), (1200, 630))
        self.assertEqual((outlet.logo.width, outlet.logo.height), (600, 60))

    def test_loading_again_keeps_stories_editors_deleted_deleted(self):
        story = ArticlePage.objects.filter(locale__language_code="en").first()
        story.delete()

        again = load_demo()

        self.assertFalse(ArticlePage.objects.filter(pk=story.pk).exists())
        self.assertEqual(again["en"], self.counts["en"] - 1)

    def test_loading_again_keeps_the_outlet_settings_editors_changed(self):
        outlet = OutletSettings.objects.get()
        outlet.edition_texts.all().delete()
        outlet.outlet_name = "Our real name"
        outlet.save()

        load_demo()

        self.assertEqual(OutletSettings.objects.get().outlet_name, "Our real name")

    def test_loading_again_duplicates_nothing_and_keeps_editors_changes(self):
        story = ArticlePage.objects.filter(locale__language_code="en").first()
        story.title = "An editor's better headline"
        story.save_revision().publish()
        outlet = OutletSettings.objects.get()
        outlet.telegram_url = "https://t.me/our_real_channel"
        outlet.save()

        again = load_demo()

        self.assertEqual(again, self.counts)
        self.assertEqual(ArticlePage.objects.get(pk=story.pk).title, "An editor's better headline")
        self.assertEqual(OutletSettings.objects.get().telegram_url, "https://t.me/our_real_channel")

    def test_each_edition_home_lists_its_newest_demo_headline(self):
        for code in EDITIONS:
            newest = (
                ArticlePage.objects.live()
                .filter(locale__language_code=code)
                .order_by("-published_at")
                .first()
            )

            html = self.client.get(f"/{code}/").content.decode()

            self.assertIn(newest.title, html)

    def test_the_armenian_footer_carries_the_armenian_attribution_rule(self):
        html = self.client.get("/hy/").content.decode()

        self.assertIn(texts.ATTRIBUTION_RULE["hy"], html)

    def test_every_editions_stories_name_the_cast_in_its_own_script(self):
        for code in EDITIONS:
            bodies = " ".join(
                strip_tags(block.value.source)
                for article in ArticlePage.objects.filter(locale__language_code=code)[:20]
                for block in article.body
                if block.block_type == "paragraph"
            )
            for group in (cast.PEOPLE, cast.PLACES, cast.ORGANISATIONS):
                named = [entry[code] for entry in group if entry[code] in bodies]
                self.assertGreaterEqual(len(named), 2, (code, named))

    def test_a_translation_names_who_its_english_original_names(self):
        russian = next(
            story
            for story in ArticlePage.objects.filter(locale__language_code="ru")
            if story.get_translations().filter(locale__language_code="en").exists()
        )
        english = russian.get_translations().get(locale__language_code="en")

        def people_in(article: ArticlePage, code: str) -> list[int]:
            text = " ".join(strip_tags(str(block.value)) for block in article.body)
            return [n for n, person in enumerate(cast.PEOPLE) if person[code] in text]

        self.assertTrue(people_in(english, "en"))
        self.assertEqual(people_in(russian, "ru"), people_in(english, "en"))

    @override_settings(DEBUG=True)
    def test_dev_logins_are_created_for_each_role(self):
        call_command("ensure_dev_users", stdout=io.StringIO())

        users = get_user_model().objects
        self.assertTrue(users.get(username="admin").is_superuser)
        self.assertTrue(users.get(username="editor").groups.filter(name="Editors").exists())
        self.assertTrue(users.get(username="author").groups.filter(name="Authors").exists())


class EditionWithoutDemoTextsTests(TestCase):
    def test_an_edition_the_demo_has_no_texts_for_is_left_empty(self):
        with mock.patch.object(texts, "LANGUAGES", ("en",)):
            counts = load_demo()

        self.assertGreater(counts["en"], 0)
        self.assertEqual(
            {code: counts[code] for code in EDITIONS if code != "en"},
            dict.fromkeys(EDITIONS[1:], 0),
        )
        self.assertEqual(self.client.get("/ru/").status_code, 200)
