import { expectAccessible } from '../support/browser.mjs';

export class PayBandsPage {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`/pay-bands${query}`);
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Pay bands' }).waitFor();
    await this.page.locator('table.govuk-table').first().waitFor();
    await expectAccessible(this.page, 'the pay bands page');
  }

  bandRow(structureName, bandCode) {
    return this.page.locator(`table[data-structure="${structureName}"] tr[data-band-code="${bandCode}"]`);
  }

  async salaryRangeOf(structureName, bandCode) {
    return (await this.bandRow(structureName, bandCode).locator('.app-salary-range').innerText()).trim();
  }

  async openBand(structureName, bandCode) {
    await this.bandRow(structureName, bandCode).getByRole('link').click();
    await this.page.waitForURL(/\/pay-bands\/[0-9a-f-]{36}$/);
  }
}
