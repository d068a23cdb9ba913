from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.contrib.routable_page.models import path

from news.models.indexes import EditionIndexPage
from news.models.stories import paginate, tagged_articles


class TagIndexPage(EditionIndexPage):
    """Serves /<lang>/tags/<slug>/: the edition's stories with one tag."""

    template = "news/tag_page.html"

    class Meta:
        verbose_name = _("tag index")

    @path("")
    def no_tag(self, request: HttpRequest) -> HttpResponse:
        """The index itself lists nothing; readers reach tags from stories."""
        raise Http404

    @path("<str:slug>/")
    def tag(self, request: HttpRequest, slug: str) -> HttpResponse:
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        articles = paginate(request, tagged_articles(tag, self.locale_id))
        return self.render(request, context_overrides={"tag": tag, "articles": articles})
