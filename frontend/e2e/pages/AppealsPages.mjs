import { expectAccessible } from '../support/browser.mjs';

/** The appeals list (`/appeals`). */
export class AppealsListPage {
  constructor(page) {
    this.page = page;
  }

  async open(heading) {
    await this.page.goto('/appeals');
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await this.page.locator('[data-testid="appeals-table"], [data-testid="no-appeals"]').first().waitFor();
    await expectAccessible(this.page, `the appeals list (${heading})`);
  }

  async startLodging() {
    await this.page.getByRole('button', { name: 'Lodge an appeal' }).click();
  }
}

/** The lodge-an-appeal question pages (`/appeals/new`). */
export class LodgeAppealPage {
  constructor(page) {
    this.page = page;
  }

  async question(title) {
    await this.page.getByText(title, { exact: true }).first().waitFor();
    await expectAccessible(this.page, `the lodge question "${title}"`);
  }

  async chooseKind(text) {
    await this.question('What is the appeal against?');
    await this.page.getByLabel(text).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async chooseOutcome(reference) {
    await this.question('Which outcome are you appealing?');
    await this.page.locator('.govuk-radios__item').filter({ hasText: reference }).first().locator('input').check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async chooseMember(name) {
    await this.question('Who is the appeal for?');
    await this.page.getByLabel('Find a member').fill(name);
    await this.page.getByLabel(name).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async dispute(factorName, code, level, evidence) {
    await this.question('Which factors do you dispute?');
    await this.page.getByLabel(factorName, { exact: true }).check();
    await this.page.locator(`#claim-${code}`).selectOption(String(level));
    await this.page.locator(`#evidence-${code}`).fill(evidence);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** The check-answers page, with the what-if side by side with the outcome. */
  async whatIf() {
    await this.page.getByRole('heading', { level: 1, name: 'Check your answers before lodging the appeal' }).waitFor();
    const table = this.page.getByTestId('what-if-table');
    await table.waitFor();
    await expectAccessible(this.page, 'the check-answers page');
    return (await table.innerText()).replace(/\s+/g, ' ').trim();
  }

  async lodge() {
    await this.page.getByRole('button', { name: 'Lodge the appeal' }).click();
    await this.page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
  }
}

/** One appeal (`/appeals/:id`). */
export class AppealPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(status) {
    await this.page.getByTestId('appeal-status').filter({ hasText: status }).waitFor();
    await this.page.getByTestId('appeal-timeline').waitFor();
    await expectAccessible(this.page, `the appeal page (${status})`);
  }

  async whatIf() {
    return (await this.page.getByTestId('what-if').innerText()).trim();
  }

  async timeline() {
    return (await this.page.getByTestId('appeal-timeline').innerText()).replace(/\s+/g, ' ');
  }

  async take(action) {
    await this.page.getByRole('button', { name: action }).click();
  }

  /** Uploads a file in the evidence section; answers the evidence list's text. */
  async addEvidence(name, mimeType, content, description) {
    await this.page.getByLabel('Upload a file').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    if (description) {
      await this.page.getByLabel('What the file shows (optional)').fill(description);
    }
    await this.page.getByRole('button', { name: 'Upload file' }).click();
    await this.page.getByTestId('evidence-item').filter({ hasText: name }).waitFor();
    await expectAccessible(this.page, 'the appeal page with evidence');
    return (await this.page.getByTestId('appeal-evidence').innerText()).replace(/\s+/g, ' ');
  }

  async seatReviewPanel(members, chairIndex) {
    await this.page.getByRole('link', { name: 'Seat the review panel' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Seat the review panel' }).waitFor();
    await this.page.locator('#seat-0-userId option').nth(1).waitFor({ state: 'attached' });
    await expectAccessible(this.page, 'seating the review panel');
    for (const [i, member] of members.entries()) {
      await this.page.locator(`#seat-${i}-userId`).selectOption({ label: member.name });
      await this.page.locator(`#seat-${i}-side`).selectOption(member.side);
    }
    await this.page.locator('#chair').selectOption(String(chairIndex));
    await this.page.getByRole('button', { name: 'Seat the panel' }).click();
    await this.page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
  }

  async scheduleHearing(date) {
    await this.take('Schedule the hearing');
    await this.page.getByText('When is the hearing?').waitFor();
    await this.page.locator('#hearingOn').fill(String(date.getUTCDate()));
    await this.page.locator('#hearingOn-month').fill(String(date.getUTCMonth() + 1));
    await this.page.locator('#hearingOn-year').fill(String(date.getUTCFullYear()));
    await expectAccessible(this.page, 'scheduling the hearing');
    await this.page.getByRole('button', { name: 'Schedule the hearing' }).click();
    await this.page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
  }

  async decideUpheld(reasons, factorReasons) {
    await this.take('Record the decision');
    await this.page.getByText('What did the review panel decide?').waitFor();
    await this.page.getByLabel('Upheld', { exact: true }).check();
    await this.page.getByLabel("The panel's reasons").fill(reasons);
    await this.page.locator('#factorDecisions-0-rationale').fill(factorReasons);
    await expectAccessible(this.page, 'recording the decision');
    await this.page.getByRole('button', { name: 'Record the decision' }).click();
    await this.page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
  }

  async revisedOutcome() {
    return (await this.page.getByTestId('revised-outcome').innerText()).replace(/\s+/g, ' ').trim();
  }
}
