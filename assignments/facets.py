"""The public list's filters and orders, answered from a table in memory.

A list page that the page cache cannot answer (a combination of filters nobody asked for
before) asked PostgreSQL for its count and its page's keys. At 100,000 assignments that was
most of the page's cost: a rare combination reads every entry of a covering index to prove
how few match, an order the filters do not follow (the most home days among press officers)
skips tens of thousands, and the SQL is compiled anew for every combination.

The columns the filters and orders read are few and small: numbers, dates and choices. Held
as arrays in each process (numpy; 9.5 MB with the four orders at 100,000 assignments, of
which 64,000 public), a combination is a few vectorised comparisons (0.1 ms there) and an
order a permutation computed once; the rows of a page are then read by key, as before.

The FilterSet stays the one definition of what a parameter means: the table reads each
filter's field and lookup (`organisation__kind` in […], `home_days_max` ≥ n). A filter it
cannot translate (the search, a kind of filter it does not know) sends the request to the
database, as does a visitor without a public data version (core.middleware: signed-in users).
Tests compare both answers over every combination Hypothesis finds, on SQLite and PostgreSQL.

A table holds one public data version of one day: every change of public data raises the
version (core.cache), and the list changes at midnight. Building one takes a third of a
second at 100,000 assignments, so a process builds it only once lists keep coming: after the
database has answered LIST_TABLE_AFTER_LISTS lists of the version (a list now and then, or
the same few pages from the page cache, never pay for it), and at most every
LIST_TABLE_REBUILD_SECONDS (a burst of edits costs one build, not one per edit). Until then
the database answers, as it always can. A new gunicorn worker builds it before its first
request (`warm_up`).
"""

import logging
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from threading import Lock

import django_filters
import numpy as np
from django.conf import settings
from django.db import connections, models
from django.db.models import F
from django.db.models.expressions import OrderBy
from django_filters.constants import EMPTY_VALUES

from core import outage
from core.cache import read_version, remember
from core.dates import local_today

from .filters import ABROAD_POSSIBLE, SORT_ORDER, AssignmentFilter, Sort
from .models import Assignment

logger = logging.getLogger(__name__)

COMPARISONS = {
    "exact": np.equal,
    "gte": np.greater_equal,
    "lte": np.less_equal,
    "gt": np.greater,
    "lt": np.less,
}
# The method filters and what they mean here, beside their own definition in filters.py.
METHODS = {"filter_abroad": lambda value: [("abroad", "in", ABROAD_POSSIBLE)]}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


class Unanswerable(Exception):
    """A parameter or an order the table has no translation for."""


def conditions(filterset, leave_out=()):
    """[(field, lookup, value)] for the list's valid, narrowing parameters (but those named
    in `leave_out`), as the FilterSet would apply them. Raises Unanswerable for one the table
    cannot apply."""
    if not filterset.is_bound:  # no parameters at all: every public assignment
        return []
    form = filterset.form
    form.is_valid()  # invalid parameters are left out, as the (non-strict) list does
    found = []
    for name, value in form.cleaned_data.items():
        if name == "sort" or name in leave_out or value in EMPTY_VALUES:
            continue
        found += translate(filterset.filters[name], value)
    return found


def translate(filter_, value):
    if filter_.method is not None:
        if filter_.method not in METHODS:
            raise Unanswerable(filter_.field_name)
        return METHODS[filter_.method](value)
    field = model_field(filter_.field_name)
    if filter_.exclude or field is None:
        raise Unanswerable(filter_.field_name)
    kind = field_kind(field)
    if isinstance(filter_, django_filters.MultipleChoiceFilter):
        if filter_.conjoined or filter_.lookup_expr != "exact" or kind != "text":
            raise Unanswerable(filter_.field_name)
        if filter_.null_value in value:  # "null" asks for empty values, not a choice
            raise Unanswerable(filter_.field_name)
        return [(filter_.field_name, "in", list(value))]
    wanted = kind_of_filter(filter_)
    if wanted is None or kind != wanted or filter_.lookup_expr not in COMPARISONS:
        raise Unanswerable(filter_.field_name)
    return [(filter_.field_name, filter_.lookup_expr, number(value))]


def kind_of_filter(filter_):
    if isinstance(filter_, django_filters.DateFilter):
        return "date"
    if isinstance(filter_, django_filters.NumberFilter):
        return "number"
    return None


@cache
def model_field(path):
    """The model field at `path` when it is a field of the assignment or of a to-one relation
    of it (one value per assignment, which the table can load), else None."""
    names = path.split("__")
    if len(names) > 2:
        return None
    field = Assignment._meta.get_field(names[0])
    if len(names) == 2:
        if not (field.many_to_one or field.one_to_one):
            return None
        field = field.related_model._meta.get_field(names[1])
    return None if field.is_relation else field


def field_kind(field):
    """ "text", "number", "date" or None: what a model field holds, so that a filter is
    translated only onto a column of its own kind (a date filter on a moment, or a choice of
    strings on a number, would silently match nothing)."""
    if isinstance(field, models.DateTimeField):
        return None
    if isinstance(field, models.DateField):
        return "date"
    if isinstance(field, models.CharField | models.TextField):
        return "text"
    if isinstance(field, models.IntegerField | models.DecimalField | models.FloatField):
        return "number"
    return None


