"""The blocks an article body is made of."""

from django.template.loader import render_to_string
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock

# Rich text features editors may use in a paragraph. Wagtail stores only these,
# so pasted markup (scripts, styles, event attributes) never reaches readers.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "h2", "h3", "ol", "ul", "superscript", "subscript"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Fetches the body's images with their renditions in one query each.

    Wagtail's block already loads all images of a body together, but each
    {% image %} tag then asks for its rendition on its own, so an article's query
    count would grow with its number of images.
    """

    def bulk_to_python(self, values):
        objects = self.model_class.objects.prefetch_renditions().in_bulk(values)
        return [objects.get(value) for value in values]


class CaptionedImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        template = "news/blocks/image.html"


class PrefetchingEmbedBlock(EmbedBlock):
    """Looks up a body's stored embeds in one query instead of one per embed.

    Wagtail resolves each embed's HTML on its own when the page renders; with this
    block the article page's query count does not grow with its embeds. Embeds not
    stored yet (or expired) are still fetched the usual way on first render.
    """

    def bulk_to_python(self, values):
        embeds = [self.to_python(value) for value in values]
        wanted = {
            get_embed_hash(embed.url, embed.max_width, embed.max_height): embed
            for embed in embeds
            if embed is not None
        }
        if wanted:
            stored = Embed.objects.exclude(cache_until__lte=now()).filter(hash__in=wanted)
            for record in stored:
                # Fill EmbedValue.html (a cached_property) the way Wagtail would render it.
                wanted[record.hash].__dict__["html"] = render_to_string(
                    "wagtailembeds/embed_frontend.html", {"embed": record}
                )
        return embeds


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Paragraph"), template="news/blocks/paragraph.html"
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    # Embeds are resolved through the oEmbed providers in WAGTAILEMBEDS_FINDERS only
    # (video players that are plain iframes), so an editor cannot paste arbitrary HTML
    # or scripts, and the reader site's Content-Security-Policy holds.
    embed = PrefetchingEmbedBlock(label=_("Embed"), help_text=_("A YouTube or Vimeo link."))
