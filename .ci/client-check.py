#!/usr/bin/env python3
"""A workflow with the generated client (see .ci/client-check): list plans, read one, create and update a record
with If-Match, record a value, page through the values while another thread records values (nothing skipped or
repeated), upload a spreadsheet, read the score. Usage: client-check.py SITE_URL ADMIN_TOKEN"""
import io
import sys
import threading

from client import AuthenticatedClient
from client.api.plan_records import create_objective, get_objective, update_objective
from client.api.plans import get_plan, list_plans
from client.api.progress import list_measurements, record_measurement
from client.api.scores import score
from client.api.spreadsheets import import_sheet
from client.models import Measurement, Objective, ObjectiveChanges
from client.types import File

site, token = sys.argv[1:3]
api = AuthenticatedClient(base_url=site, token=token)
plan = "aldermoor-2023"
failures = []


def expect(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


plans = list_plans.sync(client=api)
expect(plan in [p.code for p in plans.items], "list plans")
read = get_plan.sync_detailed(plan, client=api)
expect(read.status_code == 200 and read.parsed.code == plan and read.headers.get("etag"), "read a plan with its ETag")

created = create_objective.sync_detailed(
    plan, client=api, body=Objective(code="9.9", field="1", title="An objective made by a generated client"))
expect(created.status_code == 201 and created.headers.get("location", "").endswith("/objectives/9.9"),
       "create a record: 201 with Location")
etag = get_objective.sync_detailed(plan, "9.9", client=api).headers["etag"]
changed = update_objective.sync_detailed(
    plan, "9.9", client=api, body=ObjectiveChanges(title="Renamed by the client"), if_match=etag)
expect(changed.status_code == 200 and changed.parsed.title == "Renamed by the client", "update with If-Match")
stale = update_objective.sync_detailed(plan, "9.9", client=api, body=ObjectiveChanges(title="Again"), if_match=etag)
expect(stale.status_code == 412, "a stale If-Match is refused (412)")

recorded = record_measurement.sync_detailed(
    plan, client=api, body=Measurement(indicator="1.1.b", date="2026-03-31", value=402.0))
expect(recorded.status_code == 201, "record a value")


def keys(page):
    return [(m.indicator, m.period_start, m.date, str(m.disaggregation.to_dict() if m.disaggregation else {}))
            for m in page.items]


before = set()
cursor = None
while True:
    page = list_measurements.sync(plan, client=api, limit=1000, cursor=cursor) if cursor else \
        list_measurements.sync(plan, client=api, limit=1000)
    before.update(keys(page))
    cursor = page.next_cursor
    if not cursor:
        break


def writer():
    for day in range(1, 29):
        record_measurement.sync_detailed(
            plan, client=AuthenticatedClient(base_url=site, token=token),
            body=Measurement(indicator="1.2.b", date=f"2027-02-{day:02d}", value=float(day)))


thread = threading.Thread(target=writer)
thread.start()
seen, cursor = [], None
while True:
    page = list_measurements.sync(plan, client=api, limit=7, cursor=cursor) if cursor else \
        list_measurements.sync(plan, client=api, limit=7)
    seen += keys(page)
    cursor = page.next_cursor
    if not cursor:
        break
thread.join()
expect(len(seen) == len(set(seen)), f"paging while another writes repeats nothing ({len(seen)} rows)")
expect(before <= set(seen), "paging while another writes skips nothing that was there")

sheet = "indicator,date,value\n1.1.b,2026-06-30,399\n".encode()
uploaded = import_sheet.sync_detailed(
    plan, "measurements", client=api, body=File(payload=io.BytesIO(sheet), mime_type="application/octet-stream"))
expect(uploaded.status_code == 200 and uploaded.parsed.inserted == 1, "upload a spreadsheet")
card = score.sync_detailed(plan, client=api)
criterion = card.parsed.encouragements[0].criteria[0] if card.status_code == 200 else None
expect(criterion is not None and isinstance(criterion.level, int) and criterion.note and criterion.note_key,
       "read the score, each criterion with its typed explanation")
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