def order_by(sort):
    """[(field, descending, nulls_last or None)] of a list order (filters.SORT_ORDER)."""
    if sort == Sort.RELEVANCE:  # computed per search, by the database
        raise Unanswerable(sort)
    terms = []
    for term in SORT_ORDER[sort]:
        if isinstance(term, str):
            terms.append((term.lstrip("-"), term.startswith("-"), None))
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            nulls_last = True if term.nulls_last else False if term.nulls_first else None
            terms.append((term.expression.name, term.descending, nulls_last))
        else:
            raise Unanswerable(sort)
    return terms


def columns():
    """Every field the list's filters and orders read, with the primary key first."""
    fields = {"pk": None}
    for filter_ in AssignmentFilter.base_filters.values():
        try:
            translated = translate(filter_, sample_value(filter_))
        except Unanswerable:
            continue
        fields.update(dict.fromkeys(field for field, _lookup, _value in translated))
    for sort in Sort:
        try:
            fields.update(dict.fromkeys(field for field, _descending, _nulls in order_by(sort)))
        except Unanswerable:
            continue
    return list(fields)


def sample_value(filter_):
    if isinstance(filter_, django_filters.MultipleChoiceFilter):
        return [filter_.extra["choices"][0][0]]
    if isinstance(filter_, django_filters.DateFilter):
        return date(2000, 1, 1)  # only its type matters here
    return 1


def number(value):
    """A value as the table holds it: dates as day numbers, moments as microseconds."""
    convert = converter(value)
    return value if convert is None else convert(value)


def converter(sample):
    """`number` for values of the type of `sample`, chosen once for a column (None: the
    values as they are)."""
    if isinstance(sample, datetime):
        return microseconds
    if isinstance(sample, date):
        return date.toordinal
    if isinstance(sample, Decimal):
        return float
    return None


def microseconds(moment):
    return (moment - EPOCH) // MICROSECOND


class Column:
    """One field of every public assignment: choices as codes into `choices`, everything
    else as numbers (NaN for an empty value, which no comparison matches, as in SQL). A
    column's values are all of one type; the conversion is chosen once per column, so a table
    of 100,000 rows takes a fraction of a second."""

    def __init__(self, values):
        sample = next((value for value in values if value is not None), None)
        if isinstance(sample, str):
            choices = sorted(set(values) - {None})
            self.choices = {choice: code for code, choice in enumerate(choices)}
            lookup = self.choices.get
            self.data = np.array([lookup(value, -1) for value in values], dtype=np.int32)
            return
        self.choices = None
        convert = converter(sample)
        if None in values:
            convert = convert or float
            numbers = [np.nan if value is None else convert(value) for value in values]
            self.data = np.array(numbers, dtype=np.float64)
        else:
            self.data = np.array(values if convert is None else list(map(convert, values)))

    def matches(self, lookup, value):
        if lookup == "in":
            if self.choices is None:
                wanted = [number(item) for item in value]
            else:
                wanted = [self.choices[item] for item in value if item in self.choices]
            # A comparison per value: np.isin sorts, a hundred times slower for a few values.
            found = np.zeros(len(self.data), dtype=bool)
            for item in wanted:
                found |= self.data == item
            return found
        if self.choices is not None:
            raise Unanswerable(lookup)
        return COMPARISONS[lookup](self.data, value)

    def sort_key(self, descending, nulls_last):
        """The column as a key that sorts ascending in the order asked for."""
        if self.choices is not None:
            raise Unanswerable("a choice as an order")
        key = -self.data if descending else self.data
        if key.dtype.kind == "f" and np.isnan(key).any():
            # PostgreSQL and SQLite disagree on empty values unless the order says.
            if nulls_last is None:
                raise Unanswerable("empty values in an order that does not place them")
            key = np.where(np.isnan(key), np.inf if nulls_last else -np.inf, key)
        return key


