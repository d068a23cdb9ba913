from pathlib import Path

from django.contrib.staticfiles import finders

READER_ASSETS = [
    "editions/site.css",
    "editions/theme.js",
    "editions/reader.js",
    # The header's search overlay, on every page.
    "search/search.css",
    "search/suggest.js",
]
BUDGET_BYTES = 60 * 1024


def test_the_readers_css_and_js_stay_under_60_kb_before_compression():
    total = sum(Path(finders.find(asset)).stat().st_size for asset in READER_ASSETS)

    assert total < BUDGET_BYTES, total


def test_the_reader_templates_load_exactly_these_assets(client, db, editions):
    html = client.get("/en/").content.decode()

    for asset in READER_ASSETS:
        assert f"/static/{asset}" in html
    scripts = sum(asset.endswith(".js") for asset in READER_ASSETS)
    assert html.count("<script src=") == scripts
    # Any other <script> is structured data, a block the browser neither runs nor fetches.
    assert html.count("<script") == scripts + html.count('<script type="application/ld+json">')
    assert html.count('rel="stylesheet"') == sum(asset.endswith(".css") for asset in READER_ASSETS)
