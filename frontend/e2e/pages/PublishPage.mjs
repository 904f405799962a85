import { expectAccessible } from '../support/browser.mjs';

/** Publishing the outcome with its effective date (`/evaluations/:id/publish`). */
export class PublishPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Publish the outcome' }).waitFor();
    await this.page.locator('#effectiveFrom').waitFor();
    await expectAccessible(this.page, 'the publish page');
  }

  async blockers() {
    const blockers = this.page.getByTestId('publish-blockers');
    return (await blockers.count()) === 0 ? [] : (await blockers.locator('li').allInnerTexts()).map((text) => text.trim());
  }

  /** Enters the date, continues to the confirmation page (checked with axe) and confirms. */
  async publish({ day, month, year }) {
    await this.page.locator('#effectiveFrom').fill(day);
    await this.page.locator('#effectiveFrom-month').fill(month);
    await this.page.locator('#effectiveFrom-year').fill(year);
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to publish the outcome?' }).waitFor();
    await this.page.getByTestId('publication-summary').waitFor();
    await expectAccessible(this.page, 'the publication confirmation page');
    await this.page.getByRole('button', { name: 'Publish the outcome' }).click();
  }
}
