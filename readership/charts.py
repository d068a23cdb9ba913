"""Charts drawn on the server as SVG: no charting script, nothing loaded from elsewhere."""

from datetime import date

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _


def daily_views_chart(
    series: list[tuple[date, int]], width: int = 240, height: int = 48
) -> SafeString:
    """A bar per day; each bar's tooltip gives the date and the views, and the chart's
    accessible name sums it up for screen readers."""
    peak = max((views for _, views in series), default=0)
    total = sum(views for _, views in series)
    slot = width / max(len(series), 1)
    bars = []
    for index, (day, views) in enumerate(series):
        bar_height = 0 if not views else max(1.0, views / peak * (height - 2))
        bars.append(
            (
                f"{index * slot + slot * 0.1:.2f}",
                f"{height - bar_height:.2f}",
                f"{slot * 0.8:.2f}",
                f"{bar_height:.2f}",
                date_format(day, "j M"),
                views,
            )
        )
    label = _(
        "Daily views over the last %(days)s days: %(total)s in all, at most %(peak)s a day"
    ) % {
        "days": len(series),
        "total": total,
        "peak": peak,
    }
    return format_html(
        '<svg class="readership-chart" role="img" aria-label="{}" viewBox="0 0 {} {}" '
        'width="{}" height="{}" xmlns="http://www.w3.org/2000/svg">'
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.3"/>'
        "{}</svg>",
        label,
        width,
        height,
        width,
        height,
        height - 0.5,
        width,
        height - 0.5,
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="currentColor">'
            "<title>{}: {}</title></rect>",
            bars,
        ),
    )
