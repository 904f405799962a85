import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AttentionPanel, NotificationsPage } from './pages/AttentionPages.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, launchBrowser, newPage } from './support/browser.mjs';

// The demo's appeals (DemoAppeals): Napo's appeal against the JD's content, lodged on 16 November 2026 and due to be
// acknowledged by 30 November 2026, and UNISON's appeal lodged on 20 October 2026, both unacknowledged — overdue from
// 1 December 2026 on. Napo's appeals include Jordan Lee, whose account is `staff`.
const NAPO_OVERDUE = /Overdue Overdue: (acknowledge|HR should have acknowledged) Napo's appeal about Intervention Facilitator/;
const UNISON_OVERDUE = /Overdue Overdue: (acknowledge|HR should have acknowledged) UNISON's appeal about Intervention Facilitator/;

describe('needs your attention on each home page, and the notifications page', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  const HOMES = [
    { username: 'admin', heading: 'What needs attention', napo: true, unison: true, acts: true },
    { username: 'evaluator', heading: 'Evaluations that need you', napo: true, unison: true, acts: true },
    { username: 'rep', heading: "Your union's work", napo: true, unison: false, acts: false },
    { username: 'rep2', heading: "Your union's work", napo: false, unison: true, acts: false },
    { username: 'staff', heading: 'Your pay and role', napo: true, unison: false, acts: false },
  ];

  for (const home of HOMES) {
    it(`${home.username} sees what needs their attention on their home page`, async () => {
      const page = await newPage(browser);
      try {
        await new SignInPage(page).signInAs(home.username, DEMO_PASSWORD);
        const items = await new AttentionPanel(page).itemsOn(home.heading, `${home.username}'s home page with what needs attention`);
        assert.equal(items.some((text) => NAPO_OVERDUE.test(text)), home.napo, items.join('\n'));
        assert.equal(items.some((text) => UNISON_OVERDUE.test(text)), home.unison, items.join('\n'));
        if (home.napo || home.unison) {
          // HR is told to take the step; everyone else, who must
          const overdue = items.find((text) => text.startsWith('Overdue Overdue: '));
          assert.match(overdue, home.acts ? /^Overdue Overdue: acknowledge / : /^Overdue Overdue: HR should have acknowledged /);
          // overdue items come first
          const firstNotOverdue = items.findIndex((text) => !text.startsWith('Overdue'));
          const lastOverdue = items.findLastIndex((text) => text.startsWith('Overdue'));
          assert.ok(firstNotOverdue === -1 || lastOverdue < firstNotOverdue, items.join('\n'));
        }
      } finally {
        await page.context().close();
      }
    });
  }

  // HR hear of every demo appeal's lodging and of the overdue acknowledgements (the deadline sweep at start-up)
  it('HR read their notifications, mark one and then all as read, and the header count follows', async () => {
    const page = await newPage(browser);
    try {
      await new SignInPage(page).signInAs('evaluator', DEMO_PASSWORD);
      const notifications = new NotificationsPage(page);
      const unread = await notifications.headerUnreadCount();
      assert.ok(unread >= 2, `${unread} unread`);
      await notifications.openFromHeader();
      assert.equal(await notifications.unreadSentence(), unread === 1 ? 'You have 1 unread notification.' : `You have ${unread} unread notifications.`);
      const rows = await notifications.rows();
      assert.ok(rows.some((row) => row.status === 'Unread'), JSON.stringify(rows));
      assert.ok(rows.some((row) => /Intervention Facilitator/.test(row.text)), JSON.stringify(rows));

      await notifications.markFirstUnreadRead();
      await page.getByTestId('notifications-link').filter({ hasText: `Notifications (${unread - 1} unread)` }).waitFor();
      assert.ok((await notifications.rows()).some((row) => row.status === 'Read'));
      await notifications.markAllRead();
      await page.getByTestId('unread-sentence').filter({ hasText: 'You have no unread notifications.' }).waitFor();
      await page.getByTestId('notifications-link').filter({ hasText: /^Notifications$/ }).waitFor();
      assert.ok((await notifications.rows()).every((row) => row.status === 'Read'));
    } finally {
      await page.context().close();
    }
  });
});
