import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PayBandPage } from './pages/PayBandPage.mjs';
import { PayBandsPage } from './pages/PayBandsPage.mjs';
import { PayScaleFormPage } from './pages/PayScaleFormPage.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, randomFarFutureDate } from './support/browser.mjs';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asText = ({ day, month, year }) => longDate.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));

describe('an HR admin manages pay scales', () => {
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

  async function openAddScaleForBand5() {
    const payBands = new PayBandsPage(page);
    await payBands.open();
    await payBands.openBand('Probation pay bands', '5');
    const band = new PayBandPage(page);
    await band.waitUntilLoaded('Band 5');
    await band.startAddingScale();
    const form = new PayScaleFormPage(page);
    await form.waitUntilLoaded();
    return { band, form };
  }

  it('adds a proposed scale and sees it in "Scales over time"', async () => {
    const effectiveFrom = randomFarFutureDate();
    const { band, form } = await openAddScaleForBand5();
    await form.fill({ zoneName: 'London', effectiveFrom, status: 'Proposed', salaries: ['45000', '46,500.50', '48000'] });
    await form.submit();
    await page.waitForURL(/\/pay-bands\/[0-9a-f-]{36}$/);
    await band.waitUntilLoaded('Band 5');
    const scales = await band.scalesOverTime();
    const added = scales.find((scale) => scale.zone === 'London' && scale.effectiveFrom === asText(effectiveFrom));
    assert.ok(added, `no London scale from ${asText(effectiveFrom)} in ${JSON.stringify(scales)}`);
    assert.equal(added.range, '£45,000 – £48,000');
    assert.match(added.status, /Proposed/);
  });

  it('shows the server’s validation error at the second point’s salary', async () => {
    const { form } = await openAddScaleForBand5();
    await form.fill({ zoneName: 'National', effectiveFrom: randomFarFutureDate(), status: 'Agreed', salaries: ['40000', '39000'] });
    await form.submit();
    const links = await form.errorSummaryLinks();
    const atSecondSalary = links.find((link) => link.href === '#points-1-salary');
    assert.ok(atSecondSalary, `no error linked to the second salary in ${JSON.stringify(links)}`);
    assert.equal(await form.inlineErrorAt('points-1-salary'), atSecondSalary.text);
    assert.equal(await form.inlineErrorAt('points-0-salary'), undefined);
    assert.match(await page.title(), /^Error: /);
    await expectAccessible(page, 'the add a pay scale page with errors');
  });
});
