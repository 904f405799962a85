import { expectAccessible } from '../support/browser.mjs';

export class PayBandPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(bandName) {
    await this.page.getByRole('heading', { level: 1, name: bandName }).waitFor();
    await this.page.locator('#scales-over-time').waitFor();
    await expectAccessible(this.page, `the ${bandName} page`);
  }

  async startAddingScale() {
    await this.page.getByRole('button', { name: 'Add a pay scale' }).click();
    await this.page.waitForURL(/\/scales\/new$/);
  }

  /** Rows of "Scales over time" as { zone, effectiveFrom, status, range } texts. */
  async scalesOverTime() {
    const rows = this.page.locator('#scales-over-time tbody tr');
    const count = await rows.count();
    const scales = [];
    for (let index = 0; index < count; index += 1) {
      const cells = (await rows.nth(index).locator('td').allInnerTexts()).map((text) => text.trim());
      scales.push({ zone: cells[0], effectiveFrom: cells[1], status: cells[2], range: cells[4] });
    }
    return scales;
  }
}
