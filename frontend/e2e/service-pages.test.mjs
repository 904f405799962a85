import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignInPage } from './pages/SignInPage.mjs';
import { expectAccessible, launchBrowser, newPage } from './support/browser.mjs';

const FOOTER_PAGES = [
  ['Help signing in', '/help/sign-in', 'Help signing in'],
  ['Accessibility statement', '/accessibility', 'Accessibility statement for Bandwise'],
  ['Privacy notice', '/privacy', 'Privacy notice'],
  ['Cookies', '/cookies', 'Cookies'],
];

describe('the service basics, before signing in', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(async () => {
    await browser?.close();
  });

  it('names the organisation and the service in the header, without the GOV.UK crown', async () => {
    await new SignInPage(page).open();
    assert.equal((await page.getByTestId('organisation-name').innerText()).trim(), 'Probation Service');
    assert.equal((await page.locator('.govuk-service-navigation__service-name').innerText()).trim(), 'Bandwise');
    assert.equal(await page.locator('.govuk-header__logotype, .govuk-footer__copyright-logo').count(), 0);
  });

  it('links every footer page, each readable without signing in', async () => {
    for (const [linkText, path, heading] of FOOTER_PAGES) {
      await page.goto('/sign-in');
      await page.locator('.govuk-footer').getByRole('link', { name: linkText, exact: true }).click();
      await page.waitForURL((url) => url.pathname === path);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      await expectAccessible(page, `the ${linkText} page`);
    }
  });

  it('says who to ask about a forgotten password', async () => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL((url) => url.pathname === '/help/sign-in');
    await page.getByText('Ask an HR admin at Probation Service to reset it').waitFor();
  });

  it('lists the special-category data and who sees it', async () => {
    await page.goto('/privacy');
    await page.getByText('equality-monitoring data about staff: sex, ethnicity, disability and age band').waitFor();
    await page.getByRole('table', { name: 'What each role can see' }).waitFor();
  });

  it('names the one essential cookie', async () => {
    await page.goto('/cookies');
    await page.getByRole('cell', { name: 'bandwise_session' }).waitFor();
  });
});
