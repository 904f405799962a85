import { expectAccessible } from '../support/browser.mjs';

/** "Copy a pay scale with an uplift". */
export class CopyScalePage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Copy a pay scale with an uplift' }).waitFor();
    await expectAccessible(this.page, 'the copy a pay scale page');
  }

  async fill({ effectiveFrom, status, upliftPercent }) {
    const page = this.page;
    await page.locator('#effectiveFrom').fill(effectiveFrom.day);
    await page.locator('#effectiveFrom-month').fill(effectiveFrom.month);
    await page.locator('#effectiveFrom-year').fill(effectiveFrom.year);
    await page.getByLabel(status, { exact: true }).check();
    await page.getByLabel('Uplift', { exact: true }).fill(upliftPercent);
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Add the new scale' }).click();
  }

  /** The error summary's links as { text, href }. */
  async errorSummaryLinks() {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    const links = summary.locator('a');
    const result = [];
    for (let index = 0; index < (await links.count()); index += 1) {
      result.push({ text: (await links.nth(index).innerText()).trim(), href: await links.nth(index).getAttribute('href') });
    }
    return result;
  }
}
