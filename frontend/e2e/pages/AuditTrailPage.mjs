import { readFile } from 'node:fs/promises';
import { expectAccessible } from '../support/browser.mjs';

/** The audit trail: filters, the table of changes, and the CSV download. */
export class AuditTrailPage {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`/audit${query}`);
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await this.page.locator('main p[role="status"]').filter({ hasText: /change/ }).waitFor();
    await expectAccessible(this.page, 'the audit trail');
  }

  async filter({ who, kind, from, to }) {
    const page = this.page;
    if (who !== undefined) await page.getByLabel('Who made the change').fill(who);
    if (kind !== undefined) await page.getByLabel('Kind of record').selectOption({ label: kind });
    for (const [id, date] of [
      ['from', from],
      ['to', to],
    ]) {
      if (date !== undefined) {
        await page.locator(`#${id}`).fill(date.day);
        await page.locator(`#${id}-month`).fill(date.month);
        await page.locator(`#${id}-year`).fill(date.year);
      }
    }
    await page.getByRole('button', { name: 'Apply filters' }).click();
  }

  async resultCount() {
    return (await this.page.locator('main p[role="status"]').innerText()).trim();
  }

  /** The table's rows as { when, who, kind, record, recordHref, action, changes }. */
  async events() {
    const rows = this.page.locator('table.app-audit-table tbody tr');
    const events = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
      const cells = rows.nth(index).locator('td');
      const recordLink = cells.nth(2).locator('a');
      events.push({
        when: (await cells.nth(0).innerText()).trim(),
        who: (await cells.nth(1).innerText()).trim(),
        kind: (await cells.nth(2).locator('.govuk-caption-s').innerText()).trim(),
        record: (await recordLink.count()) > 0 ? (await recordLink.innerText()).trim() : (await cells.nth(2).innerText()).trim(),
        recordHref: (await recordLink.count()) > 0 ? await recordLink.getAttribute('href') : undefined,
        action: (await cells.nth(3).innerText()).trim(),
        changes: (await cells.nth(4).locator('li').allInnerTexts()).map((text) => text.trim()),
      });
    }
    return events;
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

  /** Clicks the CSV link and returns the downloaded file's text. */
  async downloadCsv() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: /as a spreadsheet \(CSV\)/ }).click(),
    ]);
    return readFile(await download.path(), 'utf8');
  }
}
