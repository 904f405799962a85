import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CopyScalePage } from './pages/CopyScalePage.mjs';
import { PayBandPage } from './pages/PayBandPage.mjs';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, randomFarFutureDate } from './support/browser.mjs';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asText = ({ day, month, year }) => longDate.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));

// The demo's National Band 5 scales: from 1 April 2025 (replaced, so past), and from 1 April 2026 (£37,909 – £42,251).
const PAST = '1 April 2025';
const CURRENT = '1 April 2026';

describe('an HR admin copies a pay scale with a percentage uplift', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('admin', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  async function openBand5() {
    const payBands = new PayBandsPage(page);
    await payBands.open();
    await payBands.openBand('Probation pay bands', '5');
    const band = new PayBandPage(page);
    await band.waitUntilLoaded('Band 5');
    return band;
  }

  it('offers no change to a past scale, only a copy', async () => {
    const band = await openBand5();
    assert.deepEqual(await band.scaleActions('National', PAST), ['Copy with an uplift']);
    assert.deepEqual(await band.scaleActions('National', CURRENT), ['Change', 'Copy with an uplift']);
  });

  it('reports every missing answer at once, each linked to its field', async () => {
    const band = await openBand5();
    await band.startCopying('National', CURRENT);
    const copy = new CopyScalePage(page);
    await copy.waitUntilLoaded();
    await copy.submit();
    assert.deepEqual(await copy.errorSummaryLinks(), [
      { text: 'Enter the date the new scale takes effect', href: '#effectiveFrom' },
      { text: 'Select whether the new scale is agreed or proposed', href: '#status' },
      { text: 'Enter the uplift as a percentage, like 3.5', href: '#upliftPercent' },
    ]);
    assert.match(await page.title(), /^Error: /);
    await expectAccessible(page, 'the copy page with errors');
  });

  it('adds next year’s scale with every salary raised by 3.5%, rounded to the penny', async () => {
    const band = await openBand5();
    await band.startCopying('National', CURRENT);
    const copy = new CopyScalePage(page);
    await copy.waitUntilLoaded();
    const effectiveFrom = randomFarFutureDate();
    await copy.fill({ effectiveFrom, status: 'Proposed', upliftPercent: '3.5' });
    await copy.submit();
    await page.waitForURL(/\/pay-bands\/[0-9a-f-]{36}$/);
    await band.waitUntilLoaded('Band 5');
    assert.match(await band.successMessage(), new RegExp(`Band 5 National scale from ${asText(effectiveFrom)} added with a 3.5% uplift`));
    const added = (await band.scalesOverTime()).find((scale) => scale.zone === 'National' && scale.effectiveFrom === asText(effectiveFrom));
    assert.ok(added, `no National scale from ${asText(effectiveFrom)}`);
    // £37,909 × 1.035 = £39,235.815 → £39,235.82; £42,251 × 1.035 = £43,729.785 → £43,729.79 (halves round up)
    assert.equal(added.range, '£39,235.82 – £43,729.79');
    assert.match(added.status, /Proposed/);
  });

  it('explains that a past scale cannot be changed when its change page is opened directly', async () => {
    const band = await openBand5();
    const copyLink = band.scaleRow('National', PAST).getByRole('link', { name: /^Copy with an uplift/ });
    const scaleId = /\/pay-scales\/([0-9a-f-]{36})\/copy$/.exec(await copyLink.getAttribute('href'))[1];
    await page.goto(`/pay-scales/${scaleId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'This pay scale can no longer be changed' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save changes' }).count(), 0);
    await expectAccessible(page, 'the past scale page');
  });
});
