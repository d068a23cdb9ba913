from django.db import models
from django.http import HttpRequest
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from news.blocks import ArticleBodyBlock
from news.forms import ArticlePageForm
from news.privacy import RestrictionsRemembered
from news.sharing import share_links


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleAuthor(Orderable):
    article = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="authorships")
    author = models.ForeignKey("news.Author", on_delete=models.CASCADE, related_name="authorships")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")


class ArticlePage(RestrictionsRemembered, Page):
    """A story. Its headline is Wagtail's title; its section is the section folder it lives in."""

    subheadline = models.CharField(_("subheadline"), max_length=255, blank=True)
    lead = models.TextField(
        _("lead"),
        max_length=1000,
        blank=True,
        help_text=_("One or two sentences under the headline."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    published_at = models.DateTimeField(
        _("publication date and time"),
        null=True,
        blank=True,
        help_text=_(
            "Shown to readers, in the outlet's time zone. "
            "Leave empty to use the moment the story first goes live."
        ),
    )
    # Derived from the tree on every save (see save()); kept as a column so that
    # section listings are one indexed query, not a walk of the page tree.
    section = models.ForeignKey(
        "news.SectionPage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    # Counted by the readership capability; stored here so pages can show it.
    view_count = models.PositiveBigIntegerField(_("views"), default=0, editable=False)

    base_form_class = ArticlePageForm
    # A copy is a new story: it starts with no views and gets its own publication date.
    exclude_fields_in_copy = ["view_count", "published_at"]

    content_panels = [
        # Wagtail's title panel: until the story is live, the slug follows the headline
        # as it is typed, in the headline's own script (WAGTAIL_ALLOW_UNICODE_SLUGS).
        TitleFieldPanel(
            "title",
            heading=_("Headline"),
            placeholder=format_lazy("{headline}*", headline=_("Headline")),
        ),
        FieldPanel("subheadline"),
        FieldPanel("lead"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel(
                    "authorships",
                    label=_("Author"),
                    help_text=_("No authors: the story is signed with the outlet's signature."),
                ),
                FieldPanel("tags"),
                FieldPanel("published_at"),
            ],
            heading=_("Byline, tags and date"),
        ),
    ]

    # Capabilities above the content model add their own tabs (readership: its views).
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=ArticlePageForm,
    )

    search_fields = Page.search_fields + [
        index.SearchField("subheadline"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("section"),
        index.FilterField("published_at"),
    ]

    parent_page_types = ["news.MonthArchivePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        indexes = [
            # A section's list in its order, keys only: deep pages skip through it (listings).
            models.Index(
                fields=["section", "-published_at", "-page_ptr"], name="news_article_section_list"
            ),
            models.Index(fields=["-published_at"], name="news_article_date"),
        ]

    @property
    def headline(self) -> str:
        return self.title

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        section = self.section
        canonical_url = request.build_absolute_uri(self.get_url(request))
        context.update(
            canonical_url=canonical_url,
            share_links=share_links(canonical_url, self.title),
            authorships=list(self.authorships.select_related("author")),
            tags=list(self.tags.all()),
            more_stories=section.more_stories(self) if section is not None else None,
        )
        return context

    def with_content_json(self, content):
        """The page as a revision has it, but with the live view count.

        Revisions store every field, so publishing an older draft or a scheduled
        revision would otherwise write its stale count back over the real one.
        """
        page = super().with_content_json(content)
        page.view_count = self.view_count
        return page

    def _fields_saved_by_editors(self) -> list[str]:
        """Every field and child relation (authors, tags, comments) except the view count."""
        columns = [
            field.name
            for field in self._meta.concrete_fields
            if not field.primary_key and field.name != "view_count"
        ]
        children = [relation.get_accessor_name() for relation in get_all_child_relations(self)]
        many = [field.name for field in get_all_child_m2m_relations(self)]
        return columns + children + many

    def slug_taken_in_section(self, slug: str, parent: Page) -> bool:
        """Whether another article of the section that `parent` belongs to uses `slug`."""
        section = section_of(parent)
        if section is None:
            return False
        others = ArticlePage.objects.filter(section=section, slug=slug)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.exists()

    def save(self, *args, **kwargs):
        if self.path:
            self.section = section_of(self)
        if self.live and self.published_at is None:
            self.published_at = self.first_published_at or self.last_published_at
        if not self._state.adding and kwargs.get("update_fields") is None:
            # Views are only ever written by atomic increments; a save (an editor
            # publishing, the scheduler) must not write back a count it read earlier.
            kwargs["update_fields"] = self._fields_saved_by_editors()
        return super().save(*args, **kwargs)


def section_of(page: Page) -> Page | None:
    """The section a page sits in, or None outside any section.

    Sections are what an article's `section` field points to, and they are read
    through that relation: the section pages list their articles (news.models.stories),
    so this module cannot import them back without a circle.
    """
    sections = ArticlePage._meta.get_field("section").related_model
    return sections.objects.ancestor_of(page, inclusive=True).first()
