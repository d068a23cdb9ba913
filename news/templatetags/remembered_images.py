"""Wagtail's {% srcset_image %}, its HTML remembered per process.

An image's renditions are the same wherever it shows, yet each tag asks Wagtail's
rendition cache (a Redis round trip) and builds the renditions and their tag anew:
about a millisecond for a story's cover. A change to an image (its file, crop,
focal point or text) retires the site's version (pagecache.signal_handlers), under
which the HTML is kept (caching.remembered).
"""

from django import template
from django.template.base import Parser, Token
from wagtail.images.templatetags.wagtailimages_tags import SrcsetImageNode
from wagtail.images.templatetags.wagtailimages_tags import image as wagtail_image_tag

from caching.remembered import remembered

register = template.Library()


class RememberedImageNode(template.Node):
    def __init__(self, node: SrcsetImageNode):
        self.node = node

    def render(self, context: template.Context) -> str:
        image = self.node.validate_image(context)
        if not image:
            return ""
        attrs = tuple(
            (name, str(value.resolve(context))) for name, value in self.node.attrs.items()
        )
        key = (
            "srcset-image",
            image.pk,
            image.file.name,
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
            tuple(self.node.filter_specs),
            attrs,
        )
        return remembered(key, lambda: self.node.render(context))


@register.tag
def remembered_srcset_image(parser: Parser, token: Token) -> RememberedImageNode:
    """{% remembered_srcset_image image width-{480,800} sizes="..." %}: as srcset_image.

    Not its `as` form, which hands the renditions to the template.
    """
    _, rest = token.contents.split(" ", 1)
    wagtails = Token(token.token_type, f"srcset_image {rest}", token.position, token.lineno)
    node = wagtail_image_tag(parser, wagtails)
    if node.output_var_name:
        raise template.TemplateSyntaxError("remembered_srcset_image has no 'as' form")
    return RememberedImageNode(node)
