import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** HR's staff search (`/staff`) and one person's record (`/staff/:staffNumber`). */
export class StaffSearchPage {
  constructor(page) {
    this.page = page;
  }

  async search(words) {
    await this.page.goto(`/staff?q=${encodeURIComponent(words)}`);
    await this.page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await this.page.getByTestId('staff-count').waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the staff search');
    const table = this.page.getByTestId('staff-results');
    return (await table.count()) === 0 ? [] : (await table.locator('tbody th a').allInnerTexts()).map((text) => text.trim());
  }
}

export class StaffMemberPage {
  constructor(page) {
    this.page = page;
  }

  async open(staffNumber, name) {
    await this.page.goto(`/staff/${encodeURIComponent(staffNumber)}`);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, `the staff record of ${name}`);
  }

  async band() {
    return (await this.page.getByTestId('band').innerText()).trim();
  }

  async timelineTitles() {
    return (await this.page.getByTestId('pay-timeline').locator('h3').allInnerTexts()).map((text) => text.trim());
  }
}
