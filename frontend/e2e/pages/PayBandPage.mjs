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

  /** The row of "Scales over time" for a zone's scale from a date ("National", "1 April 2026"). */
  scaleRow(zoneName, effectiveFromText) {
    return this.page
      .locator('#scales-over-time tbody tr')
      .filter({ has: this.page.locator('td:nth-child(1)', { hasText: zoneName }) })
      .filter({ has: this.page.locator('td:nth-child(2)', { hasText: effectiveFromText }) });
  }

  /** The actions HR admins have on a scale's row ("Change", "Copy with an uplift"), as their visible texts. */
  async scaleActions(zoneName, effectiveFromText) {
    const links = this.scaleRow(zoneName, effectiveFromText).locator('td').last().locator('a');
    const texts = [];
    for (let index = 0; index < (await links.count()); index += 1) {
      texts.push((await links.nth(index).evaluate((link) => link.firstChild?.textContent ?? '')).trim());
    }
    return texts;
  }

  async startCopying(zoneName, effectiveFromText) {
    await this.scaleRow(zoneName, effectiveFromText).getByRole('link', { name: /^Copy with an uplift/ }).click();
    await this.page.waitForURL(/\/pay-scales\/[0-9a-f-]{36}\/copy$/);
  }

  async successMessage() {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
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
