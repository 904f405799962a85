import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuditTrailPage } from './pages/AuditTrailPage.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { BASE_URL, DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, randomFarFutureDate } from './support/browser.mjs';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asText = ({ day, month, year }) => longDate.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
const iso = ({ day, month, year }) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

function todayUtc() {
  const now = new Date();
  return { day: String(now.getUTCDate()), month: String(now.getUTCMonth() + 1), year: String(now.getUTCFullYear()) };
}

/** An HR admin adds a London scale to Band 5 through the API, so the trail has a change of our own to find. */
async function addLondonScaleAsAdmin(browser, effectiveFrom) {
  const page = await newPage(browser);
  try {
    await new SignInPage(page).signInAs('admin', DEMO_PASSWORD);
    const bands = await (await page.request.get(`${BASE_URL}/api/v1/pay-bands?size=100`)).json();
    const band5 = bands.items.find((band) => band.structureName === 'Probation pay bands' && band.code === '5');
    const created = await page.request.post(`${BASE_URL}/api/v1/pay-bands/${band5.id}/scales`, {
      headers: { 'X-Requested-With': 'bandwise' },
      data: {
        zone: 'LONDON',
        effectiveFrom: iso(effectiveFrom),
        status: 'PROPOSED',
        points: [
          { number: 1, annualSalaryPence: 4100000 },
          { number: 2, annualSalaryPence: 4300000 },
        ],
      },
    });
    assert.equal(created.status(), 201, await created.text());
    return { bandId: band5.id, bandName: band5.name };
  } finally {
    await page.context().close();
  }
}

describe('an auditor reads, filters and downloads the audit trail', () => {
  let browser;
  let page;
  let effectiveFrom;
  let band;
  before(async () => {
    browser = await launchBrowser();
    effectiveFrom = randomFarFutureDate();
    band = await addLondonScaleAsAdmin(browser, effectiveFrom);
    page = await newPage(browser);
    await new SignInPage(page).signInAs('auditor', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('lands on the audit trail after signing in', async () => {
    await page.waitForURL((url) => url.pathname === '/audit');
    await new AuditTrailPage(page).waitUntilLoaded();
  });

  it('finds the new scale by who, kind of record and date, in plain English with a link to the record', async () => {
    const audit = new AuditTrailPage(page);
    await audit.filter({ who: 'admin', kind: 'Pay scales', from: todayUtc(), to: todayUtc() });
    await page.waitForURL((url) => url.searchParams.get('entityType') === 'PAY_SCALE' && url.searchParams.get('actor') === 'admin');
    await audit.waitUntilLoaded();
    assert.match(await audit.resultCount(), /changes? match these filters/);
    const events = await audit.events();
    const scaleName = `${band.bandName} London scale from ${asText(effectiveFrom)}`;
    const ours = events.find((event) => event.record === scaleName);
    assert.ok(ours, `no event for ${scaleName} in ${JSON.stringify(events.map((event) => event.record))}`);
    assert.equal(ours.kind, 'Pay scale');
    assert.match(ours.action, /^Created/);
    assert.ok(ours.changes.includes(`Effective from: ${asText(effectiveFrom)}`), JSON.stringify(ours.changes));
    assert.ok(ours.changes.includes('Pay zone: London'), JSON.stringify(ours.changes));
    assert.ok(ours.changes.includes('Status: Proposed'), JSON.stringify(ours.changes));
    for (const event of events) {
      const text = [event.when, event.who, event.kind, event.record, event.action, ...event.changes].join(' ');
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, `an ISO date on screen: ${text}`);
      assert.doesNotMatch(text, /\b[0-9a-f]{8}-[0-9a-f]{4}-/, `an id on screen: ${text}`);
      assert.doesNotMatch(text, /\b[A-Z]+_[A-Z_]+\b/, `a code on screen: ${text}`);
    }
    assert.equal(ours.recordHref, `/pay-bands/${band.bandId}`);
  });

  it('downloads the filtered trail as CSV, with formula characters neutralised', async () => {
    const csv = await new AuditTrailPage(page).downloadCsv();
    const lines = csv.split(/\r\n/);
    assert.equal(lines[0], 'When (UTC),Who,Username,Kind of record,Record,Action,Summary,Field,Before,After,Record id');
    assert.ok(
      lines.some((line) => line.includes(`Effective from,,${asText(effectiveFrom)}`)),
      `the scale's effective date is not in the CSV:\n${csv.slice(0, 2000)}`,
    );
    assert.ok(lines.slice(1).every((line) => line === '' || line.includes(',admin,')), 'only changes by admin were exported');
    assert.ok(!lines.slice(1).some((line) => /(^|,)"?[=+@]/.test(line)), 'no cell starts with a formula character');
  });

  it('explains a date that is not real and a range that runs backwards, all at once', async () => {
    const audit = new AuditTrailPage(page);
    await audit.open();
    await audit.filter({ from: { day: '31', month: '2', year: '2026' }, to: { day: '1', month: '', year: '2026' } });
    const links = await audit.errorSummaryLinks();
    assert.deepEqual(links, [
      { text: 'The start date must be a real date', href: '#from' },
      { text: 'The end date must include a month', href: '#to-month' },
    ]);
    assert.match(await page.title(), /^Error: /);
    await expectAccessible(page, 'the audit trail with errors');
    await page.locator('#from').fill('2');
    await page.locator('#to-month').fill('1');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.govuk-error-summary').getByText('The end date must be the same as or after the start date').waitFor();
    const backwards = await audit.errorSummaryLinks();
    assert.deepEqual(backwards, [{ text: 'The end date must be the same as or after the start date', href: '#to' }]);
  });
});
