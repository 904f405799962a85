import { expectAccessible } from '../support/browser.mjs';

/** One evaluation (`/evaluations/:id`): the request, the decision, the panel and the score so far. */
export class EvaluationPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(title, label = 'the evaluation page') {
    await this.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByTestId('evaluation-summary').waitFor();
    await expectAccessible(this.page, label);
  }

  evaluationId() {
    return /\/evaluations\/([0-9a-f-]{36})/.exec(this.page.url())[1];
  }

  async status() {
    const row = this.page.getByTestId('evaluation-summary').locator('.govuk-summary-list__row').first();
    return (await row.locator('.govuk-tag').first().innerText()).trim();
  }

  async waitForStatus(text) {
    await this.page.getByTestId('evaluation-summary').locator('.govuk-tag', { hasText: text }).first().waitFor();
  }

  async accept(priority) {
    await this.page.getByRole('radio', { name: 'Accept', exact: true }).check();
    await this.page.getByRole('radio', { name: new RegExp(`^${priority} `) }).check();
    await this.page.getByRole('button', { name: 'Save decision' }).click();
    await this.waitForStatus('Accepted');
  }

  async startFormingPanel() {
    await this.page.getByRole('button', { name: 'Form the panel' }).click();
    await this.page.waitForURL(/\/panel$/);
  }

  /** Follows a step of the panel's task list. */
  async followPanelWork(linkText) {
    await this.page.getByRole('list', { name: 'Panel work' }).getByRole('link', { name: linkText, exact: true }).click();
  }

  /** Each task of the panel's work with its status, as { title: status }. */
  async tasks() {
    const items = this.page.getByRole('list', { name: 'Panel work' }).locator('li');
    const result = {};
    for (let index = 0; index < (await items.count()); index += 1) {
      const item = items.nth(index);
      const title = (await item.locator('.govuk-task-list__name-and-hint > :first-child').innerText()).trim();
      result[title] = (await item.locator('.govuk-task-list__status').innerText()).trim();
    }
    return result;
  }

  /** What blocks publication: the codes of the blockers listed. */
  async blockers() {
    const list = this.page.getByTestId('publish-blockers');
    return (await list.count()) === 0 ? [] : list.locator('li').evaluateAll((items) => items.map((item) => item.dataset.blocker));
  }

  /** Who has signed off, one line each. */
  async signOffs() {
    return (await this.page.getByTestId('sign-offs').locator('li').allInnerTexts()).map((text) => text.trim());
  }

  async signOff() {
    await this.page.getByRole('button', { name: 'Sign off the agreed levels' }).click();
    await this.page.locator('.govuk-notification-banner--success').waitFor();
  }

  async successMessage() {
    return (await this.page.locator('.govuk-notification-banner--success .govuk-notification-banner__heading').innerText()).trim();
  }

  /** The panel as [{ name, side, chair }] rows. */
  async panel() {
    const rows = this.page.getByTestId('panel').locator('tbody tr');
    const result = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
      const row = rows.nth(index);
      result.push({
        // the name, without the union that may follow it
        name: (await row.locator('th').evaluate((cell) => cell.firstChild.textContent)).trim(),
        side: (await row.locator('td').nth(0).innerText()).trim(),
        chair: (await row.locator('td').nth(1).innerText()).trim() === 'Chair',
      });
    }
    return result;
  }
}
