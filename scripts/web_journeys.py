#!/usr/bin/env python3
"""The Region's, a centre manager's and HR's journeys in a real browser (headless Chromium driven by Selenium).

    web_journeys.py --url http://127.0.0.1:18080 --identifiant demo.region --mot-de-passe-fichier F \
        --au 2026-10-31 --sortie DIR [--responsable demo.millas --responsable-mot-de-passe-fichier F2] \
        [--rh-identifiant demo.rh --rh-mot-de-passe-fichier F3]

The manager's journey (with --responsable) is in web_journeys_manager.py.

Signs in, opens the progress report as of a past date through the date field, downloads the
CSV, prints the page to PDF (A4), and saves screenshots of the sign-in page and of the report in
DIR. With an HR account, HR's journey follows (see hr_journey). Exits 1 with a French message at the first step that does not do what a person expects.
"""
import argparse
import base64
import datetime
import os
import random
import shutil
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from web_journeys_pages import submit


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
    wait = WebDriverWait(driver, 60)
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
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/region/rapport'] button[type=submit]"))
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
    territories = territory_pages(driver, wait, args)

    driver.find_element(By.CSS_SELECTOR, "form[action='/deconnexion'] button").click()
    wait.until(EC.url_contains("/connexion"))
    print(f"Parcours de la Région : connexion, rapport au {args.au}, impression ({pages} page(s) A4), CSV téléchargé, "
          f"{territories}, déconnexion.")


def territory_pages(driver, wait, args):
    """The observatory by zoning and by year, then the vacant posts, reached from the menu."""
    driver.find_element(By.LINK_TEXT, "Observatoire").click()
    wait.until(EC.url_contains("/region/observatoire"))
    Select(driver.find_element(By.ID, "par")).select_by_visible_text("Zonage de l'ARS")
    Select(driver.find_element(By.ID, "pas")).select_by_visible_text("Année")
    field = driver.find_element(By.ID, "au")
    driver.execute_script("arguments[0].value = arguments[1]", field, args.au)
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/region/observatoire'] button[type=submit]"))
    wait.until(EC.url_contains("par=zonage"))
    heading = driver.find_element(By.CSS_SELECTOR, ".ms-report h1").text
    if "par zonage" not in heading:
        fail(f"le titre de l'observatoire ne dit pas « par zonage » : {heading!r}")
    charts = len(driver.find_elements(By.CSS_SELECTOR, ".ms-report figure.obs svg"))
    if charts != 6:
        fail(f"l'observatoire montre {charts} graphique(s) au lieu de 6")
    overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
    if overflow:
        fail("la page de l'observatoire déborde horizontalement")
    full_page_screenshot(driver, os.path.join(args.sortie, "observatoire.png"))

    driver.find_element(By.LINK_TEXT, "Postes").click()
    wait.until(EC.url_contains("/postes"))
    driver.find_element(By.ID, "vacants").click()
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/postes'] button[type=submit]"))
    wait.until(EC.url_contains("vacants=1"))
    lead = driver.find_element(By.CSS_SELECTOR, ".ms-report .lead").text
    if "ETP vacant" not in lead:
        fail(f"la page des postes ne dit pas les ETP vacants : {lead!r}")
    full_page_screenshot(driver, os.path.join(args.sortie, "postes.png"))
    return f"observatoire par zonage ({charts} graphiques), postes vacants ({lead.split(':')[0].strip()})"


def sign_in(driver, url, login, password):
    driver.get(url + "/connexion")
    driver.find_element(By.ID, "identifiant").send_keys(login)
    driver.find_element(By.ID, "mot_de_passe").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/connexion'] button[type=submit]").click()


def rpps_number():
    """A fresh RPPS: 11 digits whose Luhn check holds (the registry refuses any other)."""
    body = [8] + [random.randint(0, 9) for _ in range(9)]
    for check in range(10):
        digits = body + [check]
        total = 0
        for index, digit in enumerate(reversed(digits)):
            if index % 2 == 1:
                digit *= 2
                digit -= 9 if digit > 9 else 0
            total += digit
        if total % 10 == 0:
            return "".join(map(str, digits))
    raise AssertionError("no Luhn digit")


def screenshots(driver, args, name):
    """The page at laptop width (whole page) and at tablet width (1024 px)."""
    full_page_screenshot(driver, os.path.join(args.sortie, f"{name}.png"))
    driver.set_window_size(1024, 900)
    driver.save_screenshot(os.path.join(args.sortie, f"{name}-tablette.png"))
    width = driver.execute_script("return document.documentElement.scrollWidth")
    driver.set_window_size(1280, 1000)
    if width > 1024:
        fail(f"la page {name} déborde en largeur sur une tablette ({width} px pour 1024)")


