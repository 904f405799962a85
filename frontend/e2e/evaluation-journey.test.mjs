import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConsistencyPage } from './pages/ConsistencyPage.mjs';
import { EvaluationPage } from './pages/EvaluationPage.mjs';
import { EvaluationQueuePage } from './pages/EvaluationQueuePage.mjs';
import { OutcomePage } from './pages/OutcomePage.mjs';
import { PanelFormPage } from './pages/PanelFormPage.mjs';
import { PublishPage } from './pages/PublishPage.mjs';
import { RequestEvaluationPage } from './pages/RequestEvaluationPage.mjs';
import { ScoringPage } from './pages/ScoringPage.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { BASE_URL, DEMO_PASSWORD, expectAccessible, launchBrowser, newPage } from './support/browser.mjs';

// The levels the demo panel agreed for the Intervention Facilitator under the illustrative probation scheme:
// 479 points, one below the Band 4 floor, so a consistency check is required before publishing.
const INTERVENTION_FACILITATOR_LEVELS = {
  COMMUNICATION: 4,
  KNOWLEDGE: 4,
  ANALYTICAL: 3,
  PLANNING: 3,
  RISK_PUBLIC_PROTECTION: 4,
  PEOPLE_ON_PROBATION: 4,
  POLICY: 1,
  RESOURCES: 1,
  PEOPLE_MANAGEMENT: 1,
  INFORMATION: 2,
  FREEDOM_TO_ACT: 3,
  MENTAL_EFFORT: 4,
  EMOTIONAL_EFFORT: 4,
  WORKING_CONDITIONS: 1,
};
const OUTCOME_SUMMARY = '479 points: Band 3. Band 4 starts at 480.';
const PROBATION_SCHEME = 'Probation job evaluation scheme';

const PANEL = {
  chair: { username: 'evaluator', name: 'Sam Okafor (HR evaluator)', side: 'Management side' },
  second: { username: 'evaluator2', name: 'Priya Shah (HR evaluator)', side: 'Management side' },
  staffSide: { username: 'rep', name: 'Rhiannon Evans (Napo rep)', side: 'Staff side' },
};

function todayInLondon() {
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' }).formatToParts(new Date());
  const part = (type) => parts.find((candidate) => candidate.type === type).value;
  return { day: part('day'), month: part('month'), year: part('year') };
}

/** Creates and submits a JD through the API as the signed-in page's user, returning its version id. */
async function createSubmittedJd(page, { reference, title }) {
  const headers = { 'X-Requested-With': 'bandwise', 'Content-Type': 'application/json' };
  const created = await page.request.post(`${BASE_URL}/api/v1/job-descriptions`, {
    headers,
    data: {
      reference,
      content: {
        title,
        roleFamily: 'Court Liaison Officer',
        directorate: 'Court Services',
        purpose: 'To represent the probation service at magistrates’ courts, advising on sentencing and preparing short-format reports.',
        mainDuties: ['Prepare oral and short-format pre-sentence reports', 'Advise the court on suitable requirements', 'Liaise with court staff and partner agencies'],
      },
    },
  });
  assert.equal(created.status(), 201, `creating the JD: ${await created.text()}`);
  const versionId = (await created.json()).versions[0].id;
  const version = await page.request.get(`${BASE_URL}/api/v1/jd-versions/${versionId}`);
  const submitted = await page.request.put(`${BASE_URL}/api/v1/jd-versions/${versionId}/status`, {
    headers: { ...headers, 'If-Match': version.headers().etag },
    data: { status: 'SUBMITTED' },
  });
  assert.equal(submitted.status(), 200, `submitting the JD: ${await submitted.text()}`);
  return versionId;
}

