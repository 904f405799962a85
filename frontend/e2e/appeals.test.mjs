import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppealPage, AppealsListPage, LodgeAppealPage } from './pages/AppealsPages.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, launchBrowser, newPage } from './support/browser.mjs';

// The demo's Intervention Facilitator outcome (INT-IF-001) is 479 points, Band 3, with working conditions at level 1.
// Napo's rep appeals it for Jordan Lee, a Napo member, claiming level 2: 489 points, Band 4.
describe('appeals', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('a rep lodges an outcome appeal for a member with evidence, and HR takes it to an upheld decision', async () => {
    const rep = await newPage(browser);
    await new SignInPage(rep).signInAs('rep', DEMO_PASSWORD);
    const list = new AppealsListPage(rep);
    await list.open("Your union's appeals");
    await list.startLodging();

    const lodge = new LodgeAppealPage(rep);
    await lodge.chooseKind('A published evaluation outcome');
    await lodge.chooseOutcome('INT-IF-001');
    await lodge.chooseMember('Jordan Lee');
    await lodge.dispute('Working conditions', 'WORKING_CONDITIONS', 2, 'Sessions in unadapted rooms with hostile groups every week.');
    const whatIf = await lodge.whatIf();
    assert.match(whatIf, /Awarded 479 Band 3/);
    assert.match(whatIf, /Claimed 489 Band 4/);
    await lodge.lodge();

    const appeal = new AppealPage(rep);
    await appeal.waitUntilLoaded('Lodged');
    assert.equal(await appeal.whatIf(), 'Working conditions at level 2: 489 points, Band 4 — 10 points more than awarded');
    const address = new URL(rep.url()).pathname;
    const evidence = await appeal.addEvidence('session-logs.pdf', 'application/pdf', '%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n', 'Session logs for August');
    assert.match(evidence, /session-logs\.pdf \(PDF, \d+ bytes\), added by Rhiannon Evans \(Napo rep\)/);

    const hr = await newPage(browser);
    await new SignInPage(hr).signInAs('evaluator', DEMO_PASSWORD);
    await new AppealsListPage(hr).open('Appeals');
    await hr.goto(address);
    const seen = new AppealPage(hr);
    await seen.waitUntilLoaded('Lodged');
    await seen.take('Acknowledge the appeal');
    await seen.waitUntilLoaded('Acknowledged');
    assert.match(await seen.timeline(), /Acknowledged\. by Sam Okafor \(HR evaluator\)/);

    await seen.take('Start the review');
    await seen.waitUntilLoaded('Under review');
    await seen.seatReviewPanel(
      [
        { name: 'Asha Patel (HR admin)', side: 'MANAGEMENT' },
        { name: 'Sam Okafor (HR evaluator)', side: 'MANAGEMENT' },
        { name: 'Tom Hughes (UNISON rep)', side: 'STAFF' },
      ],
      0,
    );
    await seen.waitUntilLoaded('Under review');
    await seen.scheduleHearing(new Date());
    await seen.waitUntilLoaded('Hearing scheduled');
    await seen.decideUpheld('Unpleasant conditions are a regular part of the work.', 'Weekly exposure to verbal aggression in unadapted rooms.');
    await seen.waitUntilLoaded('Decided');
    assert.match(await seen.revisedOutcome(), /^489 points, Band 4, effective from /);
    assert.match(await seen.timeline(), /New outcome published: 489 points, Band 4/);
  });
});
