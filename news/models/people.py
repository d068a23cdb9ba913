from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import TranslatableMixin
from wagtail.search import index

from news.models.indexes import EditionIndexPage
from news.models.stories import author_articles, paginate


class Author(TranslatableMixin, index.Indexed, models.Model):
    """A journalist. Translatable, so each edition can spell the name in its own script."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), max_length=600, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("photo"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_author_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class AuthorIndexPage(EditionIndexPage):
    """Serves /<lang>/authors/<slug>/ for every author of the edition."""

    template = "news/author_page.html"

    class Meta:
        verbose_name = _("author index")

    @path("")
    def all_authors(self, request: HttpRequest) -> HttpResponse:
        authors = Author.objects.filter(locale_id=self.locale_id)
        return self.render(request, context_overrides={"authors": authors})

    @path("<str:slug>/")
    def author(self, request: HttpRequest, slug: str) -> HttpResponse:
        author = Author.objects.filter(locale_id=self.locale_id, slug=slug).first()
        if author is None:
            raise Http404
        return self.render(
            request,
            context_overrides={
                "author": author,
                "articles": paginate(request, author_articles(author)),
            },
        )
