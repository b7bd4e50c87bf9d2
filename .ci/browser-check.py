#!/usr/bin/env python3
"""Loads the public pages (both example plans, the German one too) and the annual reports and summaries in headless
Chromium at 1280, 360 and 320 px, and every form at 1280 and 360 px, takes screenshots, submits each
form once invalid and once valid, and runs axe-core on each page. The plan requires approval: the officer's entries wait,
and a second officer (the coordinator) rejects one without a reason (invalid), then approves it. Fails on any serious
or critical violation, on a page wider than the screen at any width, or on chart text under 12 CSS px at 360 px.
Then a person's whole cycle: an admin invites them (once with an invalid role), they set a password (once too weak),
sign in, see their account, keep their session over a restart of the server, sign out everywhere, and are disabled.
An officer authors a small plan (every form once invalid). Finally a new city's whole cycle: the administrator adds
a government and re-enters the Hainbach example's structure by hand through the generated forms (the exported plan
file must equal the example's), publishes the plan, records a value, an update and the year's words, publishes the
report, runs a peer review with a reviewer who gets an account, answers the recommendation and finalises the round;
the public pages and the published report must show what was entered.
Usage: browser-check.py BASE_URL OFFICER_TOKEN COORDINATOR_TOKEN SCREENSHOT_DIR ADMIN_TOKEN RESTART_SCRIPT"""
import json
import subprocess
import sys
import urllib.request
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from axe_selenium_python import Axe

base, token, coordinator, shots, admin, restart = sys.argv[1:7]
options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
failures = []


def check(name, width):
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height, 6000))
    driver.save_screenshot(f"{shots}/{name}-{width}.png")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        failures.append(f"{name} at {width}px: the page scrolls sideways by {overflow}px")
    small = driver.execute_script(
        "return [...document.querySelectorAll('svg text')].filter(t => t.getClientRects().length &&"
        " parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a < 12).map(t => t.textContent)")
    if width == 360 and small:
        failures.append(f"{name} at {width}px: chart text smaller than 12 CSS px: {small[:5]}")
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    for violation in results["violations"]:
        line = f"{name} at {width}px: {violation['impact']} {violation['id']}: {violation['help']} " \
               f"({len(violation['nodes'])} nodes: {violation['nodes'][0]['target']})"
        print(line)
        if violation["impact"] in ("serious", "critical"):
            failures.append(line)


def visit(name, path):
    for width in (1280, 360, 320):
        driver.get(base + path)
        check(name, width)


def sign_in(secret):
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    driver.find_element(By.CSS_SELECTOR, "details summary").click()
    driver.find_element(By.NAME, "token").send_keys(secret)
    driver.find_elements(By.CSS_SELECTOR, "form[action='/sign-in'] button")[-1].click()
    WebDriverWait(driver, 10).until(expected_conditions.url_contains("/workspace"))


def submit_in(path, action, values):
    """Fills the fields of the form posting to `action` on the page at `path` and sends it."""
    driver.get(base + path)
    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    form = driver.find_element(By.CSS_SELECTOR, f"main form[action='{action}']")
    for name, value in values.items():
        field = form.find_element(By.NAME, name)
        if field.tag_name == "select":
            field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
        else:
            field.clear()
            field.send_keys(value)
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    WebDriverWait(driver, 10).until(gone(button))