describe('an HR evaluator takes a new JD from request to a published outcome', () => {
  let browser;
  let page;
  const runId = Date.now().toString(36).toUpperCase();
  const reference = `E2E-CLO-${runId}`;
  const title = `Court Liaison Officer ${runId}`;

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('evaluator', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('requests, accepts, forms the panel, scores factor by factor, checks and publishes', async () => {
    const versionId = await createSubmittedJd(page, { reference, title });

    const request = new RequestEvaluationPage(page);
    await request.open(versionId);
    await request.request('The new court liaison role has not been evaluated yet.');
    const evaluation = new EvaluationPage(page);
    await evaluation.waitUntilLoaded(title, 'the new request');
    assert.equal(await evaluation.status(), 'Requested');

    const queue = new EvaluationQueuePage(page);
    await queue.open('?status=REQUESTED&directorate=Court+Services');
    assert.ok(await queue.hasWaitingTimes(), 'HR sees the waiting times by directorate');
    await queue.rowFor(reference).waitFor();
    await queue.openEntry(reference);
    await evaluation.waitUntilLoaded(title);

    await evaluation.accept('P1');
    await evaluation.startFormingPanel();
    const panelForm = new PanelFormPage(page);
    await panelForm.waitUntilLoaded();
    await panelForm.chooseScheme(PROBATION_SCHEME);
    await panelForm.addMember(PANEL.chair.username, PANEL.chair.side);
    await panelForm.addMember(PANEL.second.username, PANEL.second.side);
    await panelForm.candidate(PANEL.staffSide.username).getByRole('checkbox').check();
    assert.equal(await panelForm.sideOf(PANEL.staffSide.username), 'Staff side', 'a union rep sits for the staff side by default');
    await panelForm.chooseChair(PANEL.chair.name);
    await panelForm.save();
    await evaluation.waitUntilLoaded(title, 'the evaluation with its panel');
    await evaluation.waitForStatus('With the panel');
    assert.deepEqual(
      (await evaluation.panel()).map(({ name, chair }) => [name, chair]).sort(),
      [
        [PANEL.second.name, false],
        [PANEL.staffSide.name, false],
        [PANEL.chair.name, true],
      ].sort(),
    );

    const tasks = await evaluation.tasks();
    assert.equal(tasks['Form the panel'], 'Completed');
    assert.equal(tasks['Sign off the agreed levels'], 'Cannot start yet');
    await evaluation.followPanelWork('Agree a level and rationale for each factor');
    const scoring = new ScoringPage(page);
    let totalSoFar = 0;
    let previousCode;
    const scored = [];
    const factorCount = Object.keys(INTERVENTION_FACILITATOR_LEVELS).length;
    for (;;) {
      const code = await scoring.waitForFactorStep(previousCode, { checkAccessibility: previousCode === undefined });
      const levels = await scoring.levels();
      const chosen = levels.find((option) => option.level === (INTERVENTION_FACILITATOR_LEVELS[code] ?? 1));
      assert.ok(chosen, `${code} has no level ${INTERVENTION_FACILITATOR_LEVELS[code]}`);
      if (totalSoFar === 0) {
        assert.equal(await scoring.runningTotalText(), 'Not started: no factor has an agreed level yet.');
        // leaving a factor with a changed level warns, and staying keeps the choice
        await scoring.chooseLevel(chosen.level);
        await page.getByRole('link', { name: /Next factor/ }).click();
        await page.getByTestId('unsaved-changes').waitFor();
        await expectAccessible(page, 'the unsaved changes warning');
        await page.getByRole('button', { name: 'Stay on this page' }).click();
        assert.equal(new URL(page.url()).searchParams.get('factor'), null);
      } else {
        await scoring.waitForRunningTotal(totalSoFar);
      }
      await scoring.chooseLevel(chosen.level);
      if (scored.length + 1 === factorCount) {
        // the last level completes the set: the scheme scores it on the server, band and all
        await scoring.waitForRunningTotal(totalSoFar + chosen.points);
      } else {
        await page.getByTestId('running-score-unsaved').filter({ hasText: `level ${chosen.level} (` }).waitFor();
      }
      totalSoFar += chosen.points;
      scored.push(code);
      await scoring.saveWithRationale(`Journey ${runId}: the panel agreed level ${chosen.level} for ${await scoring.factorName()}.`);
      await page.waitForURL((url) => url.searchParams.get('factor') !== code);
      if (new URL(page.url()).searchParams.get('step') === 'check') {
        break;
      }
      previousCode = code;
    }
    await scoring.waitForCheckStep();
    assert.deepEqual([...scored].sort(), Object.keys(INTERVENTION_FACILITATOR_LEVELS).sort());
    assert.equal(totalSoFar, 479);
    await scoring.waitForRunningTotal(479);
    assert.ok(await scoring.nearBoundaryWarningShown(), '479 is within 10 points of the Band 4 floor');

    await page.getByRole('link', { name: 'Consistency check', exact: true }).click();
    const consistency = new ConsistencyPage(page);
    await consistency.waitUntilLoaded();
    assert.ok(await consistency.checkRequired(), 'near a boundary');
    const conclusion = `Journey ${runId}: compared with the Intervention Facilitator and the benchmarks; the levels stand.`;
    await consistency.record(conclusion);
    assert.equal(await consistency.recordedConclusion(), conclusion);

    // the chair signs off; publishing waits for the staff side
    await page.getByRole('link', { name: 'Back to the panel’s work' }).click();
    await evaluation.waitUntilLoaded(title, 'the evaluation waiting for sign-off');
    assert.deepEqual(await evaluation.blockers(), ['SIGN_OFF']);
    await evaluation.signOff();
    assert.equal(await evaluation.successMessage(), 'You have signed off the agreed levels.');
    assert.equal((await evaluation.signOffs()).length, 1);
    assert.deepEqual(await evaluation.blockers(), ['SIGN_OFF']);
    await page.goto(`/evaluations/${evaluation.evaluationId()}/publish`);
    await page.getByTestId('publish-blockers').waitFor();
    assert.equal(await page.locator('#effectiveFrom').count(), 0, 'the publish form is hidden while publication is blocked');
    await expectAccessible(page, 'the blocked publish page');

    // the staff-side member signs off in their own browser
    const repPage = await newPage(browser);
    await new SignInPage(repPage).signInAs(PANEL.staffSide.username, DEMO_PASSWORD);
    await repPage.goto(`/evaluations/${evaluation.evaluationId()}`);
    const repView = new EvaluationPage(repPage);
    await repView.waitUntilLoaded(title, 'the evaluation as its staff-side member');
    assert.equal((await repView.tasks())['Sign off the agreed levels'], 'In progress');
    await repView.signOff();
    assert.equal(await repView.successMessage(), 'You have signed off the agreed levels. Every sign-off the outcome needs is in.');
    const signed = await repView.signOffs();
    assert.equal(signed.length, 2);
    assert.ok(signed.some((line) => line.startsWith(`${PANEL.staffSide.name} (staff side) signed off on`)), signed.join('\n'));
    assert.deepEqual(await repView.blockers(), []);
    await repPage.context().close();

    const publish = new PublishPage(page);
    await page.goto(`/evaluations/${evaluation.evaluationId()}/publish`);
    await publish.waitUntilLoaded();
    assert.deepEqual(await publish.blockers(), []);
    await publish.publish(todayInLondon());

    const outcome = new OutcomePage(page);
    await outcome.waitUntilLoaded(title);
    assert.equal(await outcome.summary(), OUTCOME_SUMMARY);
    assert.equal(await outcome.detail('Band'), 'Band 3');
    const workingConditions = await outcome.factor('WORKING_CONDITIONS');
    assert.equal(workingConditions.points, 10);
    assert.match(workingConditions.rationale, new RegExp(`^Journey ${runId}: the panel agreed level 1`));
    assert.ok(await outcome.hasPrintButton());
    assert.equal(await page.getByTestId('outcome-sign-offs').locator('li').count(), 2);
  });
});

describe('a union rep reads the published Intervention Facilitator outcome', () => {
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

  it('sees 479 points, Band 3, Band 4 from 480, and why working conditions is level 1', async () => {
    const queue = new EvaluationQueuePage(page);
    await queue.open('?status=PUBLISHED&directorate=Interventions&sort=title');
    assert.equal(await queue.hasWaitingTimes(), false, 'waiting times by directorate are for HR');
    await queue.openEntry('INT-IF-001');
    await page.waitForURL(/\/evaluations\/[0-9a-f-]{36}(\/outcome)?$/);
    if (!page.url().endsWith('/outcome')) {
      const evaluation = new EvaluationPage(page);
      await evaluation.waitUntilLoaded('Intervention Facilitator', 'the published evaluation as the rep');
      await page.getByRole('button', { name: 'Read the outcome summary' }).click();
    }
    const outcome = new OutcomePage(page);
    await outcome.waitUntilLoaded('Intervention Facilitator');
    assert.equal(await outcome.summary(), OUTCOME_SUMMARY);
    const workingConditions = await outcome.factor('WORKING_CONDITIONS');
    assert.match(workingConditions.level, /^Level 1( of \d+)?$/);
    assert.equal(workingConditions.points, 10);
    assert.match(workingConditions.rationale, /all delivery in group rooms/);
    assert.match(workingConditions.rationale, /Level 2 would have added 10 points \(489, Band 4\)/);
    assert.ok(await outcome.hasPrintButton());
  });
});

describe('the Approved Premises manager follows their own request', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await new SignInPage(page).signInAs('staff3', DEMO_PASSWORD);
  });
  after(async () => {
    await browser?.close();
  });

  it('sees their post and its outcome on their own page, and opens the overdue request from the queue', async () => {
    await page.goto('/my-role');
    await page.getByRole('heading', { level: 1, name: 'Your role' }).waitFor();
    await page.getByTestId('held-post').getByTestId('outcome-summary').waitFor();
    await page.getByTestId('my-requests').waitFor();
    await expectAccessible(page, 'the my role page');

    const queue = new EvaluationQueuePage(page);
    await queue.open();
    await queue.openEntry('AP-MGR-001');
    const evaluation = new EvaluationPage(page);
    await evaluation.waitUntilLoaded('Approved Premises Manager', 'the request as the person who asked');
    const nextStep = (await page.getByTestId('next-step').locator('dd').innerText()).trim();
    assert.match(nextStep, /overdue\.$/);
    assert.match((await page.getByTestId('queue-position').locator('dd').innerText()).trim(), /^\d+(st|nd|rd|th) of the open requests/);
    assert.equal(await page.getByRole('list', { name: 'Panel work' }).count(), 0, 'the panel’s work is not shown to the requester');
  });
});
