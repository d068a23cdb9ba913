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


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
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