def authoring_cycle():
    """An officer starts a plan in the browser, writes its structure through the generated forms (once invalid
    each), records a value, and checks it before publishing."""
    sign_in(token)
    check("workspace-officer", 360)
    visit("plan-new", "/plans/new")
    submit_in("/plans/new", "/plans/new", {"code": "", "title": "Browser plan"})
    expect("There is a problem", "a new plan without a code")
    check("plan-new-invalid", 360)
    submit_in("/plans/new", "/plans/new", {
        "code": "browser-2027", "government": "GB-aldermoor", "title": "Browser-made plan",
        "kind": "comprehensive", "period_start": "2027", "status": "draft"})
    expect("Plan browser-2027 is saved", "creating a plan")
    check("plan-edit", 1280)
    plan = "/plans/browser-2027"
    for section, invalid, valid in [
        ("fields", {"code": "", "title": "Housing"}, {"code": "1", "title": "Housing"}),
        ("objectives", {"code": "1.1", "field": "1", "title": ""},
         {"code": "1.1", "field": "1", "title": "No one sleeps rough"}),
        ("actions", {"code": "1.1.1", "objective": "1.1", "title": "Housing First", "start_date": "someday"},
         {"code": "1.1.1", "objective": "1.1", "title": "Housing First", "start_date": "2027-01", "competence": "own",
          "status": "ongoing"}),
        ("indicators", {"code": "1.1.a", "objective": "1.1", "name": "People sleeping rough", "type": "outcome",
                        "baseline_value": "many"},
         {"code": "1.1.a", "objective": "1.1", "name": "People sleeping rough", "type": "outcome",
          "value_type": "number", "direction": "decrease", "baseline_value": "41", "baseline_date": "2026-11"}),
    ]:
        path = f"{plan}/edit/{section}/new"
        visit(f"new-{section}", path)
        submit_in(path, path, invalid)
        expect("There is a problem", f"an invalid new record of {section}")
        check(f"new-{section}-invalid", 360)
        submit_in(path, path, valid)
        expect("Saved:", f"a new record of {section}")
        check(f"saved-{section}", 360)
    visit("section-list", plan + "/edit/indicators")
    visit("settings", plan + "/settings")
    submit(plan + "/measurements/new", {"indicator": "1.1.a", "date": "2027-03-31", "value": "37"})
    expect("Saved", "a value of the new plan")
    visit("check", plan + "/check")
    expect("Check before publishing", "the check page")
    words = plan + "/edit/narratives/new"
    submit_in(words, words, {"year": "2027", "part": "foreword", "text": "Our first year with a plan of our own."})
    expect("Saved:", "the city's words for a year")
    rounds = plan + "/rounds"
    visit("rounds", rounds)
    submit_in(rounds, rounds, {"code": "", "as_of": "someday"})
    expect("There is a problem", "a round without a code or date")
    check("rounds-invalid", 360)
    submit_in(rounds, rounds, {"code": "self-2027", "title": "Self-assessment 2027", "kind": "self",
                               "framework": "hrgl-2024", "as_of": "2027-03-31"})
    expect("The round is open", "opening a round")
    check("rounds-open", 360)
    aldermoor = "/plans/aldermoor-2023"
    visit("check-aldermoor", aldermoor + "/check")
    click("form[action$='/publications'] button")
    expect("is published", "publishing a report")
    visit("reports-published", aldermoor + "/reports")
    expect("Published reports", "the reports page after publishing")
    submit_in(aldermoor + "/check", aldermoor + "/publications/withdraw", {"reason": "A figure was wrong."})
    expect("is withdrawn", "withdrawing a report")
    visit("reports-withdrawn", aldermoor + "/reports")
    expect("A figure was wrong.", "the withdrawal's reason on the reports page")


