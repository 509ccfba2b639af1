"""A centre manager's journey in a real browser, called by web_journeys.py.

Signs in, opens the centre's week from « Mes centres », goes forward to a draft week without
shifts, adds a shift too long for one day (a blocking finding appears beside the grid), fixes it
through the shift's page (the finding goes), previews « Proposer la semaine » (nothing written),
accepts it, publishes the week, re-plans the first day of someone who falls ill (preview, then
« Enregistrer », with its reason) and reads its history. Screenshots of the week page (laptop and
tablet widths), the proposal preview, the absence's preview and the history in the output directory. Exits 1 with a
French message at the first step that does not do what a manager expects.
"""
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from web_journeys_pages import submit


def fail(message):
    print(f"web_journeys (responsable) : {message}", file=sys.stderr)
    sys.exit(1)


def screenshot(driver, path, width=1280):
    driver.set_window_size(width, 1000)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 800), 6000))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1000)


def over_ten_hours(driver):
    """Whether the findings beside the grid report a day over the 10 h maximum."""
    return any("au-delà de 10 h" in item.text for item in driver.find_elements(By.CSS_SELECTOR, ".pl-findings li.bloquant"))


def shifts(driver):
    return len(driver.find_elements(By.CSS_SELECTOR, "table.pl-week a.s"))


def status(driver):
    return driver.find_element(By.CSS_SELECTOR, ".pl-status").text


def fill(driver, field, value):
    element = driver.find_element(By.ID, field)
    element.clear()
    element.send_keys(value)


def replan_absence(driver, wait, out):
    """Someone working on the first day of the published week falls ill that day: the preview
    writes nothing, then « Enregistrer » turns their shifts into « Maladie » and re-plans the
    needs they covered. Returns their name."""
    rows = driver.find_elements(By.XPATH, "//table[contains(@class,'pl-week')]/tbody/tr[td[1]/a]")
    if not rows:
        fail("personne ne travaille le premier jour de la semaine : pas d'absence à replanifier")
    name = rows[0].find_element(By.CSS_SELECTOR, "th .name").text
    kept = shifts(driver)
    Select(driver.find_element(By.ID, "absence-personne")).select_by_visible_text(name)
    Select(driver.find_element(By.ID, "absence-type")).select_by_value("maladie")
    Select(driver.find_element(By.ID, "absence-du")).select_by_index(0)
    Select(driver.find_element(By.ID, "absence-au")).select_by_index(0)
    fill(driver, "absence-motif", "Arrêt maladie")
    driver.find_element(By.XPATH, "//button[normalize-space()='Voir la replanification']").click()
    wait.until(EC.presence_of_element_located((By.NAME, "empreinte")))
    if "Maladie" not in driver.find_element(By.TAG_NAME, "main").text:
        fail(f"l'aperçu de l'absence de {name} ne dit pas quels services deviennent « Maladie »")
    screenshot(driver, os.path.join(out, "planning-absence.png"))
    submit(driver, wait, driver.find_element(By.XPATH, "//button[normalize-space()=\"Enregistrer l'absence et la proposition\"]"))
    wait.until(EC.url_contains("fait=absence"))
    if not driver.find_elements(By.CSS_SELECTOR, "table.pl-week a.s.a-maladie"):
        fail(f"l'absence de {name} n'apparaît pas dans la semaine")
    if shifts(driver) < kept:
        fail(f"la replanification de l'absence de {name} a retiré des services au lieu de les remplacer")
    return name


