"""What every browser test uses: the viewport sizes, and checks for accessibility (axe),
sideways scrolling, and console errors or failed requests."""

from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def assert_no_sideways_scroll(page):
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"page scrolls sideways by {overflow}px"


def assert_table_fits(page, columns):
    """An admin list: no sideways scrolling of the page, nor of the table inside it, and each
    of `columns` (header texts) inside the window."""
    assert_no_sideways_scroll(page)
    results = page.locator("#changelist .results")
    overflow = results.evaluate("el => el.scrollWidth - el.clientWidth")
    assert overflow <= 0, f"the list scrolls sideways by {overflow}px"
    width = page.viewport_size["width"]
    for name in columns:
        header = page.locator("#result_list thead th").filter(has_text=name)
        box = header.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, name


def collect_problems(page):
    """Console errors (a CSP violation shows up there) and failed subresources."""
    problems = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "Failed to load resource" not in message.text
            and problems.append(message.text)
        ),
    )
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and problems.append(f"{response.status} {response.url}")
        ),
    )
    return problems
