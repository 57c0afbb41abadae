"""The documentation a clone carries: it names nothing outside the repository, the README's
two commands come first, and every path the architecture page names exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_points_at_nothing_outside_the_repository():
    for name in ("README.md", "docs/architecture.md", "docs/deployment.md"):
        text = (ROOT / name).read_text()
        assert "../" not in text, f"{name} points outside the repository"


def test_readme_gives_the_two_commands_first():
    text = (ROOT / "README.md").read_text()
    first_block = re.search(r"```sh\n(.*?)```", text, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["make run", "make test"]


def test_paths_in_the_architecture_page_exist():
    text = (ROOT / "docs/architecture.md").read_text()
    apps = "templates|tests|core|alerts|assignments|insights|responses"
    paths = set(re.findall(rf"`((?:{apps})/[\w/.]+)`", text))
    assert paths, "the page names no paths"
    missing = sorted(path for path in paths if not (ROOT / path).exists())
    assert not missing, f"named in docs/architecture.md but not there: {missing}"


def test_paths_in_the_deployment_page_exist():
    text = (ROOT / "docs/deployment.md").read_text()
    paths = set(re.findall(r"`((?:deploy|core|tests|config)/[\w/.@-]+)`", text))
    assert {"deploy/crontab", "deploy/nginx.conf.in", "deploy/redis.conf.in"} <= paths
    missing = sorted(path for path in paths if not (ROOT / path).exists())
    assert not missing, f"named in docs/deployment.md but not there: {missing}"
