"""The article's readership in its edit view: total and the last 30 days' trend."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel

from readership.charts import daily_views_chart
from readership.counting import current_views, outlet_today
from readership.trends import daily_series


class ReadershipPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "readership/panels/readership_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            article = self.instance
            if article.pk:
                series = daily_series([article.pk], outlet_today())[article.pk]
                context["total"] = current_views([article.pk]).get(article.pk, article.view_count)
                context["chart"] = daily_views_chart(series, width=480, height=96)
            return context


def add_readership_tab() -> None:
    """The article's edit view gets a Readership tab, added from here so that the content
    model knows nothing of this capability. Before the edit handler is first bound (the
    first admin request, or the system checks, after every app is ready)."""
    from news.models import ArticlePage

    tabs = ArticlePage.edit_handler.children
    if not any(getattr(tab, "heading", None) == _("Readership") for tab in tabs):
        tabs.append(ObjectList([ReadershipPanel(heading=_("Views"))], heading=_("Readership")))
