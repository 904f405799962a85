import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** A staff member's own pay and role (`/my-pay`), their home page. */
export class MyPayPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Your pay and role' }).waitFor();
    await waitUntilLoaded(this.page);
    await this.page.getByTestId('pay-summary').waitFor();
    await expectAccessible(this.page, 'the staff member’s own pay page');
  }

  async protectionNotice() {
    return (await this.page.getByTestId('protection-notice').innerText()).replace(/\s+/g, ' ').trim();
  }

  async notices() {
    const list = this.page.getByTestId('notices');
    return (await list.count()) === 0 ? [] : (await list.locator('li').allInnerTexts()).map((text) => text.trim());
  }

  async value(testId) {
    return (await this.page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();
  }
}
