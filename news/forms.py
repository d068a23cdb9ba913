from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    """Adds the newsroom's rule to Wagtail's checks: a slug is unique within its section.

    Wagtail checks slugs among siblings only, and an article's siblings are one
    month's stories; two stories of one section with the same slug would confuse
    readers and editors alike.
    """

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        # The article being edited checks its section's other stories: this form is the
        # article model's own, so it cannot import that model back.
        if (
            slug
            and self.parent_page is not None
            and self.instance.slug_taken_in_section(slug, self.parent_page)
        ):
            self.add_error("slug", _("Another story in this section already uses this slug."))
        return cleaned_data
