import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ReportPages } from './pages/ReportPages.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, newPage } from './support/browser.mjs';

// Works on whatever people the demo data holds (none yet on some builds): it checks the pages, their filters,
// downloads and access, and that each figure shown is the API's.

describe('HR reads the reports', () => {
  let browser;
  let page;
  let reports;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('admin', DEMO_PASSWORD);
    reports = new ReportPages(page);
  });
  after(async () => {
    await browser?.close();
  });

  it('lists every report for an HR admin', async () => {
    await reports.openList();
    assert.deepEqual(await reports.reportLinks(), ['Gender pay gap', 'Equal-pay audit', 'Band distribution and pay bill', 'Pay protection', 'Evaluation throughput', 'Appeals']);
  });

  it('shows the gender pay gap on a snapshot date, with the same figures as the API and its downloads', async () => {
    await reports.openFromList('Gender pay gap');
    await reports.filterByDate({ day: '31', month: '3', year: '2026' });
    await page.waitForURL((url) => url.searchParams.get('snapshot') === '2026-03-31');
    await reports.waitForReport('Gender pay gap');
    const api = await (await page.request.get(`${BASE_URL}/api/v1/reports/gender-pay-gap?snapshot=2026-03-31`)).json();
    assert.equal(api.snapshot, '2026-03-31');
    assert.match(await page.locator('main').innerText(), new RegExp(`${api.relevantEmployees.toLocaleString('en-GB')} relevant employees`));
    const links = await reports.downloadLinks();
    assert.ok(links.includes('/api/v1/reports/gender-pay-gap/export?snapshot=2026-03-31&format=service'), links.join(', '));
    const service = await page.request.get(`${BASE_URL}${links[0]}`);
    assert.equal(service.status(), 200);
    assert.match(await service.text(), /^DiffMeanHourlyPercent,DiffMedianHourlyPercent,/);
  });

  it('says so when the snapshot date is not a real date', async () => {
    await reports.filterByDate({ day: '30', month: '2', year: '2026' });
    assert.match(await reports.errorSummary(), /Snapshot date must be a real date/);
  });

  it('shows the equal-pay audit and the band distribution', async () => {
    await reports.open('/reports/equal-pay', 'Equal-pay audit');
    assert.ok((await reports.headline()).length > 0);
    await reports.open('/reports/band-distribution', 'Band distribution and pay bill');
    const api = await (await page.request.get(`${BASE_URL}/api/v1/reports/band-distribution`)).json();
    const headline = await reports.headline();
    if (api.total.headcount === 0) {
      assert.equal(headline, 'Nobody is employed on this date.');
    } else {
      assert.match(headline, new RegExp(`^${api.total.headcount.toLocaleString('en-GB')} (person|people)`));
    }
  });

  it('shows who is protected, with the same count as the API and its downloads', async () => {
    await reports.open('/reports/protection?date=2026-11-30', 'Pay protection');
    const api = await (await page.request.get(`${BASE_URL}/api/v1/reports/protection?date=2026-11-30`)).json();
    const headline = await reports.headline();
    if (api.protectedCount === 0) {
      assert.equal(headline, 'Nobody is protected on this date.');
    } else {
      assert.match(headline, new RegExp(`^${api.protectedCount.toLocaleString('en-GB')} (person is|people are) protected`));
    }
    const links = await reports.downloadLinks();
    assert.ok(links.includes('/api/v1/reports/protection/export?date=2026-11-30&format=csv&table=people'), links.join(', '));
    const csv = await page.request.get(`${BASE_URL}/api/v1/reports/protection/export?date=2026-11-30&format=csv&table=people`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /^Staff number,Name,Unit,Old band,/);
  });

  it('shows evaluation waiting times for a period kept in the URL', async () => {
    await reports.open('/reports/evaluation-throughput?from=2025-12-01&to=2026-11-30', 'Evaluation throughput');
    const api = await (await page.request.get(`${BASE_URL}/api/v1/reports/evaluation-throughput?from=2025-12-01&to=2026-11-30`)).json();
    assert.equal(api.from, '2025-12-01');
    const headline = await reports.headline();
    if (api.published.count === 0 && api.waiting.count === 0) {
      assert.equal(headline, 'No evaluations were requested in this period.');
    } else {
      assert.match(headline, new RegExp(`${api.waiting.count.toLocaleString('en-GB')} (is|are) still waiting`));
    }
    const links = await reports.downloadLinks();
    assert.ok(links.includes('/api/v1/reports/evaluation-throughput/export?from=2025-12-01&to=2026-11-30&format=csv'), links.join(', '));
  });

  it('shows appeals by kind and outcome, with the same total as the API', async () => {
    await reports.open('/reports/appeals?from=2025-12-01&to=2026-11-30', 'Appeals');
    const api = await (await page.request.get(`${BASE_URL}/api/v1/reports/appeals?from=2025-12-01&to=2026-11-30`)).json();
    const headline = await reports.headline();
    if (api.total.total === 0) {
      assert.equal(headline, 'No appeals were lodged in this period.');
    } else {
      assert.match(headline, new RegExp(`^${api.total.total.toLocaleString('en-GB')} appeals?:`));
    }
    const csv = await page.request.get(`${BASE_URL}/api/v1/reports/appeals/export?from=2025-12-01&to=2026-11-30&format=csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /^Kind,Upheld,Partly upheld,Not upheld,/);
  });
});

describe('staff see the organisation-wide gender pay gap only', () => {
  let browser;
  let page;
  let reports;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('staff', DEMO_PASSWORD);
    reports = new ReportPages(page);
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the gender pay gap alone and opens it without a unit filter', async () => {
    await reports.openList();
    assert.deepEqual(await reports.reportLinks(), ['Gender pay gap']);
    await reports.openFromList('Gender pay gap');
    assert.equal(await page.getByLabel('Unit').count(), 0);
  });

  it('is not let into the equal-pay audit', async () => {
    await page.goto('/reports/equal-pay');
    assert.match(await reports.isForbidden(), /permission|not allowed|cannot/i);
  });
});
