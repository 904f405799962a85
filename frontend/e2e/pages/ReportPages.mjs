import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** The report screens: the list of reports, and each report with its headline, filter, tables and downloads. */
export class ReportPages {
  constructor(page) {
    this.page = page;
  }

  async openList() {
    await this.page.goto('/reports');
    await this.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await expectAccessible(this.page, 'the list of reports');
  }

  async reportLinks() {
    return (await this.page.locator('main a.govuk-link').allInnerTexts()).map((t) => t.trim());
  }

  /** Opens a report by its link on the list and waits for its headline. */
  async openFromList(name) {
    await this.page.getByRole('link', { name }).click();
    await this.waitForReport(name);
  }

  async open(path, heading) {
    await this.page.goto(path);
    await this.waitForReport(heading);
  }

  async waitForReport(heading) {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await waitUntilLoaded(this.page);
    await this.page.getByTestId('headline').waitFor();
    await expectAccessible(this.page, heading);
  }

  async headline() {
    return (await this.page.getByTestId('headline').innerText()).trim();
  }

  async filterByDate({ day, month, year }) {
    await this.page.locator('#report-date').fill(day);
    await this.page.locator('#report-date-month').fill(month);
    await this.page.locator('#report-date-year').fill(year);
    await this.page.getByRole('button', { name: 'Show report' }).click();
  }

  async errorSummary() {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expectAccessible(this.page, 'a report with a filter error');
    return (await summary.innerText()).trim();
  }

  async downloadLinks() {
    return this.page.locator('main a[href*="/export"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  }

  async isForbidden() {
    await waitUntilLoaded(this.page);
    return (await this.page.locator('main h1').innerText()).trim();
  }
}