def hr_journey(driver, args):
    """HR signs in, uploads a people file with errors, reads the line-and-column messages, uploads
    the fixed file, finds an imported person, adds a candidate, hires them with a contract, ticks
    an item of the welcome checklist the hire opened, shares them between two centres and records
    an amendment of their contract."""
    wait = WebDriverWait(driver, 60)
    sign_in(driver, args.url, args.rh_identifiant, args.rh_password)
    wait.until(EC.url_contains("/personnel"))
    screenshots(driver, args, "personnel")

    suffix = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(5))
    last_name = f"ESSAI{suffix}"
    header = "nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin"
    good = [f"{last_name};Inès;infirmier;;{rpps_number()};Centre de santé de Millas;01/09/2025;35;CDI;",
            f"{last_name};Paul;secretaire_medical;;;Centre de santé de Millas;15/09/2025;17,5;CDD;31/08/2026"]
    bad = [good[0], f"{last_name};Paul;secretaire_medical;;;Perpignan-Nord;15/09/2025;17,5;CDD;31/08/2026",
           f"{last_name};Zoé;medecin;;123;Centre de santé de Millas;31/02/2025;35;CDI;"]
    files = {}
    for name, lines in (("personnel-erreurs.csv", bad), ("personnel-corrige.csv", good)):
        files[name] = os.path.join(args.sortie, name)
        with open(files[name], "w", encoding="utf-8") as out:
            out.write("\r\n".join([header] + lines) + "\r\n")

    driver.find_element(By.LINK_TEXT, "Importer un fichier CSV").click()
    wait.until(EC.url_contains("/personnel/importer"))

    def upload(path):
        chooser = driver.find_element(By.ID, "fichier")
        if not chooser.is_displayed():
            fail("le champ « Fichier CSV » n'apparaît pas (script rh-import.js non chargé ?)")
        chooser.send_keys(path)
        wait.until(lambda d: header in d.find_element(By.ID, "csv").get_attribute("value"))
        submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/personnel/importer'] button[type=submit]"))

    upload(files["personnel-erreurs.csv"])
    # A click returns once the form is sent, not once the answer is shown: wait for it.
    wait.until(EC.presence_of_element_located((By.ID, "import-erreurs")))
    problems = [item.text for item in driver.find_elements(By.CSS_SELECTOR, ".ms-problems li")]
    wanted = ("ligne 3, colonne centre : centre inconnu « Perpignan-Nord »", "ligne 4, colonne rpps : ", "ligne 4, colonne date_embauche : ")
    for start in wanted:
        if not any(problem.startswith(start) for problem in problems):
            fail(f"l'import refusé ne dit pas « {start}… » : {problems!r}")
    if "Rien n'a été enregistré" not in driver.find_element(By.ID, "import-erreurs").text:
        fail("l'import refusé ne dit pas que rien n'a été enregistré")
    screenshots(driver, args, "import-erreurs")

    upload(files["personnel-corrige.csv"])
    wait.until(EC.url_contains("crees="))
    done = driver.find_element(By.CSS_SELECTOR, ".ms-done").text
    if "2 ligne(s) : 2 créée(s)" not in done:
        fail(f"le résumé de l'import est inattendu : {done!r}")

    # The imported people are found by the search box; the page of one of them.
    driver.find_element(By.LINK_TEXT, "← Retour à la liste du personnel").click()
    wait.until(EC.presence_of_element_located((By.ID, "q")))
    driver.find_element(By.ID, "q").send_keys(last_name)
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/personnel'] button[type=submit]"))
    wait.until(EC.url_contains("q=" + last_name))
    rows = driver.find_elements(By.CSS_SELECTOR, ".ms-table tbody tr")
    if len(rows) != 2:
        fail(f"la recherche « {last_name} » trouve {len(rows)} personne(s) au lieu de 2")

    # A new candidate, then hired with a contract from their page.
    driver.get(args.url + "/personnel")
    driver.find_element(By.LINK_TEXT, "Ajouter un candidat").click()
    wait.until(EC.presence_of_element_located((By.ID, "nom")))
    driver.find_element(By.ID, "nom").send_keys(last_name)
    driver.find_element(By.ID, "prenom").send_keys("Léa")
    Select(driver.find_element(By.ID, "profession")).select_by_visible_text("Sage-femme")
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/personnel/candidat'] button[type=submit]"))
    wait.until(EC.url_contains("fait=candidat"))
    driver.find_element(By.LINK_TEXT, "Embaucher avec un contrat").click()
    wait.until(EC.presence_of_element_located((By.ID, "rpps")))
    driver.find_element(By.ID, "rpps").send_keys(rpps_number())
    Select(driver.find_element(By.ID, "centre")).select_by_visible_text("Centre de santé de Millas")
    # Hired today: a hire may not precede the candidate's stage, dated today by default.
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, "date_embauche"),
                          datetime.date.today().isoformat())
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action='/personnel/embaucher'] button[type=submit]"))
    wait.until(lambda d: "fait=embauche" in d.current_url or d.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error"))
    if "fait=embauche" not in driver.current_url:
        refusals = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error")]
        fail(f"l'embauche est refusée : {refusals!r}")
    page = driver.find_element(By.TAG_NAME, "main").text
    for expected in ("L'embauche a été enregistrée.", "Centre de santé de Millas", "Contrat CDI ajouté"):
        if expected not in page:
            fail(f"la fiche après l'embauche ne montre pas « {expected} »")
    screenshots(driver, args, "personne")

    # The hire opened the welcome checklist: tick the DPAE, done today.
    if "Liste d'accueil depuis le" not in page:
        fail("la fiche après l'embauche ne montre pas la liste d'accueil")
    Select(driver.find_element(By.ID, "accueil_element")).select_by_value("2")
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action$='/accueil'] button[type=submit]"))
    wait.until(lambda d: "fait=accueil" in d.current_url or d.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error"))
    if "fait=accueil" not in driver.current_url:
        refusals = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error")]
        fail(f"l'élément d'accueil est refusé : {refusals!r}")
    if "L'élément d'accueil a été enregistré." not in driver.find_element(By.TAG_NAME, "main").text:
        fail("la fiche ne confirme pas l'élément d'accueil coché")

    # Next week, 60 % of the contract stays in Millas and 40 % goes to Salviac; then an amendment.
    next_week = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()

    def send_form(path, fields, done):
        for name, value in fields.items():
            element = driver.find_element(By.ID, name)
            if element.tag_name == "select":
                Select(element).select_by_visible_text(value)
            elif element.get_attribute("type") == "date":
                driver.execute_script("arguments[0].value = arguments[1]", element, value)
            else:
                element.clear()
                element.send_keys(value)
        submit(driver, wait, driver.find_element(By.CSS_SELECTOR, f"form[action$='/{path}'] button[type=submit]"))
        wait.until(lambda d: f"fait={path}" in d.current_url or d.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error"))
        if f"fait={path}" not in driver.current_url:
            refusals = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".ms-alert, .ms-error")]
            fail(f"le formulaire {path} est refusé : {refusals!r}")
        if done not in driver.find_element(By.TAG_NAME, "main").text:
            fail(f"la fiche ne confirme pas « {done} »")

    send_form("affectation", {"affectation_centre": "Centre de santé de Millas", "quotite": "60",
                              "affectation_du": next_week}, "L'affectation a été enregistrée.")
    send_form("affectation", {"affectation_centre": "Centre de santé de Salviac", "quotite": "40",
                              "affectation_du": next_week}, "L'affectation a été enregistrée.")
    shares = driver.find_element(By.ID, "affectations").find_element(By.XPATH, "..").text
    for expected in ("Centre de santé de Salviac", "40 %", "60 %"):
        if expected not in shares:
            fail(f"les affectations ne montrent pas « {expected} » : {shares!r}")
    send_form("avenant", {"avenant_le": next_week, "heures-hebdo": "28", "avenant_motif": "temps partiel choisi"},
              "L'avenant a été enregistré.")
    screenshots(driver, args, "personne-affectations")

    driver.find_element(By.CSS_SELECTOR, "form[action='/deconnexion'] button").click()
    wait.until(EC.url_contains("/connexion"))
    print(f"Parcours RH : connexion, import refusé ({len(problems)} erreur(s) ligne et colonne), import corrigé, "
          f"recherche, candidat ajouté puis embauché, élément d'accueil coché, partagé entre deux centres, "
          f"avenant, déconnexion.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--identifiant", required=True)
    parser.add_argument("--mot-de-passe-fichier", dest="password_file", required=True)
    parser.add_argument("--au", default="2026-10-31")
    parser.add_argument("--attendu", default="31 octobre 2026")
    parser.add_argument("--sortie", required=True)
    parser.add_argument("--responsable")
    parser.add_argument("--responsable-mot-de-passe-fichier", dest="manager_password_file")
    parser.add_argument("--rh-identifiant", dest="rh_identifiant")
    parser.add_argument("--rh-mot-de-passe-fichier", dest="rh_password_file")
    args = parser.parse_args()
    with open(args.password_file, encoding="utf-8") as handle:
        args.password = handle.read().strip()
    if args.rh_password_file:
        with open(args.rh_password_file, encoding="utf-8") as handle:
            args.rh_password = handle.read().strip()
    os.makedirs(args.sortie, exist_ok=True)
    downloads = os.path.join(args.sortie, "telechargements")
    os.makedirs(downloads, exist_ok=True)
    driver = browser(downloads)
    try:
        region_journey(driver, args, downloads)
        if args.responsable:
            from web_journeys_manager import manager_journey
            with open(args.manager_password_file, encoding="utf-8") as handle:
                manager_journey(driver, args.url, args.responsable, handle.read().strip(), args.sortie)
        if args.rh_identifiant:
            hr_journey(driver, args)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
