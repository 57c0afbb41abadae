from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from core import cache

        from .models import Organisation, Tool

        cache.watch(Organisation)
        cache.watch(Tool)
