"""The shared Redis cache treats an unreachable Redis as a miss, logs the outage once per
interval, and is used again once it answers. (tests/stack/ stops a real Redis under a real
site; here the backend alone.)"""

import logging

import pytest
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError

from core.cache_backends import ResilientRedisCache
from tests.processes import free_port, run_python


@pytest.fixture
def cache():
    # A port nobody listens on: every call to Redis is refused.
    return ResilientRedisCache(
        f"redis://127.0.0.1:{free_port()}/0",
        {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}},
    )


def test_every_call_on_an_unreachable_redis_is_a_miss_or_a_no_op(cache):
    cache.outage.retry_after = 0  # each call really goes to Redis
    assert cache.get("page") is None
    assert cache.get("page", "default") == "default"
    assert cache.set("page", b"html") is None
    assert cache.add("page", b"html") is False
    assert cache.has_key("page") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.delete("page") is False
    assert cache.delete_many(["a"]) is None
    assert cache.touch("page") is False
    assert cache.clear() is False
    assert cache.get_or_set("page", "fresh") == "fresh"
    assert cache.outage.failures == 14


def test_an_outage_is_logged_once_and_redis_is_left_alone_for_a_while(cache, caplog):
    with caplog.at_level(logging.INFO, logger="core.cache_backends"):
        for _ in range(50):
            assert cache.get("page") is None
            cache.set("page", b"html")
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "unavailable" in warnings[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)
    # One attempt: the other 99 calls did not wait for a Redis that does not answer.
    assert cache.outage.failures == 1


def test_redis_is_tried_again_after_the_interval_and_its_return_is_logged(
    cache, caplog, monkeypatch
):
    answers = [RedisConnectionError("refused"), RedisConnectionError("refused"), b"html"]

    def get(self, key, default=None, version=None):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(RedisCache, "get", get)
    cache.outage.retry_after = 0
    with caplog.at_level(logging.INFO, logger="core.cache_backends"):
        assert cache.get("page") is None
        assert cache.get("page") is None
        assert cache.get("page") == b"html"
    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert messages[0][0] == "WARNING" and "unavailable" in messages[0][1]
    assert messages[1][0] == "INFO" and "still unavailable" in messages[1][1]
    assert messages[2][0] == "WARNING" and "back after 2 failed attempt(s)" in messages[2][1]
    assert cache.outage.failed_at is None


def test_settings_use_it_for_a_redis_cache_url():
    result = run_python(
        "-c",
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['OPTIONS'])",
        DJANGO_SETTINGS_MODULE="config.settings.test",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("core.cache_backends.ResilientRedisCache ")
    assert "'socket_timeout': 0.5" in result.stdout
