import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** "Needs your attention" on a role's home page. */
export class AttentionPanel {
  constructor(page) {
    this.page = page;
  }

  /** Waits for the panel on the home page titled `heading`, checks the page with axe, and answers its items' texts. */
  async itemsOn(heading, label) {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const panel = this.page.getByTestId('attention-panel');
    await panel.getByRole('heading', { level: 2, name: 'Needs your attention' }).waitFor();
    await waitUntilLoaded(this.page);
    await panel.locator('[data-testid="attention-item"], [data-testid="attention-none"]').first().waitFor();
    await expectAccessible(this.page, label);
    return (await panel.getByTestId('attention-item').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }
}

/** `/notifications`, reached from the header's "Notifications" link. */
export class NotificationsPage {
  constructor(page) {
    this.page = page;
  }

  headerLink() {
    return this.page.getByTestId('notifications-link');
  }

  /** The unread count the header's link shows, once it has been read from the server. */
  async headerUnreadCount() {
    const link = this.headerLink().filter({ hasText: /^Notifications \(\d+ unread\)$/ });
    await link.waitFor();
    return Number(/\((\d+) unread\)/.exec(await link.innerText())[1]);
  }

  async openFromHeader() {
    await this.headerLink().click();
    await this.page.waitForURL((url) => url.pathname === '/notifications');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await waitUntilLoaded(this.page);
    await this.page.getByTestId('unread-sentence').waitFor();
    await expectAccessible(this.page, 'the notifications page');
  }

  async unreadSentence() {
    return (await this.page.getByTestId('unread-sentence').innerText()).trim();
  }

  /** Each row's status ("Unread" or "Read") and text. */
  async rows() {
    const rows = this.page.getByTestId('notification-row');
    const found = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = rows.nth(i).locator('td');
      found.push({ text: (await cells.nth(0).innerText()).trim(), status: (await cells.nth(2).innerText()).trim() });
    }
    return found;
  }

  async markFirstUnreadRead() {
    await this.page.getByRole('button', { name: /^Mark as read/ }).first().click();
    await this.page.getByText('The notification is marked as read.').waitFor();
  }

  async markAllRead() {
    await this.page.getByRole('button', { name: 'Mark all as read' }).click();
    await this.page.getByText(/notifications? (is|are) marked as read\./).waitFor();
    await expectAccessible(this.page, 'the notifications page after marking all read');
  }
}
