import { expectAccessible } from '../support/browser.mjs';

/** Scoring factor by factor (`/evaluations/:id/score`): one factor per step, with the running score beside it. */
export class ScoringPage {
  constructor(page) {
    this.page = page;
  }

  /** Waits for a factor step other than the one given, and returns its factor code. */
  async waitForFactorStep(previousCode, { checkAccessibility = false } = {}) {
    const step = this.page.locator('[data-factor-code]').filter({ has: this.page.getByRole('button', { name: 'Save and continue' }) });
    await step.waitFor();
    if (previousCode) {
      await this.page.locator(`.govuk-grid-row[data-factor-code]:not([data-factor-code="${previousCode}"])`).waitFor();
    }
    const code = await this.page.locator('.govuk-grid-row[data-factor-code]').getAttribute('data-factor-code');
    if (checkAccessibility) {
      await expectAccessible(this.page, `the scoring step for ${code}`);
    }
    return code;
  }

  async factorName() {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The levels offered as radios: [{ level, points, descriptor }]. */
  async levels() {
    const radios = this.page.locator('input[type="radio"][name="level"]');
    const result = [];
    for (let index = 0; index < (await radios.count()); index += 1) {
      const radio = radios.nth(index);
      const id = await radio.getAttribute('id');
      const label = (await this.page.locator(`label[for="${id}"]`).innerText()).trim();
      const match = /^Level (\d+) – (\d+) points?$/.exec(label);
      if (!match) {
        throw new Error(`unexpected level label "${label}"`);
      }
      result.push({ level: Number(match[1]), points: Number(match[2]), value: await radio.getAttribute('value') });
    }
    return result;
  }

  async chooseLevel(level) {
    await this.page.locator(`input[type="radio"][name="level"][value="${level}"]`).check();
  }

  async waitForRunningTotal(points) {
    const text = `${points} ${points === 1 ? 'point' : 'points'}`;
    await this.page.getByTestId('running-score-total').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
  }

  async runningTotalText() {
    return (await this.page.getByTestId('running-score-total').innerText()).trim();
  }

  async progressText() {
    const progress = this.page.getByTestId('running-score-progress');
    return (await progress.count()) === 0 ? undefined : (await progress.innerText()).trim();
  }

  async nearBoundaryWarningShown() {
    return (await this.page.getByTestId('near-boundary-warning').count()) > 0;
  }

  async saveWithRationale(rationale) {
    await this.page.getByLabel('Rationale').fill(rationale);
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  async waitForCheckStep() {
    await this.page.getByRole('heading', { level: 1, name: 'Check the agreed levels' }).waitFor();
    await this.page.getByTestId('agreed-levels-check').waitFor();
    await expectAccessible(this.page, 'the check of the agreed levels');
  }
}
