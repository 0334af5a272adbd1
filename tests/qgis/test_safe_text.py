"""Issue 16 items 9 and 10: what a data file or a planner writes is shown as text, never run.

The attacks: a project title holding <script> and an <img> that calls a stand-in server
on 127.0.0.1, a javascript: source address, and "[% env('HOME') %]" typed as a map title.
"""

from __future__ import annotations

import http.server
import os
import re
import threading
import time
from pathlib import Path

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject, QgsVectorLayer

from smartcity_plugin.core.safe_text import html_link, html_text, literal_text, safe_url


@pytest.fixture()
def beacon():
    """A stand-in server on 127.0.0.1 that counts the requests it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def _hostile_projects(tmp_path: Path, base: str) -> QgsVectorLayer:
    """The planner's GeoPackage with one project whose texts attack the map tip."""
    from osgeo import ogr

    from smartcity_plugin.io.store import copy_geopackage
    from smartcity_plugin.toolbelt.paths import bundled_data_path

    path = tmp_path / "hostile.gpkg"
    copy_geopackage(bundled_data_path(), path)
    dataset = ogr.Open(str(path), update=1)
    layer = dataset.GetLayerByName("projects")
    feature = layer.GetNextFeature()
    feature.SetField("title", f"Smart <script>document.title='pwned'</script><img src=\"{base}/title.png\">")
    feature.SetField("agency", f"<img src={base}/agency.png>")
    feature.SetField("amount_note", f"<img src='{base}/note.png'> & more")
    feature.SetField("source_url", "javascript:document.title='pwned'")
    feature.SetField("source_title", "<b>bold</b> source")
    layer.SetFeature(feature)
    fid = feature.GetFID()
    dataset = None
    projects = QgsVectorLayer(f"{path}|layername=projects", "projects", "ogr")
    assert projects.isValid()
    projects.setCustomProperty("hostile_fid", fid)
    return projects


