import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { MyVacanciesPage, RingFencesPage, VacanciesPage } from './pages/VacancyPages.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, waitUntilLoaded } from './support/browser.mjs';

const LONG_DATE = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;
const ENUMS = /RING_FENCE|INTERNAL|EXTERNAL|OFFER_MADE|ESSENTIAL_CRITERION|AT_RISK|NOT_SUITABLE|\d{4}-\d{2}-\d{2}/;

describe('HR opens the vacancies, sees the facilitator ring-fence pool and records a suitability decision', () => {
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

  it('lists the Band 4 vacancies with their stage, unit and closing date in words', async () => {
    assert.ok((await new ServiceHeader(page).navigationItems()).includes('Vacancies'));
    const list = new VacanciesPage(page);
    await list.open();
    const rows = await list.rows();
    const titles = rows.map((row) => row.title);
    for (const title of ['Treatment Manager', 'Victim Liaison Officer', 'Probation Officer']) {
      assert.ok(titles.some((candidate) => candidate.startsWith(title)), `${title} is listed: ${JSON.stringify(titles)}`);
    }
    for (const row of rows) {
      assert.match(row.closes, LONG_DATE);
      assert.doesNotMatch(JSON.stringify(row), ENUMS);
    }
    assert.ok(rows.some((row) => row.title === 'Treatment Manager' && row.stage.startsWith('Stage 1: ring-fenced')), JSON.stringify(rows));

    await list.open('?stage=RING_FENCE');
    const ringFenced = await list.rows();
    assert.ok(ringFenced.length > 0);
    assert.ok(ringFenced.every((row) => row.stage.startsWith('Stage 1: ring-fenced')), JSON.stringify(ringFenced));
  });

  it('shows the Treatment Manager vacancy in North West Interventions with its ring-fence and the facilitators in its pool', async () => {
    const list = new VacanciesPage(page);
    await list.open('?stage=RING_FENCE');
    const vacancy = await list.openVacancy('Treatment Manager', 'North West: Interventions');
    assert.match(await vacancy.status(), /Stage 1: ring-fenced/);
    assert.match(await vacancy.ringFence(), /^Ring-fenced for staff at risk .*until 31 January 2027/);
    const pool = await vacancy.pool();
    assert.ok(pool.length > 0, 'the at-risk facilitators are in the pool');
    assert.match((await page.getByTestId('pool-count').innerText()).trim(), /^\d[\d,]* (person|people) in the pool/);
    const reasons = page.getByTestId('pool-entry').first().getByTestId('reasons');
    await page.getByTestId('pool-entry').first().locator('summary').click();
    assert.match(await reasons.innerText(), /at risk until \d{1,2} \w+ \d{4}/);
    assert.doesNotMatch(await reasons.innerText(), ENUMS);
    // HR reads about the person by name, never "You…"
    const name = pool[0].name.replace(/\s*statutory priority.*$/i, '').trim();
    assert.ok((await reasons.innerText()).includes(`${name} is at risk until`), `${name}: ${await reasons.innerText()}`);
    assert.doesNotMatch(await reasons.innerText(), /\b(You|Your|you|your)\b/);
  });

  it('records that the first person in the pool is suitable, with the written reason they will be given', async () => {
    const list = new VacanciesPage(page);
    await list.open('?stage=RING_FENCE');
    const vacancy = await list.openVacancy('Treatment Manager', 'North West: Interventions');
    const reason = `Has delivered accredited programmes and can complete treatment management training within the trial (${Date.now()}).`;
    const name = await vacancy.decideFirst({ suitable: true, reason });
    await waitUntilLoaded(page);
    // the pool is read again on the way back: wait for the fresh answer
    await page.getByTestId('pool-entry').filter({ hasText: reason }).waitFor();
    const pool = await vacancy.pool();
    const entry = pool.find((candidate) => candidate.name.startsWith(name));
    assert.ok(entry, `${name} is still in the pool`);
    assert.match(entry.decision, /^Suitable /);
    assert.ok(entry.decision.includes(reason), entry.decision);
    await expectAccessible(page, 'the vacancy after a decision');
  });

  it('shows the ring-fence rule for the facilitators in a sentence', async () => {
    const rules = new RingFencesPage(page);
    await rules.open();
    const sentences = await rules.sentences();
    assert.ok(sentences.some((sentence) => /Band 4/.test(sentence) && /Interventions/.test(sentence) && /1 August 2026/.test(sentence)), JSON.stringify(sentences));
  });

  it('shows the offer in its trial, with the day the trial ends', async () => {
    const list = new VacanciesPage(page);
    await list.open('?stage=OFFER_MADE');
    const rows = await list.rows();
    assert.ok(rows.length > 0, 'one offer is in its trial');
    await page.getByTestId('vacancies').locator('tbody tr').first().locator('th a').click();
    await page.getByTestId('current-offer').waitFor();
    await waitUntilLoaded(page);
    // the vacancy's own timeline: each step titled, with the sentence that names the person
    const steps = (await page.getByTestId('vacancy-timeline').locator('h3').allInnerTexts()).map((text) => text.trim());
    assert.ok(steps.includes('Offer made') && steps.includes('Offer accepted and trial started'), JSON.stringify(steps));
    assert.doesNotMatch(await page.getByTestId('vacancy-timeline').innerText(), ENUMS);
    await page.getByTestId('current-offer').getByRole('link', { name: /See the offer/ }).click();
    await page.getByTestId('offer-summary').waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the offer in its trial');
    assert.match((await page.getByTestId('offer-status').innerText()).trim(), /trial period running/);
    assert.match((await page.getByTestId('trial-ends').innerText()).trim(), LONG_DATE);
  });

  it('shows staff2’s staff record with the way to the vacancies that fit them', async () => {
    await page.goto('/staff/S002999');
    await page.getByRole('heading', { level: 1, name: /Alex Morgan/ }).waitFor();
    await page.getByTestId('staff-vacancy-section').waitFor();
    await page.getByTestId('held-criteria').waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the staff record with vacancies, criteria and statutory priority');
    await page.getByRole('link', { name: 'Vacancies that fit Alex Morgan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacancies for Alex Morgan' }).waitFor();
    await page.getByTestId('vacancy-card').first().waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the vacancies that fit staff2');
    const titles = (await page.getByTestId('vacancy-card').locator('h2').allInnerTexts()).map((text) => text.trim());
    assert.ok(titles.includes('Treatment Manager'), JSON.stringify(titles));
    // HR's voice: the reasons are about Alex Morgan by name
    const reasons = await page.getByTestId('vacancy-card').first().getByTestId('reasons').innerText();
    assert.match(reasons, /Alex Morgan is at risk until \d{1,2} \w+ \d{4}\./);
    assert.match(reasons, /Alex Morgan's (protected )?band, Band \d, is /);
    assert.doesNotMatch(reasons, /\b(You|Your)\b/);
  });
});

describe('staff2, at risk, sees the Interventions vacancies as eligible in stage 1 with the reasons, and expresses interest', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('staff2', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('sees each vacancy with its reasons as a summary list', async () => {
    assert.ok((await new ServiceHeader(page).navigationItems()).includes('Vacancies for me'));
    const mine = new MyVacanciesPage(page);
    await mine.open();
    const vacancies = await mine.vacancies();
    const treatment = vacancies.filter((vacancy) => vacancy.title === 'Treatment Manager');
    assert.ok(treatment.length > 0, JSON.stringify(vacancies.map((vacancy) => vacancy.title)));
    assert.ok(treatment.some((vacancy) => vacancy.verdict.includes('You can apply now, at stage 1, the ring-fenced pool.')), JSON.stringify(treatment));
    const reasons = treatment[0].reasons;
    assert.ok(reasons.some((reason) => reason.key === 'Ring-fenced pool' && /^Met You are at risk until \d{1,2} \w+ \d{4}/.test(reason.value)), JSON.stringify(reasons));
    assert.ok(reasons.some((reason) => reason.key === 'Band'), JSON.stringify(reasons));
    for (const vacancy of vacancies) assert.doesNotMatch(JSON.stringify(vacancy), ENUMS);
  });

  it('expresses interest in a Treatment Manager vacancy, and can withdraw it', async () => {
    const mine = new MyVacanciesPage(page);
    await mine.open();
    // a Treatment Manager vacancy taking applications (the one with an offer open is not)
    const card = mine.cards('Treatment Manager').filter({ has: page.getByRole('button', { name: /Express interest|Withdraw your interest/ }) }).first();
    const withdraw = card.getByRole('button', { name: /Withdraw your interest/ });
    if ((await withdraw.count()) > 0) {
      // a re-run against the same database: start from no interest
      await withdraw.click();
      await page.getByText('Your interest has been withdrawn.').waitFor();
    }
    await card.getByRole('button', { name: /Express interest/ }).click();
    await page.getByText('Your interest has been recorded. HR will be in touch.').waitFor();
    await card.getByRole('button', { name: /Withdraw your interest/ }).waitFor();
    assert.match(await card.getByTestId('verdict').innerText(), /Interest expressed/);
    await expectAccessible(page, '“Vacancies for me” after expressing interest');
  });

  it('sees the interest on their own timeline, on their pay page', async () => {
    await page.goto('/my-pay');
    await page.getByRole('heading', { level: 1, name: 'Your pay and role' }).waitFor();
    const timeline = page.getByTestId('pay-timeline');
    await timeline.locator('h3', { hasText: 'Interest expressed: Treatment Manager' }).first().waitFor();
    await waitUntilLoaded(page);
    const entry = timeline.locator('li', { has: page.locator('h3', { hasText: 'Interest expressed: Treatment Manager' }) }).first();
    assert.match(await entry.innerText(), /\d{1,2} \w+ \d{4}/);
    assert.match(await entry.innerText(), /expressed interest in Treatment Manager\./);
    assert.doesNotMatch(await timeline.innerText(), ENUMS);
    await expectAccessible(page, 'the pay page with vacancy steps');
  });
});

describe('HR sees staff2’s vacancy steps on their staff record', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('evaluator', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('the timeline on /staff/S002999 holds the interest Alex Morgan expressed, in plain English', async () => {
    await page.goto('/staff/S002999');
    await page.getByRole('heading', { level: 1, name: /Alex Morgan/ }).waitFor();
    const timeline = page.getByTestId('pay-timeline');
    await timeline.locator('h3', { hasText: 'Interest expressed: Treatment Manager' }).first().waitFor();
    await waitUntilLoaded(page);
    assert.match(await timeline.innerText(), /Alex Morgan expressed interest in Treatment Manager\./);
    assert.doesNotMatch(await timeline.innerText(), ENUMS);
    await expectAccessible(page, 'the staff record with vacancy steps');
  });
});

describe('a Band 3 PSO facilitator sees why they are not in the pool and when each vacancy opens to them', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('staff4', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('staff4 sees the ring-fenced Treatment Manager vacancies as not open to them yet, with the reasons', async () => {
    const mine = new MyVacanciesPage(page);
    await mine.open();
    const vacancies = await mine.vacancies();
    const treatment = vacancies.filter((vacancy) => vacancy.title === 'Treatment Manager');
    assert.ok(treatment.length > 0, JSON.stringify(vacancies.map((vacancy) => vacancy.title)));
    for (const vacancy of treatment) {
      assert.match(vacancy.verdict, /You cannot apply now\./);
      const pool = vacancy.reasons.find((reason) => reason.key === 'Ring-fenced pool');
      assert.ok(pool && /^Not met .*not in the ring-fenced pool/.test(pool.value), JSON.stringify(vacancy.reasons));
      assert.doesNotMatch(JSON.stringify(vacancy), ENUMS);
    }
    assert.ok(
      treatment.some((vacancy) => vacancy.reasons.some((reason) => reason.key === 'When it is open' && /open to internal applicants after that/.test(reason.value))),
      `when each vacancy opens to them: ${JSON.stringify(treatment.map((vacancy) => vacancy.reasons))}`,
    );
    for (let index = 0; index < treatment.length; index += 1) {
      assert.equal(await mine.card('Treatment Manager', index).getByRole('button').count(), 0, 'no interest can be expressed while not eligible');
    }
  });
});

describe('HR admins’ vacancy forms and the at-risk overview are accessible', () => {
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

  const PAGES = [
    ['/vacancies/new', 'Open a vacancy'],
    ['/ring-fences/new', 'Set a ring-fence rule'],
    ['/vacancies/at-risk', 'Staff at risk and the vacancies that fit'],
    ['/staff/S002999/criteria', 'Change the criteria held'],
    ['/staff/S002999/statutory-priorities/new', 'Record a statutory priority period'],
  ];
  for (const [path, heading] of PAGES) {
    it(`${path} (“${heading}”)`, async () => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await waitUntilLoaded(page);
      await expectAccessible(page, heading);
    });
  }

  it('the at-risk overview counts the people at risk and the open vacancies', async () => {
    await page.goto('/vacancies/at-risk');
    await page.getByTestId('matrix-summary').waitFor();
    assert.match(await page.getByTestId('matrix-summary').innerText(), /at risk on \d{1,2} \w+ \d{4}, against \d+ open vacanc/);
  });

  it('the trial extension form of the offer in its trial', async () => {
    await page.goto('/vacancies?stage=OFFER_MADE');
    await page.getByTestId('vacancies').waitFor();
    await page.getByTestId('vacancies').locator('tbody tr').first().locator('th a').click();
    await page.getByTestId('current-offer').getByRole('link', { name: /See the offer/ }).click();
    await page.getByTestId('offer-actions').getByRole('link', { name: 'Extend the trial' }).click();
    await page.getByRole('heading', { level: 1, name: /^Extend the trial of / }).waitFor();
    await waitUntilLoaded(page);
    assert.match(await page.getByTestId('trial-now').innerText(), /It ends on \d{1,2} \w+ \d{4}\./);
    await page.getByRole('button', { name: 'Extend the trial' }).click();
    await page.getByRole('link', { name: 'Enter the agreed end date' }).waitFor();
    await expectAccessible(page, 'the trial extension form with its errors');
  });
});

describe('a union rep sees the members who consented', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('rep', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('rep opens “Members’ vacancies”', async () => {
    assert.ok((await new ServiceHeader(page).navigationItems()).includes('Members’ vacancies'));
    await page.goto('/member-vacancies');
    await page.getByRole('heading', { level: 1, name: 'Vacancies for your members' }).waitFor();
    await waitUntilLoaded(page);
    await expectAccessible(page, 'the rep’s members’ vacancies');
  });
});
