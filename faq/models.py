from functools import cached_property
from html import unescape

from django.conf import settings
from django.db import models
from django.db.models import Exists, Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.markdown import render_markdown
from core.models import ChangeStamps

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italic*, lines starting with - for a list, # for a heading, links "
    "as [text](/opdrachten/?min_home_days=3). Scripts and other unsafe HTML are removed."
)


class FaqPageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_language(self, language):
        """The pages written in `language`; when there are none, the pages in the site's
        default language (Dutch), so that English visitors never find an empty FAQ while
        the English pages are still being written. One query either way."""
        default = settings.LANGUAGE_CODE
        if language == default:
            return self.filter(language=default)
        return self.filter(
            Q(language=language) | Q(language=default) & ~Exists(self.filter(language=language))
        )


class FaqPage(ChangeStamps):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Part of the page's address, after /veelgestelde-vragen/."),
    )
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "The language the page is written in; the FAQ shows visitors the pages "
            "in their language, or the Dutch ones when there are none."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True, help_text=MARKDOWN_HELP)
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Only published pages are public. Staff can preview a draft on the site."),
    )
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Pages with a lower number come first.")
    )

    objects = FaqPageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title", "id"]
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")
        constraints = [
            models.CheckConstraint(
                condition=Q(order__gte=0),
                name="faq_faqpage_order_range",
                violation_error_message=_("The order cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="faq_faqpage_language_valid",
                violation_error_message=_("Select a valid choice."),
            ),
        ]
        indexes = [
            # The FAQ index asks for the published pages of one language, in order.
            models.Index(fields=["language", "is_published", "order"], name="faqpage_public"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("faq:page", kwargs={"slug": self.slug})

    @cached_property
    def intro_html(self):
        # Headings in the intro sit below the page title (h1).
        return render_markdown(self.intro, top_heading=2)

    @cached_property
    def intro_text(self):
        """The intro as plain text, for the excerpt on the index and the meta description."""
        return " ".join(unescape(strip_tags(self.intro_html)).split())


class FaqEntry(ChangeStamps):
    page = models.ForeignKey(
        FaqPage, verbose_name=_("FAQ page"), on_delete=models.CASCADE, related_name="entries"
    )
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), help_text=MARKDOWN_HELP)
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Questions with a lower number come first.")
    )

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
        constraints = [
            models.CheckConstraint(
                condition=Q(order__gte=0),
                name="faq_faqentry_order_range",
                violation_error_message=_("The order cannot be negative."),
            ),
        ]

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return f"{self.page.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        # The id, not the question, so a deep link survives rewording the question.
        return f"vraag-{self.pk}"

    @cached_property
    def answer_html(self):
        # Each question is an h2 on its page; headings in the answer go below it.
        return render_markdown(self.answer, top_heading=3)
