import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** Modelling a re-banding (`/rebandings/new`). */
export class NewRebandingPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/rebandings/new');
    await this.page.getByRole('heading', { level: 1, name: 'Model a re-banding' }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the new re-banding page');
  }

  /** Picks the outcome by its option text, ticks the JDs it replaces, enters the date and models it; returns the id. */
  async model({ outcome, replaces = [], date }) {
    await this.page.getByLabel('Published outcome').selectOption({ label: outcome });
    for (const jd of replaces) {
      await this.page.getByLabel(jd).check();
    }
    if (date) {
      await this.page.locator('#effectiveFrom').fill(date.day);
      await this.page.locator('#effectiveFrom-month').fill(date.month);
      await this.page.locator('#effectiveFrom-year').fill(date.year);
    }
    await expectAccessible(this.page, 'the filled-in new re-banding page');
    await this.page.getByRole('button', { name: 'Model the impact' }).click();
    await this.page.waitForURL((url) => /^\/rebandings\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 60_000 });
    return new URL(this.page.url()).pathname.split('/').pop();
  }
}

/** One re-banding's impact (`/rebandings/:id`). */
export class RebandingPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByTestId('impact-totals').waitFor({ timeout: 60_000 });
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'a re-banding impact page');
  }

  async status() {
    return (await this.page.locator('h1 + p .govuk-tag').innerText()).trim();
  }

  async headcounts() {
    const number = async (id) => Number((await this.page.getByTestId(id).innerText()).replace(/[^\d]/g, ''));
    return { up: await number('total-up'), same: await number('total-same'), down: await number('total-down') };
  }

  /** The financial years of the pay-bill table and their figures, as shown. */
  async payBillTable() {
    const rows = await this.page.getByTestId('paybill-table').locator('tbody tr').all();
    return Promise.all(rows.map(async (row) => [(await row.locator('th').innerText()).trim(), (await row.locator('td').innerText()).trim()]));
  }

  async chartDescription() {
    return this.page.locator('#paybill-chart-desc').textContent();
  }

  /** Applies through the GOV.UK confirmation page (checked with axe) and waits for the success banner. */
  async apply() {
    await this.page.getByRole('button', { name: 'Apply the re-banding' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to apply the re-banding?' }).waitFor();
    await expectAccessible(this.page, 'the apply re-banding confirmation page');
    await this.page.getByRole('button', { name: 'Apply the re-banding' }).click();
    await this.page.getByRole('alert', { name: 'Success' }).waitFor({ timeout: 60_000 });
    await this.waitUntilLoaded();
  }
}
