import { expectAccessible } from '../support/browser.mjs';

export class PayScaleFormPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Add a pay scale' }).waitFor();
    await expectAccessible(this.page, 'the add a pay scale page');
  }

  /** Fills the form: zone code, { day, month, year }, 'Agreed' | 'Proposed', and salaries in pounds by point. */
  async fill({ zoneName, effectiveFrom, status, salaries }) {
    const page = this.page;
    await page.getByLabel('Pay zone').selectOption({ label: zoneName });
    await page.locator('#effectiveFrom').fill(effectiveFrom.day);
    await page.locator('#effectiveFrom-month').fill(effectiveFrom.month);
    await page.locator('#effectiveFrom-year').fill(effectiveFrom.year);
    await page.getByLabel(status, { exact: true }).check();
    for (let index = 0; index < salaries.length; index += 1) {
      if (index > 0) {
        await page.getByRole('button', { name: 'Add another point' }).click();
      }
      await page.locator(`#points-${index}-number`).fill(String(index + 1));
      await page.locator(`#points-${index}-salary`).fill(salaries[index]);
    }
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Add pay scale' }).click();
  }

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

  /** The inline error message at an input, without the visually hidden "Error:" prefix. */
  async inlineErrorAt(inputId) {
    const message = this.page.locator(`#${inputId}-error`);
    if ((await message.count()) === 0) {
      return undefined;
    }
    return (await message.innerText()).replace(/^Error:\s*/, '').trim();
  }
}
