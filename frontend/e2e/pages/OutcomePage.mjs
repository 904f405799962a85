import { expectAccessible } from '../support/browser.mjs';

/** The printable outcome summary (`/evaluations/:id/outcome`). */
export class OutcomePage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(title) {
    await this.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}\/outcome$/);
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByTestId('outcome-factors').waitFor();
    await expectAccessible(this.page, `the outcome summary of ${title}`);
  }

  async summary() {
    return (await this.page.getByTestId('outcome-summary').innerText()).trim();
  }

  async detail(key) {
    const row = this.page.getByTestId('outcome-details').locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: key }) });
    return (await row.locator('dd').innerText()).trim();
  }

  async factor(code) {
    const row = this.page.locator(`[data-testid="outcome-factors"] tr[data-factor-code="${code}"]`);
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
    return { name: (await row.locator('th').innerText()).trim(), level: cells[0], points: Number(cells[1]), rationale: cells[2] };
  }

  async hasPrintButton() {
    return this.page.getByRole('button', { name: 'Print this page' }).isVisible();
  }
}
