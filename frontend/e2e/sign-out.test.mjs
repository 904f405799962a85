import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { BASE_URL, DEMO_PASSWORD, expectAccessible, launchBrowser, newPage } from './support/browser.mjs';

describe('signing out', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('lands on the sign-in page and ends the session', async () => {
    const page = await newPage(browser);
    await new SignInPage(page).signInAs('evaluator', DEMO_PASSWORD);
    await new PayBandsPage(page).open();
    assert.equal((await page.request.get(`${BASE_URL}/api/v1/auth/me`)).status(), 200);
    await new ServiceHeader(page).signOut();
    assert.ok(await new SignInPage(page).isShown());
    await expectAccessible(page, 'the sign-in page after signing out');
    assert.equal((await page.request.get(`${BASE_URL}/api/v1/auth/me`)).status(), 401);
  });

  it('refuses wrong credentials without saying which was wrong', async () => {
    const page = await newPage(browser);
    const signIn = new SignInPage(page);
    await signIn.open();
    await page.getByLabel('Username').fill('staff');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter a correct username and password').waitFor();
    await expectAccessible(page, 'the sign-in page with an error');
  });
});
