from django.views.generic import TemplateView

from . import charts, figures


class InsightsView(TemplateView):
    """What the public assignments say about hybrid work, as charts, tables and sentences."""

    template_name = "insights/index.html"

    def get_context_data(self, **kwargs):
        current = figures.figures()
        return super().get_context_data(figures=current, charts=charts.charts(current), **kwargs)
