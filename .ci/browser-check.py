#!/usr/bin/env python3
"""Loads the public pages (both example plans, the German one too) and the annual reports and summaries in headless
Chromium at 1280, 360 and 320 px, and every form at 1280 and 360 px, takes screenshots, submits each
form once invalid and once valid, and runs axe-core on each page. The plan requires approval: the officer's entries wait,
and a second officer (the coordinator) rejects one without a reason (invalid), then approves it. Fails on any serious
or critical violation, on a page wider than the screen at any width, or on chart text under 12 CSS px at 360 px.
Then a person's whole cycle: an admin invites them (once with an invalid role), they set a password (once too weak),
sign in, see their account, keep their session over a restart of the server, sign out everywhere, and are disabled.
Usage: browser-check.py BASE_URL OFFICER_TOKEN COORDINATOR_TOKEN SCREENSHOT_DIR ADMIN_TOKEN RESTART_SCRIPT"""
import subprocess
import sys
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


def sign_in_with_password(username, password):
    driver.get(base + "/sign-in")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(password)
    button = driver.find_elements(By.CSS_SELECTOR, "form[action='/sign-in'] button")[0]
    button.click()
    WebDriverWait(driver, 30).until(gone(button))


def expect(text, what):
    if text not in driver.page_source:
        failures.append(f"{what}: the page does not say '{text}'")


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
finally:
    driver.quit()

print(f"{len(failures)} failures")
for failure in failures:
    print("FAIL " + failure)
sys.exit(1 if failures else 0)
