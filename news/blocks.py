"""The blocks an article body is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
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


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Paragraph"), template="news/blocks/paragraph.html"
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    # Embeds are resolved through Wagtail's oEmbed provider list only, so an
    # editor cannot paste arbitrary HTML or scripts.
    embed = EmbedBlock(label=_("Embed"), help_text=_("A link to a video, post or map."))
