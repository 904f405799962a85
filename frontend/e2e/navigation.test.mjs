import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, launchBrowser, newPage } from './support/browser.mjs';

const EVERYONE = ['Job descriptions', 'Evaluations', 'Schemes', 'Pay bands'];
const EXPECTED_NAVIGATION = {
  admin: [...EVERYONE, 'Users', 'Audit trail'],
  auditor: [...EVERYONE, 'Audit trail'],
  evaluator: EVERYONE,
  rep: EVERYONE,
  staff: EVERYONE,
};

describe('each demo role sees the navigation its roles allow', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [username, expected] of Object.entries(EXPECTED_NAVIGATION)) {
    it(`${username} sees ${expected.join(', ')} and the national Band 5 range`, async () => {
      const page = await newPage(browser);
      try {
        await new SignInPage(page).signInAs(username, DEMO_PASSWORD);
        const payBands = new PayBandsPage(page);
        await payBands.waitUntilLoaded();
        assert.deepEqual(await new ServiceHeader(page).navigationItems(), expected);
        assert.equal(await payBands.salaryRangeOf('Probation pay bands', '5'), '£37,909 – £42,251');
      } finally {
        await page.context().close();
      }
    });
  }
});
