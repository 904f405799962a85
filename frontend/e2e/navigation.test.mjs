import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, MOBILE, newPage, waitUntilLoaded } from './support/browser.mjs';

const SHARED = ['Job descriptions', 'Evaluations', 'Schemes'];
const EVERYONE = [...SHARED, 'Pay bands'];
const APPEALS_AND_REPORTS = ['Appeals', 'Reports'];
const EXPECTED_NAVIGATION = {
  admin: [...EVERYONE, 'Staff', 'Staff imports', 'Re-bandings', 'Protections', 'Vacancies', 'Criteria and training', ...APPEALS_AND_REPORTS, 'Users', 'Audit trail'],
  auditor: [...EVERYONE, 'Staff', 'Staff imports', 'Re-bandings', 'Protections', 'Vacancies', ...APPEALS_AND_REPORTS, 'Audit trail'],
  evaluator: [...EVERYONE, 'Staff', 'Re-bandings', 'Protections', 'Vacancies', ...APPEALS_AND_REPORTS],
  rep: [...EVERYONE, 'Members’ vacancies', ...APPEALS_AND_REPORTS],
  staff: [...SHARED, 'Your pay', 'Vacancies for me', ...APPEALS_AND_REPORTS],
};

/** Where each role lands after signing in, and the heading it sees there (none for pages other features own). */
const HOMES = {
  admin: { path: '/', heading: 'What needs attention' },
  evaluator: { path: '/', heading: 'Evaluations that need you' },
  auditor: { path: '/audit', heading: 'Audit trail' },
  rep: { path: '/', heading: "Your union's work" },
  staff: { path: '/my-pay', heading: 'Your pay and role' },
};

describe('each demo role lands on its home page and sees the navigation its roles allow', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [username, expected] of Object.entries(EXPECTED_NAVIGATION)) {
    it(`${username} lands on ${HOMES[username].path}, sees ${expected.join(', ')} and the national Band 5 range`, async () => {
      const page = await newPage(browser);
      try {
        await new SignInPage(page).signInAs(username, DEMO_PASSWORD);
        await page.waitForURL((url) => url.pathname === HOMES[username].path);
        if (HOMES[username].heading) {
          await page.getByRole('heading', { level: 1, name: HOMES[username].heading }).waitFor();
          await waitUntilLoaded(page);
          await expectAccessible(page, `${username}'s home page`);
        }
        assert.deepEqual(await new ServiceHeader(page).navigationItems(), expected);
        const payBands = new PayBandsPage(page);
        await payBands.open();
        assert.equal(await payBands.salaryRangeOf('Probation pay bands', '5'), '£37,909 – £42,251');
      } finally {
        await page.context().close();
      }
    });
  }

  it('collapses the service navigation behind its Menu button on a small screen', async () => {
    const page = await newPage(browser);
    try {
      await new SignInPage(page).signInAs('admin', DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'What needs attention' }).waitFor();
      await page.setViewportSize(MOBILE);
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.waitFor();
      const list = page.locator('#navigation');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await list.isVisible(), false, 'the sections are hidden until the menu is opened');
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await list.getByRole('link', { name: 'Audit trail' }).click();
      await page.waitForURL((url) => url.pathname === '/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
