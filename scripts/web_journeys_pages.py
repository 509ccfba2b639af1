"""What every browser journey does after a click that sends a form: wait for the answer's page."""
from selenium.common.exceptions import WebDriverException

ANSWER_SHOWN = "return window.masanteFormSent === undefined && document.readyState === 'complete'"


def answer_shown(driver):
    try:
        return driver.execute_script(ANSWER_SHOWN)
    except WebDriverException:
        return False  # the old page is going away under the script


def submit(driver, wait, button):
    """Clicks a form's button and waits for the answer's page: a click returns once the form is
    sent, and until the new page replaces the old one, reads would see the page before (on a
    loaded machine the URL may already be the new one while the elements are still the old).
    The old page is marked with a script variable that a new page does not have."""
    driver.execute_script("window.masanteFormSent = true")
    button.click()
    wait.until(answer_shown)
