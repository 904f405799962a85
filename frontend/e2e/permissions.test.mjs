import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { BASE_URL, DEMO_PASSWORD, expectAccessible, launchBrowser, newPage } from './support/browser.mjs';

describe('a staff member cannot reach an admin page', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('staff', DEMO_PASSWORD);
    await new PayBandsPage(page).open();
  });
  after(async () => {
    await browser?.close();
  });

  it('has no Users item in the navigation', async () => {
    assert.ok(!(await new ServiceHeader(page).navigationItems()).includes('Users'));
  });

  it('sees the permission page at /users', async () => {
    await page.goto('/users');
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' }).waitFor();
    await expectAccessible(page, 'the permission page');
  });

  it('is refused by the API itself with 403', async () => {
    const response = await page.request.get(`${BASE_URL}/api/v1/users`);
    assert.equal(response.status(), 403);
  });
});