def _map_tip(layer: QgsVectorLayer, fid: int) -> str:
    """What QGIS's map tip shows for ``fid``: the template evaluated as QgsMapTip evaluates it."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(layer.getFeature(fid))
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_map_tip_shows_hostile_titles_as_text_and_fetches_nothing(tmp_path, beacon, qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QUrl

    # QGIS builds without QtWebKit (Debian's 3.40 and 3.44, every Qt6 build) show map tips in a
    # QTextBrowser, which runs no script and fetches nothing: there is no WebKit tip to attack.
    pytest.importorskip("qgis.PyQt.QtWebKit", reason="this QGIS is built without QtWebKit (map tips run no script)")
    from qgis.PyQt.QtWebKit import QWebSettings
    from qgis.PyQt.QtWebKitWidgets import QWebView

    from smartcity_plugin.layers.presentation import project_map_tip
    from smartcity_plugin.layers.sources import sector_names

    base, hits = beacon
    layer = _hostile_projects(tmp_path, base)
    layer.setMapTipTemplate(project_map_tip(sector_names()))
    html = _map_tip(layer, int(layer.customProperty("hostile_fid")))

    # And rendered as QGIS 3.x renders map tips (QtWebKit, JavaScript on): nothing runs, nothing is fetched.
    view = QWebView()
    view.settings().setAttribute(QWebSettings.JavascriptEnabled, True)
    view.settings().setAttribute(QWebSettings.AutoLoadImages, True)
    view.setHtml(f"<html><head><title>tip</title></head><body>{html}</body></html>", QUrl(base + "/"))
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert view.title() == "tip"
    assert hits == []
    assert "Smart <script>" in view.page().mainFrame().toPlainText()
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    assert "<img" not in html.lower() and "&lt;img" in html
    assert "javascript:" not in html.lower()
    assert "&lt;b&gt;bold&lt;/b&gt; source" in html


def test_map_tip_links_only_http(tmp_path):
    from osgeo import ogr

    from smartcity_plugin.layers.presentation import project_map_tip
    from smartcity_plugin.layers.sources import sector_names

    layer = _hostile_projects(tmp_path, "http://127.0.0.1:9")
    layer.setMapTipTemplate(project_map_tip(sector_names()))
    fid = int(layer.customProperty("hostile_fid"))
    assert 'href=""' in _map_tip(layer, fid)
    dataset = ogr.Open(layer.source().split("|")[0], update=1)
    table = dataset.GetLayerByName("projects")
    feature = table.GetFeature(fid)
    feature.SetField("source_url", "https://www.koica.go.kr/a?b=1&c=\"x\"")
    table.SetFeature(feature)
    dataset = None
    layer.reload()
    assert 'href="https://www.koica.go.kr/a?b=1&amp;c=&quot;x&quot;"' in _map_tip(layer, fid)


@pytest.mark.parametrize("table", ["ascn_cities", "flood_coverage"])
def test_city_and_flood_map_tips_escape_every_text_field(tmp_path, table):
    from osgeo import ogr

    from smartcity_plugin.io.store import copy_geopackage
    from smartcity_plugin.layers.presentation import city_map_tip, flood_map_tip
    from smartcity_plugin.toolbelt.paths import bundled_data_path

    path = tmp_path / "hostile.gpkg"
    copy_geopackage(bundled_data_path(), path)
    dataset = ogr.Open(str(path), update=1)
    source = dataset.GetLayerByName(table)
    feature = source.GetNextFeature()
    definition = source.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        if definition.GetFieldDefn(index).GetType() == ogr.OFTString:
            feature.SetField(index, "<img src=http://127.0.0.1:9/x.png>")
    source.SetFeature(feature)
    fid = feature.GetFID()
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    layer.setMapTipTemplate(city_map_tip() if table == "ascn_cities" else flood_map_tip())
    html = _map_tip(layer, fid)
    assert "&lt;img src=http://127.0.0.1:9/x.png&gt;" in html
    assert "<img" not in html.lower()
    assert 'href=""' in html  # the "address" is not a link


def test_helpers_escape_and_refuse_other_schemes():
    assert html_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert html_text(None) == ""
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("file:///etc/passwd") == ""
    assert safe_url("https://example.org/\njavascript:") == ""
    assert safe_url(" HTTPS://example.org/x ") == "HTTPS://example.org/x"
    assert html_link("data:text/html,<script>", "<x>") == "&lt;x&gt;"
    assert html_link("https://a.org/?q=\"", "t") == '<a href="https://a.org/?q=&quot;">t</a>'


def test_literal_text_is_never_evaluated():
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    for typed in ("[% env('HOME') %]", "a [%[% @project_path %]%] b", "[%", "%] [% 1+1 %]"):
        assert QgsExpression.replaceExpressionText(literal_text(typed), context) == typed


def test_help_page_has_no_script_and_links_only_http():
    from smartcity_plugin.toolbelt.paths import resources_path

    page = resources_path("help", "index.html").read_text(encoding="utf-8").lower()
    assert "<script" not in page and "javascript:" not in page
    for address in re.findall(r'(?:href|src)\s*=\s*["\']?([^"\'\s>]+)', page):
        assert address.startswith(("http://", "https://", "#")), address


def test_map_title_subtitle_and_filter_sentence_are_text_in_the_pdf(tmp_path, qgis_iface):
    """[% env('HOME') %] typed as title, and as an agency the filter names, is printed as typed."""
    import subprocess

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.exporter import export_layout
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    project = QgsProject.instance()
    project.clear()
    request = MapRequest(ProjectFilter(agencies=("[% env('HOME') %]",)), title="Report [% env('HOME') %]")
    layout = build_map_layout(project, request)
    target = export_layout(layout, tmp_path / "map.pdf", dpi=72)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    home = os.environ.get("HOME", "/root")
    assert "Report [% env('HOME') %]" in text
    assert "through [% env('HOME') %]" in text
    assert home + " " not in text.replace("\n", " ") and f"Report {home}" not in text
    project.clear()


def test_dock_summary_and_message_bar_show_data_as_text():
    from smartcity_plugin.core.summary import summarize
    from smartcity_plugin.gui.summary_view import summary_html
    from smartcity_plugin.toolbelt.log import log

    hostile = "<img src=http://127.0.0.1:9/x.png>"
    records = [{"project_id": "p1", "donor_country": hostile, "finance_type": hostile, "sector_primary": hostile,
                "amount_usd": 5.0, "city_ids": "", "city_id": ""}]
    html = summary_html(summarize(records), lambda code: code)
    assert "<img" not in html and "&lt;img" in html

    shown = []

    class Bar:
        def pushMessage(self, title, text, level, duration):  # noqa: N802
            shown.append(text)

    class Iface:
        def messageBar(self):  # noqa: N802
            return Bar()

    log(f"{hostile}.csv: this is not a CSV file.", push=True, iface=Iface())
    assert shown == ["&lt;img src=http://127.0.0.1:9/x.png&gt;.csv: this is not a CSV file."]