def form_text(value):
    """A plan-file value as a person types it into its generated form: lists one item per line, nested records and
    translations as JSON, numbers as written."""
    if isinstance(value, list) and all(not isinstance(item, (dict, list)) for item in value):
        return "\n".join(str(item) for item in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def enter(path, record):
    """Types a record into the generated form at `path` field by field (a choice picked, a box ticked) and saves it."""
    driver.get(base + path)
    form = driver.find_element(By.CSS_SELECTOR, f"main form[action='{path}']")
    for name, value in record.items():
        field = form.find_element(By.NAME, name)
        if field.get_attribute("type") == "checkbox":
            if field.is_selected() != bool(value):
                field.click()
        elif field.tag_name == "select":
            field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
        elif len(form_text(value)) > 200:
            driver.execute_script("arguments[0].value = arguments[1]", field, form_text(value))
        else:
            field.clear()
            field.send_keys(form_text(value))
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    WebDriverWait(driver, 10).until(gone(button))
    if "There is a problem" in driver.page_source:
        summary = driver.find_element(By.CSS_SELECTOR, ".error-summary").text.replace("\n", " ")
        failures.append(f"re-entry: {path} {record.get('code', '')} was refused: {summary}")


def plan_file(code):
    request = urllib.request.Request(f"{base}/api/v1/plans/{code}/file", headers={"Authorization": f"Bearer {admin}"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def compare(entered, stored, government, code, sections):
    """The plan file of the re-entered plan against the example's as stored: every section entered, the plan's own
    record and the government equal but for their codes."""
    if entered["government"] != dict(stored["government"], code=government):
        failures.append(f"re-entry: the government differs: {entered['government']}")
    if entered["plan"] != dict(stored["plan"], code=code, government=government):
        failures.append(f"re-entry: the plan's own record differs: {entered['plan']}")
    for section in sections:
        if entered.get(section, []) != stored.get(section, []):
            wrong = [(a, b) for a, b in zip(entered.get(section, []), stored.get(section, [])) if a != b][:1]
            failures.append(f"re-entry: {section} differ ({len(entered.get(section, []))} entered, "
                            f"{len(stored.get(section, []))} in the example; first difference: {wrong})")


def reentry_cycle():
    """The administrator adds a government and re-enters the structure of the Hainbach example by hand through the
    generated forms, section by section, and publishes the plan; its exported plan file must equal the example's for
    everything entered (the government and plan under new codes). Then a value, an update and the city's words for
    the year are recorded, the year's report is published, and the public pages and the report show them."""
    with open("examples/hainbach-plan.json", encoding="utf-8") as file:
        example = json.load(file)
    sections = ["org_units", "standards", "fields", "objectives", "actions", "indicators", "budget_lines",
                "participation_events", "bodies", "reports"]
    government = dict(example["government"], code="DE-hainbach-neu")
    sign_in(admin)
    enter("/governments/new", government)
    code = "hainbach-neu"
    plan = {key: value for key, value in example["plan"].items()
            if key not in ("published", "requires_approval", "coordinating_body")}
    enter("/plans/new", dict(plan, code=code, government=government["code"]))
    for section in sections:
        for record in example[section]:
            enter(f"/plans/{code}/edit/{section}/new", record)
    enter(f"/plans/{code}/settings", {"coordinating_body": example["plan"]["coordinating_body"]})
    driver.get(f"{base}/plans/{code}/manage")
    click("form[action$='/publish'] button")
    compare(plan_file(code), plan_file(example["plan"]["code"]), government["code"], code, sections)
    print(f"re-entered {sum(len(example[s]) for s in sections)} records of the Hainbach example by hand")
    driver.get(f"{base}/plans/{code}/check")
    year = driver.find_element(By.CSS_SELECTOR, "#publish-year option[selected]").get_attribute("value")
    submit(f"/plans/{code}/measurements/new", {"indicator": "1.1.a", "date": f"{year}-06-30", "value": "137"})
    expect("Saved", "a value of the re-entered plan")
    submit(f"/plans/{code}/updates/new", {"action": "1.1.1", "date": f"{year}-06-30", "status": "ongoing",
                                          "percent_complete": "40", "narrative": "Zwei neue inklusive Gruppen"})
    expect("Saved", "an update of the re-entered plan")
    words = "Unser erstes Jahr mit dem neu erfassten Plan."
    enter(f"/plans/{code}/edit/narratives/new", {"year": year, "part": "foreword", "text": words})
    driver.get(f"{base}/plans/{code}/check")
    click("form[action$='/publications'] button")
    expect("is published", "publishing the re-entered plan's report")
    visit("reentered-plan", f"/plans/{code}")
    expect("Inklusive Plätze in städtischen Kitas ausbauen", "the public page of the re-entered plan")
    for path, texts in [(f"/plans/{code}/published/{year}/de/report.html", [words, "137"]),
                        (f"/plans/{code}/indicators/1.1.a", ["137"]), (f"/plans/{code}/actions/1.1.1", ["Zwei neue"])]:
        driver.get(base + path)
        for text in texts:
            expect(text, f"{path} shows what was entered")
    review_cycle(code, year)


def review_cycle(code, year):
    """A peer review of the re-entered plan in the browser: the administrator gives a reviewer an account and opens a
    round, the reviewer rates and recommends under their own sheet, the city answers and finalises the round, and
    the public page shows the recommendation with the answer."""
    rounds, person = f"/plans/{code}/rounds", "r.gruber@graz.example"
    sign_in(admin)
    submit("/admin/people", {"username": person, "display_name": "Rosa Gruber", "grants": "reviewer:r.gruber"})
    link = driver.find_element(By.ID, "new-token").text
    submit_in(rounds, rounds, {"code": "peer-2026", "title": "Peer review 2026", "kind": "peer",
                               "framework": "hrgl-2024", "as_of": f"{year}-06-30"})
    expect("The round is open", "opening a peer round")
    submit_in(rounds, f"{rounds}/peer-2026/invite", {"code": "r.gruber", "name": "Rosa Gruber",
                                                      "affiliation": "Stadt Graz", "home_city": "Graz",
                                                      "conflict_of_interest": "none"})
    expect("The reviewer is invited", "inviting a reviewer")
    driver.delete_all_cookies()
    path = link[link.index("/welcome/"):]
    submit(path, {"password": "a quiet review in graz", "repeat": "a quiet review in graz"})
    sign_in_with_password(person, "a quiet review in graz")
    sheet = f"{rounds}/peer-2026/sheet"
    driver.get(base + sheet)
    form = driver.find_element(By.CSS_SELECTOR, f"main form[action='{sheet}']")
    form.find_element(By.CSS_SELECTOR, "select[name='level-1'] option[value='2']").click()
    form.find_element(By.NAME, "rationale-1").send_keys("Drafted with the disability advisory council.")
    form.find_element(By.NAME, "evidence-1").send_keys("report:SB2025")
    for number in range(2, 15):
        form.find_element(By.NAME, f"not_assessable-{number}").send_keys("not seen on the visit")
        form.find_element(By.NAME, f"rationale-{number}").send_keys("The visit covered encouragement 1 only.")
    check("sheet-filled", 360)
    click("main form button[value=submit]")
    expect("Submitted your sheet", "a reviewer submitting a sheet")
    submit_in(sheet, sheet + "/recommendations",
              {"code": "R1", "encouragement": "3", "text": "Give every measure an indicator."})
    expect("The recommendation is recorded", "a reviewer's recommendation")
    sign_in(admin)
    visit("rounds-reviewed", rounds)
    expect("Rosa Gruber (r.gruber): ✔ submitted", "who has submitted")
    submit_in(rounds, f"/plans/{code}/responses", {"recommendation": "peer-2026/R1", "decision": "accepted",
                                                   "reason": "Indicators follow in the next update."})
    expect("The city's answer is recorded", "the city's answer")
    click(f"form[action$='/peer-2026/close'] button")
    expect("The round is finalised", "finalising the round")
    driver.get(f"{base}/plans/{code}")
    for text in ("Give every measure an indicator.", "Indicators follow in the next update."):
        expect(text, "the public page after the review")


def sign_in_with_password(username, password):
    driver.get(base + "/sign-in")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(password)
    button = driver.find_elements(By.CSS_SELECTOR, "form[action='/sign-in'] button")[0]
    button.click()
    WebDriverWait(driver, 30).until(gone(button))


def expect(text, what):
    if text not in driver.page_source:
        problems = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
        said = f" ({problems[0].text.replace(chr(10), ' ')})" if problems else ""
        failures.append(f"{what}: the page does not say '{text}'{said}")


def person_cycle(plan):
    sign_in(admin)
    visit("people", "/admin/people")
    invitation = {"username": "maria@aldermoor.example", "display_name": "Maria Lind"}
    submit("/admin/people", {**invitation, "grants": "chief"})
    expect("is not a role", "invite with a bad role")
    check("people-invalid", 360)
    submit("/admin/people", {**invitation, "grants": "officer:GB-aldermoor"})
    link = driver.find_element(By.ID, "new-token").text
    check("people-invited", 360)
    driver.delete_all_cookies()
    path = link[link.index("/welcome/"):]
    visit("welcome", path)
    submit(path, {"password": "maria", "repeat": "maria"})
    expect("There is a problem", "a too weak password")
    check("welcome-invalid", 360)
    submit(path, {"password": "kettle by the window sill", "repeat": "kettle by the window sill"})
    expect("Your password is set", "setting the password")
    sign_in_with_password("maria@aldermoor.example", "kettle by the window sill")
    expect("Maria Lind", "the workspace after signing in")
    submit(plan + "/measurements/new", {"indicator": "1.1.b", "date": "2025-12-30", "value": "420"})
    expect("Saved for approval", "the person's first entry")
    visit("account", "/account")
    subprocess.run([restart], check=True)
    driver.get(base + "/account")
    expect("this browser", "the account page after a restart of the server")
    driver.find_elements(By.CSS_SELECTOR, "form[action='/account/sessions/end'] button")[-1].click()
    WebDriverWait(driver, 10).until(expected_conditions.url_contains("/sign-in"))
    driver.get(base + "/workspace")
    if "/sign-in" not in driver.current_url:
        failures.append("signing out everywhere left the session open")
    sign_in(admin)
    visit("person", "/admin/people/maria%40aldermoor.example")
    click("form[action$='/state'] button")
    expect("The account is disabled", "disabling the account")
    check("person-disabled", 360)
    driver.delete_all_cookies()
    sign_in_with_password("maria@aldermoor.example", "kettle by the window sill")
    expect("The user name or the password is not right", "signing in when disabled")
    check("sign-in-refused", 360)


def gone(element):
    """A wait condition: the element left the document. Chromium sometimes answers a question about an element of the
    page being replaced with a generic error instead of a stale-element one; that, too, means it is gone."""
    def condition(_):
        try:
            return expected_conditions.staleness_of(element)(driver)
        except WebDriverException:
            return True
    return condition


def click(selector):
    button = driver.find_element(By.CSS_SELECTOR, selector)
    button.click()
    WebDriverWait(driver, 10).until(gone(button))


def submit(path, values):
    driver.get(base + path)
    for name, value in values.items():
        field = driver.find_element(By.NAME, name)
        if field.get_attribute("type") == "date":
            driver.execute_script("arguments[0].value = arguments[1]", field, value)
        elif field.tag_name == "select":
            field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
        else:
            field.clear()
            field.send_keys(value)
    button = driver.find_elements(By.CSS_SELECTOR, "main form[method=post] button[type=submit]")[-1]
    button.click()
    WebDriverWait(driver, 10).until(gone(button))


try:
    plan = "/plans/aldermoor-2023"
    for name, path in [("plans", "/"), ("plan", plan), ("plan-filtered", plan + "?field=1&status=overdue"),
                       ("indicator", plan + "/indicators/1.1.a"), ("action", plan + "/actions/1.1.1"),
                       ("reports", plan + "/reports"), ("accessibility", "/accessibility?lang=de"),
                       ("not-found", "/plans/nope?lang=fr"), ("sign-in", "/sign-in"),
                       ("plan-de", "/plans/hainbach-inklusiv"),
                       ("indicator-de", "/plans/hainbach-inklusiv/indicators/P.a"),
                       ("report-en", plan + "/reports/2025/en/report.html"),
                       ("summary-en", plan + "/reports/2025/en/summary.html"),
                       ("report-de", "/plans/hainbach-inklusiv/reports/2025/de/report.html"),
                       ("summary-de", "/plans/hainbach-inklusiv/reports/2025/de/summary.html")]:
        visit(name, path)
    sign_in(token)
    check("workspace", 1280)
    for name, path, invalid, valid in [
        ("measurement-form", plan + "/measurements/new",
         {"indicator": "1.1.b", "date": "31/12/2025", "value": "lots"},
         {"indicator": "1.1.b", "date": "2025-12-29", "value": "415"}),
        ("update-form", plan + "/updates/new",
         {"action": "1.1.1", "date": "2025-12-29", "status": "ongoing", "percent_complete": "140"},
         {"action": "1.1.1", "date": "2025-12-29", "status": "ongoing", "percent_complete": "40"}),
    ]:
        visit(name, path)
        submit(path, invalid)
        if "There is a problem" not in driver.page_source:
            failures.append(f"{name}: an invalid post showed no error summary")
        check(name + "-invalid", 360)
        submit(path, valid)
        if "Saved for approval" not in driver.page_source:
            failures.append(f"{name}: a valid post showed no confirmation")
        check(name + "-saved", 1280)
    visit("upload-form", plan + "/upload")
    visit("manage", plan + "/manage")
    if "You submitted this" not in driver.page_source:
        failures.append("manage: the submitter was offered to decide on their own entries")
    sign_in(coordinator)
    visit("approval-queue", plan + "/manage")
    click("ol.queue li form button[value=reject]")
    if "There is a problem" not in driver.page_source:
        failures.append("approval: a rejection without a reason showed no error summary")
    check("approval-invalid", 360)
    click("ol.queue li form button[value=approve]")
    if "✔ approved" not in driver.page_source:
        failures.append("approval: approving showed no decision")
    check("approval-decided", 1280)
    person_cycle(plan)
    authoring_cycle()
    reentry_cycle()
finally:
    driver.quit()

print(f"{len(failures)} failures")
for failure in failures:
    print("FAIL " + failure)
sys.exit(1 if failures else 0)
