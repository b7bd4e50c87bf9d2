#!/usr/bin/env python3
"""Validates the example bundles and the site catalogue (see .ci/open-data-check).
Usage: open-data-check.py SHAPES_DIR SITE_URL ADMIN_TOKEN WORK_DIR BUNDLE…"""
import http.cookiejar
import io
import re
import sys
import urllib.parse
import urllib.request
import zipfile

from frictionless import validate as frictionless_validate
from pyshacl import validate
from rdflib import Graph
from rdflib.compare import isomorphic

shapes_dir, site, token, work = sys.argv[1:5]
shapes = Graph().parse(f"{shapes_dir}/shacl_dcat-ap-SHACL.ttl")
recommended = Graph().parse(f"{shapes_dir}/html_shacl_shapes_recommended.ttl")
failures = []


def shacl(name, graph):
    conforms, _, text = validate(graph, shacl_graph=shapes, advanced=True)
    if not conforms:
        failures.append(f"{name}: {text.count('Constraint Violation')} violations of the DCAT-AP shapes\n{text}")
    _, _, advice = validate(graph, shacl_graph=recommended, advanced=True)
    missing = sorted(set(re.findall(r"->(\S+)", advice)))
    print(f"{name}: conforms to the mandatory and range shapes; recommended properties missing: {missing}")


for bundle in sys.argv[5:]:
    folder = f"{work}/{bundle}"
    shacl(f"{bundle}/dcat.jsonld", Graph().parse(f"{folder}/dcat.jsonld", format="json-ld"))
    report = frictionless_validate(f"{folder}/datapackage.json")
    if not report.valid:
        failures.append(f"{bundle}/datapackage.json: {report.flatten(['rowNumber', 'fieldName', 'type', 'note'])[:20]}")
    else:
        print(f"{bundle}/datapackage.json: valid ({len(report.tasks)} resources)")

cookies = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def page(path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with cookies.open(site + path, data=data) as response:
        return response.read().decode()


def csrf(html):
    return re.search(r'name="csrf" value="([^"]*)"', html).group(1)


page("/sign-in", {"csrf": csrf(page("/sign-in")), "next": "", "token": token})
published = {"aldermoor-2023": 2025, "hainbach-inklusiv": 2025}
for plan, year in published.items():
    page(f"/plans/{plan}/publications", {"csrf": csrf(page(f"/plans/{plan}/check")), "year": str(year)})
jsonld = Graph().parse(data=page("/catalogue.jsonld"), format="json-ld")
turtle = Graph().parse(data=page("/catalogue.ttl"), format="turtle")
shacl("catalogue.jsonld", jsonld)
if not isomorphic(jsonld, turtle):
    failures.append("catalogue.ttl and catalogue.jsonld are not the same graph")
datasets = {str(s) for s in jsonld.subjects(predicate=None, object=None) if str(s).endswith("#dataset")}
for plan, year in published.items():
    expected = f"{site}/plans/{plan}/published/{year}/open-data/dcat.jsonld#dataset"
    if expected not in datasets:
        failures.append(f"the catalogue does not list {expected}")
    with urllib.request.urlopen(f"{site}/plans/{plan}/published/{year}/open-data.zip") as response:
        archive = zipfile.ZipFile(io.BytesIO(response.read()))
    if archive.testzip() is not None or f"{plan}-{year}/datapackage.json" not in archive.namelist():
        failures.append(f"{plan}: the ZIP file is damaged or lacks datapackage.json: {archive.namelist()}")
print(f"catalogue: {len(datasets)} datasets, {len(jsonld)} statements, the Turtle the same graph")
for failure in failures:
    print("FAIL " + failure)
sys.exit(1 if failures else 0)
