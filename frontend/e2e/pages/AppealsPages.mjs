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
}
