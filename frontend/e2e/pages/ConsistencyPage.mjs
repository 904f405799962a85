import { expectAccessible } from '../support/browser.mjs';

/** The consistency comparison and check (`/evaluations/:id/consistency`). */
export class ConsistencyPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Consistency check' }).waitFor();
    await this.page.getByTestId('consistency').waitFor();
    await expectAccessible(this.page, 'the consistency check page');
  }

  async checkRequired() {
    return (await this.page.getByTestId('check-required').innerText()).includes('Required');
  }

  async record(conclusion) {
    await this.page.getByLabel('Conclusion').fill(conclusion);
    await this.page.getByRole('button', { name: 'Record the check' }).click();
    await this.page.getByTestId('consistency-check').waitFor();
  }

  async recordedConclusion() {
    const summary = this.page.getByTestId('consistency-check');
    return (await summary.locator('.govuk-summary-list__value').first().innerText()).trim();
  }
}
