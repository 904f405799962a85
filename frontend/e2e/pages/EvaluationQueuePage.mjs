import { expectAccessible } from '../support/browser.mjs';

/** The evaluation queue (`/evaluations`), with its filters in the query string. */
export class EvaluationQueuePage {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`/evaluations${query}`);
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Evaluation queue' }).waitFor();
    await this.page.getByTestId('queue-count').waitFor();
    await expectAccessible(this.page, 'the evaluation queue');
  }

  async successMessage() {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  rowFor(reference) {
    return this.page.locator(`[data-testid="evaluation-queue"] tr[data-reference="${reference}"]`);
  }

  async hasWaitingTimes() {
    return (await this.page.getByTestId('waiting-times').count()) > 0;
  }

  /** Follows the role's title link in the row for the JD reference. */
  async openEntry(reference) {
    await this.rowFor(reference).getByRole('link').first().click();
  }
}
