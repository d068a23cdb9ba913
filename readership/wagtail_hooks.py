from datetime import timedelta

from wagtail import hooks
from wagtail.admin.ui.components import Component

from readership.charts import daily_views_chart
from readership.counting import outlet_today
from readership.trends import most_read_since


class MostReadPanel(Component):
    """The dashboard's most-read stories of today and of the last seven days."""

    name = "most_read"
    template_name = "readership/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = outlet_today()
        context["periods"] = [
            (period, [(row, daily_views_chart(row.series)) for row in rows])
            for period, rows in (
                ("today", most_read_since(today, today)),
                ("week", most_read_since(today - timedelta(days=6), today)),
            )
        ]
        return context


@hooks.register("construct_homepage_panels")
def add_most_read_panel(request, panels) -> None:
    panels.append(MostReadPanel())
