import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MyPayPage } from './pages/MyPayPage.mjs';
import { NewRebandingPage, RebandingPage } from './pages/RebandingPages.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { StaffImportPage } from './pages/StaffImportPage.mjs';
import { StaffImportsPage } from './pages/StaffImportsPage.mjs';
import { StaffMemberPage, StaffSearchPage } from './pages/StaffPages.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, waitUntilLoaded } from './support/browser.mjs';

const COLUMNS = [
  'staff_number', 'first_name', 'last_name', 'work_email', 'username', 'post_number', 'jd_reference', 'unit', 'pay_zone',
  'pay_structure', 'band', 'pay_point', 'weekly_hours', 'start_date', 'leaving_date', 'sex', 'ethnicity', 'disability',
  'date_of_birth', 'union', 'allowances_pence', 'bonus_pence', 'full_pay',
];

// unique per run, so re-runs against the same database create new people
const RUN = Date.now().toString(36).toUpperCase();
const PEOPLE = [
  { staffNumber: `E2E${RUN}A`, first: 'Robin', last: `Ashdown${RUN}` },
  { staffNumber: `E2E${RUN}B`, first: 'Jamie', last: `Brightwell${RUN}` },
];

function row(person, index, overrides = {}) {
  const values = {
    staff_number: person.staffNumber,
    first_name: person.first,
    last_name: person.last,
    work_email: `${person.first.toLowerCase()}.${person.last.toLowerCase()}@example.gov.uk`,
    username: '',
    post_number: `E2E-${RUN}-${index + 1}`,
    jd_reference: 'PDU-VLO-001',
    unit: 'Journey test unit',
    pay_zone: 'NATIONAL',
    pay_structure: '',
    band: '5',
    pay_point: '1',
    weekly_hours: '37',
    start_date: '2019-01-07',
    leaving_date: '',
    sex: index % 2 === 0 ? 'F' : 'M',
    ethnicity: 'Not declared',
    disability: 'N',
    date_of_birth: '06/05/1984',
    union: 'UNISON',
    allowances_pence: '0',
    bonus_pence: '0',
    full_pay: 'Y',
    ...overrides,
  };
  return COLUMNS.map((column) => values[column]).join(',');
}

const csv = (rows) => `${COLUMNS.join(',')}\r\n${rows.join('\r\n')}\r\n`;

/** Tomorrow, as GOV.UK date input parts (the re-banding takes effect after the import's own pay-history entry). */
function tomorrow() {
  const date = new Date(Date.now() + 24 * 60 * 60 * 1000);
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}

describe('HR imports staff from a file with errors, fixes it, applies it, then models and applies a re-banding', () => {
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

  it('offers the published template', async () => {
    const imports = new StaffImportsPage(page);
    await imports.open();
    assert.deepEqual(await imports.templateColumns(), COLUMNS);
  });

  it('reports every error in the file, each with its row, and offers no apply', async () => {
    const imports = new StaffImportsPage(page);
    await imports.open();
    await imports.upload('staff-with-errors.csv', csv([row(PEOPLE[0], 0, { band: '9' }), row(PEOPLE[1], 1, { weekly_hours: '60' })]));
    const result = new StaffImportPage(page);
    await result.waitUntilChecked();
    const errors = await result.errors();
    assert.ok(errors.length >= 2, `expected at least 2 errors, got ${JSON.stringify(errors)}`);
    assert.ok(errors.some((error) => error.row === '1' && error.staffNumber === PEOPLE[0].staffNumber), JSON.stringify(errors));
    assert.ok(errors.some((error) => error.row === '2' && error.staffNumber === PEOPLE[1].staffNumber), JSON.stringify(errors));
    assert.ok(errors.every((error) => /[.!?]$/.test(error.message)), 'each message is a sentence');
    assert.equal(await result.canApply(), false);
    assert.equal((await new StaffSearchPage(page).search(PEOPLE[0].last)).length, 0, 'nothing was written');
  });

  it('applies the corrected file, creating both people', async () => {
    const imports = new StaffImportsPage(page);
    await imports.open();
    await imports.upload('staff-fixed.csv', csv([row(PEOPLE[0], 0), row(PEOPLE[1], 1)]));
    const result = new StaffImportPage(page);
    await result.waitUntilChecked();
    assert.deepEqual(await result.errors(), []);
    assert.equal((await result.summary())['New staff to create'], 2);
    await result.apply();
    assert.deepEqual(await new StaffSearchPage(page).search(PEOPLE[0].last), [`${PEOPLE[0].first} ${PEOPLE[0].last}`]);
    const record = new StaffMemberPage(page);
    await record.open(PEOPLE[0].staffNumber, `${PEOPLE[0].first} ${PEOPLE[0].last}`);
    assert.equal(await record.band(), 'Band 5');
  });

  it('models the re-banding of the Victim Liaison Officer outcome, shows its impact, and applies it', async () => {
    const modelling = new NewRebandingPage(page);
    await modelling.open();
    await modelling.model({ outcome: 'Victim Liaison Officer (PDU-VLO-001)', date: tomorrow() });
    const rebanding = new RebandingPage(page);
    await rebanding.waitUntilLoaded();
    assert.equal(await rebanding.status(), 'Draft');
    const { up, same, down } = await rebanding.headcounts();
    assert.ok(up + same + down >= 2, 'the two imported holders are in scope');
    const years = await rebanding.payBillTable();
    assert.equal(years.length, 3, 'the effective year and the two after');
    const description = await rebanding.chartDescription();
    for (const [year] of years) {
      assert.ok(description.includes(year), `the chart describes ${year} as the table does`);
    }
    await rebanding.apply();
    assert.equal(await rebanding.status(), 'Applied');
    assert.equal(await page.getByRole('button', { name: 'Apply the re-banding' }).count(), 0, 'an applied re-banding cannot be applied again');

    await page.goto('/rebandings');
    await page.getByRole('heading', { level: 1, name: 'Re-bandings' }).waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the re-bandings list');
    const first = page.getByTestId('rebandings').locator('tbody tr').first();
    assert.match(await first.innerText(), /Victim Liaison Officer[\s\S]*Applied/);
  });

  it('shows HR the protections that end within 90 days', async () => {
    await page.goto('/protections');
    await page.getByRole('heading', { level: 1, name: 'Pay protection' }).waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the protections page');
  });
});

describe('a protected member of staff sees their protected pay and the date it ends', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('staff2 lands on their own pay: protected at their old salary until 31 July 2028, at risk, re-banded in plain English', async () => {
    const page = await newPage(browser);
    try {
      await new SignInPage(page).signInAs('staff2', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/my-pay');
      const myPay = new MyPayPage(page);
      await myPay.waitUntilLoaded();
      assert.match(await myPay.protectionNotice(), /Your pay is protected at £[\d,]+(\.\d\d)? until 31 July 2028\./);
      assert.match(await myPay.value('protection'), /until 31 July 2028/);
      assert.match(await myPay.value('at-risk'), /At risk/);
      assert.match(await myPay.value('band'), /Band 3/);
      const notices = await myPay.notices();
      assert.ok(
        notices.some((notice) => /re-banded from Band 4 to Band 3 on 1 August 2026\. Your pay is protected at £[\d,]+ until 31 July 2028\./.test(notice)),
        JSON.stringify(notices),
      );
      const protectedPay = /£([\d,]+)/.exec(await myPay.protectionNotice())[1];
      assert.match(await myPay.value('paid-salary'), new RegExp(`£${protectedPay}`), 'paid salary is the protected salary');
    } finally {
      await page.context().close();
    }
  });
});
