#!/usr/bin/env python3
"""The Region's journey in a real browser (headless Chromium driven by Selenium).

    web_journeys.py --url http://127.0.0.1:18080 --identifiant demo.region --mot-de-passe-fichier F \
        --au 2026-10-31 --sortie DIR

Signs in, opens the progress report as of a past date through the date field, downloads the
CSV, prints the page to PDF (A4), and saves screenshots of the sign-in page and of the report in
DIR. Exits 1 with a French message at the first step that does not do what a person expects.
"""
import argparse
import base64
import os
import shutil
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def fail(message):
    print(f"web_journeys : {message}", file=sys.stderr)
    sys.exit(1)


def browser(downloads):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                 "--lang=fr-FR"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def full_page_screenshot(driver, path):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 6000))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1000)


def region_journey(driver, args, downloads):
    wait = WebDriverWait(driver, 20)
    driver.get(args.url + "/connexion")
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "fr":
        fail("la page de connexion n'est pas en français (lang=fr)")
    driver.save_screenshot(os.path.join(args.sortie, "connexion.png"))
    driver.find_element(By.ID, "identifiant").send_keys(args.identifiant)
    driver.find_element(By.ID, "mot_de_passe").send_keys(args.password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/connexion'] button[type=submit]").click()
    wait.until(EC.url_contains("/region/rapport"))

    # The as-of date, typed the way the date field takes it, then « Afficher ».
    field = driver.find_element(By.ID, "au")
    driver.execute_script("arguments[0].value = arguments[1]", field, args.au)
    driver.find_element(By.CSS_SELECTOR, "form[action='/region/rapport'] button[type=submit]").click()
    wait.until(EC.url_contains("au=" + args.au))
    heading = driver.find_element(By.CSS_SELECTOR, ".ms-report h1").text
    if args.attendu not in heading:
        fail(f"le titre du rapport ne dit pas « {args.attendu} » : {heading!r}")
    # The report's own style sheet applied (its key figures in a grid), despite the strict CSP.
    display = driver.execute_script("return getComputedStyle(document.querySelector('.kpis')).display")
    if display != "grid":
        fail(f"la feuille de style du rapport n'est pas appliquée (.kpis display={display})")
    full_page_screenshot(driver, os.path.join(args.sortie, "rapport.png"))

    # Printing: A4 pages, the site's header and the form hidden.
    pdf = base64.b64decode(driver.print_page())
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    if pages < 1 or pages > 4:
        fail(f"l'impression du rapport donne {pages} page(s)")
    with open(os.path.join(args.sortie, "rapport.pdf"), "wb") as out:
        out.write(pdf)

    driver.find_element(By.PARTIAL_LINK_TEXT, "CSV").click()
    expected = os.path.join(downloads, f"rapport-avancement-{args.au}.csv")
    for _ in range(100):
        if os.path.exists(expected) and os.path.getsize(expected) > 0:
            break
        time.sleep(0.1)
    else:
        fail(f"le CSV n'a pas été téléchargé ({expected})")
    with open(expected, encoding="utf-8") as csv:
        content = csv.read()
    if args.au not in content and args.au.replace("-", "") not in content:
        print("web_journeys : note : la date ne figure pas dans le CSV", file=sys.stderr)
    shutil.copy(expected, os.path.join(args.sortie, os.path.basename(expected)))

    driver.find_element(By.CSS_SELECTOR, "form[action='/deconnexion'] button").click()
    wait.until(EC.url_contains("/connexion"))
    print(f"Parcours de la Région : connexion, rapport au {args.au}, impression ({pages} page(s) A4), CSV téléchargé, déconnexion.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--identifiant", required=True)
    parser.add_argument("--mot-de-passe-fichier", dest="password_file", required=True)
    parser.add_argument("--au", default="2026-10-31")
    parser.add_argument("--attendu", default="31 octobre 2026")
    parser.add_argument("--sortie", required=True)
    args = parser.parse_args()
    with open(args.password_file, encoding="utf-8") as handle:
        args.password = handle.read().strip()
    os.makedirs(args.sortie, exist_ok=True)
    downloads = os.path.join(args.sortie, "telechargements")
    os.makedirs(downloads, exist_ok=True)
    driver = browser(downloads)
    try:
        region_journey(driver, args, downloads)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
