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

  async followPanelWork(linkText) {
    await this.page.getByTestId('panel-work-links').getByRole('link', { name: linkText, exact: true }).click();
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