def manager_journey(driver, url, login, password, out):
    wait = WebDriverWait(driver, 60)
    driver.get(url + "/connexion")
    driver.find_element(By.ID, "identifiant").send_keys(login)
    driver.find_element(By.ID, "mot_de_passe").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/connexion'] button[type=submit]").click()
    wait.until(EC.url_contains("/centres"))
    driver.find_element(By.PARTIAL_LINK_TEXT, "Millas").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.pl-week")))
    screenshot(driver, os.path.join(out, "planning-semaine-courante.png"))

    # Forward to a draft week nobody has planned yet.
    for _ in range(12):
        if status(driver) == "Brouillon" and shifts(driver) == 0:
            break
        grid = driver.find_element(By.CSS_SELECTOR, "table.pl-week")
        driver.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
        wait.until(EC.staleness_of(grid))
    else:
        fail("aucune semaine en brouillon et vide dans les 12 semaines qui suivent")
    week = driver.current_url

    # A day of 12 h 30: over the 10 h a day, a blocking finding.
    person = Select(driver.find_element(By.ID, "personne"))
    person.select_by_index(1)
    name = person.first_selected_option.text
    Select(driver.find_element(By.ID, "jour")).select_by_index(0)
    fill(driver, "debut", "07:00")
    fill(driver, "fin", "19:30")
    Select(driver.find_element(By.ID, "activite")).select_by_value("consultation")
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "form[action$='/services'] button[type=submit]"))
    wait.until(EC.url_contains("fait=ajout"))
    if not over_ten_hours(driver):
        fail(f"le service de 07:00 à 19:30 pour {name} n'a pas fait apparaître de constat bloquant")

    # The fix: the shift's page, a shorter day.
    driver.find_element(By.XPATH, "//table[contains(@class,'pl-week')]//a[contains(@class,'s')][contains(., '07:00–19:30')]").click()
    wait.until(EC.presence_of_element_located((By.ID, "modif-titre")))
    fill(driver, "fin", "12:30")
    submit(driver, wait, driver.find_element(By.XPATH, "//button[normalize-space()='Enregistrer la modification']"))
    wait.until(EC.url_contains("fait=modification"))
    if over_ten_hours(driver):
        fail("le constat bloquant est resté après la correction du service")

    # « Proposer la semaine »: the preview writes nothing, then « Accepter ».
    kept = shifts(driver)
    driver.find_element(By.LINK_TEXT, "Proposer la semaine").click()
    wait.until(EC.presence_of_element_located((By.NAME, "empreinte")))
    screenshot(driver, os.path.join(out, "planning-proposition.png"))
    driver.get(week.split("?")[0])
    if shifts(driver) != kept:
        fail("l'aperçu de la proposition a modifié la semaine")
    driver.find_element(By.LINK_TEXT, "Proposer la semaine").click()
    wait.until(EC.presence_of_element_located((By.NAME, "empreinte")))
    submit(driver, wait, driver.find_element(By.XPATH, "//button[normalize-space()='Accepter la proposition']"))
    wait.until(EC.url_contains("fait=proposition"))
    if shifts(driver) <= kept:
        fail("la proposition acceptée n'a ajouté aucun service")
    screenshot(driver, os.path.join(out, "planning-semaine.png"))
    screenshot(driver, os.path.join(out, "planning-semaine-tablette.png"), width=1024)

    # « Publier », then the history in words.
    submit(driver, wait, driver.find_element(By.XPATH, "//button[normalize-space()='Publier la semaine']"))
    if "fait=publication" not in driver.current_url or status(driver) != "Publiée":
        refusal = driver.find_elements(By.CSS_SELECTOR, ".pl-refusal")
        fail("la publication a échoué : " + (refusal[0].text if refusal else driver.current_url))
    absent = replan_absence(driver, wait, out)
    driver.find_element(By.LINK_TEXT, "Historique").click()
    wait.until(EC.url_contains("/historique"))
    history = driver.find_element(By.TAG_NAME, "main").text
    if "semaine publiée" not in history:
        fail("l'historique ne dit pas que la semaine a été publiée")
    if "motif : Arrêt maladie" not in history:
        fail(f"l'historique ne donne pas le motif de l'absence de {absent}")
    screenshot(driver, os.path.join(out, "planning-historique.png"))
    driver.find_element(By.CSS_SELECTOR, "form[action='/deconnexion'] button").click()
    wait.until(EC.url_contains("/connexion"))
    print(f"Parcours du responsable : semaine ouverte, service ajouté puis corrigé (constat levé), proposition prévisualisée puis acceptée, semaine publiée, absence replanifiée ({absent}, maladie), historique lu ({week}).")