class Table:
    """The public assignments' filter columns of one public data version and day."""

    def __init__(self, version, today):
        self.version, self.today = version, today
        fields = columns()
        # The assignment's own fields, and the key of each relation the others are read
        # through (`organisation__kind`: `organisation`, its kind read from the few
        # organisations). Every one of them is in the newest list index: PostgreSQL reads
        # that alone, in 10 ms at 100,000 assignments.
        related = {}
        for field in fields:
            if "__" in field:
                relation, name = field.split("__")
                related.setdefault(relation, []).append(name)
        own = [field for field in fields if "__" not in field] + list(related)
        rows = list(Assignment.objects.public().order_by().values_list(*own))
        values = dict(zip(own, map(list, zip(*rows, strict=True)), strict=True)) if rows else {}
        self.columns = {field: Column(values.get(field, [])) for field in own}
        for relation, names in related.items():
            model = Assignment._meta.get_field(relation).related_model
            found = {row[0]: row[1:] for row in model.objects.values_list("pk", *names)}
            blank = (None,) * len(names)
            for index, name in enumerate(names):
                column = [found.get(key, blank)[index] for key in values.get(relation, [])]
                self.columns[f"{relation}__{name}"] = Column(column)
        self.keys = self.columns["pk"].data.astype(np.int64)
        # The positions of every row in each list order (np.lexsort sorts on the last key
        # first), all computed here: 20 ms at 100,000, and nothing left for a request.
        self.orders = {}
        for sort in Sort:
            try:
                keys = [self.columns[field].sort_key(*how) for field, *how in order_by(sort)]
            except Unanswerable:
                continue
            self.orders[sort] = np.lexsort(keys[::-1]) if len(self) else self.keys

    def __len__(self):
        return len(self.keys)

    def mask(self, found):
        mask = np.ones(len(self), dtype=bool)
        for field, lookup, value in found:
            mask &= self.columns[field].matches(lookup, value)
        return mask

    def keys_in_order(self, found, sort, limit):
        """The primary keys of the rows matching `found`, in the order `sort`, at most `limit`."""
        if sort not in self.orders:
            raise Unanswerable(sort)
        order = self.orders[sort]
        mask = self.mask(found)
        return self.keys[order[np.flatnonzero(mask[order])[:limit]]].tolist()

    def count(self, found, limit):
        return min(int(np.count_nonzero(self.mask(found))), limit)


class Tables:
    """This process's table: the current one, or None while the database answers (see the
    module's docstring)."""

    def __init__(self):
        self.lock = Lock()
        self.forget()

    def current(self, version, *, a_list=True):
        """The table of `version` and today, built now if it is due; None while the database
        answers. `a_list`: the caller is a list the database would otherwise answer (counted
        towards LIST_TABLE_AFTER_LISTS), not one of its suggestions. A suggestion adds
        nothing to that count, but builds the table as a list would once it is due."""
        today = local_today()
        table = self.table
        if table is not None and (table.version, table.today) == (version, today):
            return table
        if not self.lock.acquire(blocking=False):
            # Another request of this process is building the table (a fraction of a second
            # at 100,000 assignments): the database answers this one rather than wait.
            return None
        try:
            return self.built_if_due(version, today, a_list)
        finally:
            self.lock.release()

    def built_if_due(self, version, today, a_list):
        """`current` under the lock."""
        table = self.table
        if table is not None and (table.version, table.today) == (version, today):
            return table
        if table is not None and version < table.version:
            return None  # a request that read the version before the table was built
        if self.waiting_for != (version, today):
            self.waiting_for, self.waiting = (version, today), 0
        self.waiting += a_list
        if self.waiting <= settings.LIST_TABLE_AFTER_LISTS:
            return None
        wait = settings.LIST_TABLE_REBUILD_SECONDS
        if self.built_at is not None and time.monotonic() - self.built_at < wait:
            return None
        try:
            return self.build(version, today)
        except Exception:
            # The database answers instead; the next try waits for the interval.
            logger.exception("The list's table could not be built")
            return None

    def build(self, version, today):
        """The table of `version` and `today`, built now (under the lock)."""
        self.built_at = time.monotonic()
        self.table = Table(version, today)
        return self.table

    def forget(self):
        """Tests roll the database back, so a version can come round again with other data
        behind it (as for the page cache and the cards)."""
        with self.lock:
            self.table = None
            self.built_at = None
            # Lists of this (version, day) the database answered since.
            self.waiting_for = None
            self.waiting = 0


tables = Tables()


def warm_up():
    """Build this process's table before it serves anyone (gunicorn's post_worker_init), so
    that no visitor waits for it, whatever LIST_TABLE_AFTER_LISTS says. Whatever goes wrong
    only stops the warm-up, never the worker: without a database the page cache's outage
    handling takes over (the failure is noted for it), and lists build the table later."""
    try:
        version = read_version()
        remember(version)  # as every read of it: the version pages are cached under
        with tables.lock:
            tables.build(version, local_today())
    except outage.UNREACHABLE as error:
        outage.failed(error)
        logger.warning("The list's table was not built on start: %s", error)
    except Exception:
        logger.exception("The list's table was not built on start")
    finally:
        # Opened outside any request: with threaded workers no request would ever close it.
        connections.close_all()


def matching(filterset, request, limit):
    """The list's keys in order (at most `limit`), or None when the database answers."""
    version = getattr(request, "public_data_version", None)
    if version is None:
        return None
    try:
        found = conditions(filterset)
        table = tables.current(version)
        if table is None:
            return None
        return table.keys_in_order(found, filterset.chosen_sort, limit)
    except Unanswerable:
        return None


def count_without(filterset, name, request, limit):
    """How many assignments the list would have without the parameter `name` (at most
    `limit`), or None when the database answers."""
    version = getattr(request, "public_data_version", None)
    if version is None:
        return None
    try:
        found = conditions(filterset, leave_out=[name])
        table = tables.current(version, a_list=False)
        return None if table is None else table.count(found, limit)
    except Unanswerable:
        return None
