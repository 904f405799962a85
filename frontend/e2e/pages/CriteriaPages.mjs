import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The criteria catalogue with each criterion's typical training (`/criteria`); HR admins edit the weeks. */
export class TrainingCataloguePage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/criteria');
    await this.page.getByRole('heading', { level: 1, name: 'Criteria and training' }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the criteria and training page');
  }

  /** Every criterion as { criterion, weeks } from the admin's form, in page order (weeks '' when not trainable). */
  async entries() {
    const inputs = this.page.getByTestId('training-form').locator('input.govuk-input');
    const result = [];
    for (let index = 0; index < (await inputs.count()); index += 1) {
      const input = inputs.nth(index);
      const id = await input.getAttribute('id');
      const criterion = squash(await this.page.locator(`label[for="${id}"]`).innerText());
      result.push({ criterion, weeks: await input.inputValue() });
    }
    return result;
  }

  async setWeeks(criterion, weeks) {
    const input = this.page.getByLabel(criterion, { exact: true });
    await input.fill(String(weeks));
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save the training times' }).click();
  }

  async errorSummary() {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    return (await summary.locator('a').allInnerTexts()).map(squash);
  }
}

/** The import of criteria held (`/criteria/import`): template, upload and check, errors or figures, apply. */
export class CriteriaImportPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/criteria/import');
    await this.page.getByRole('heading', { level: 1, name: 'Import the criteria staff hold' }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the criteria import');
  }

  /** Chooses a CSV file made of these lines and asks for it to be checked. */
  async check(lines, name = 'criteria.csv') {
    await this.page.getByLabel('Upload a file', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });
    await this.page.getByRole('button', { name: 'Check the file' }).click();
    await this.page.locator('[data-testid="import-errors"], [data-testid="import-checked"]').first().waitFor();
    await waitUntilLoaded(this.page);
  }

  /** The errors table as [{ row, staffNumber, column, message }]. */
  async errors() {
    const rows = this.page.getByTestId('import-errors').locator('tbody tr');
    const result = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
      const cells = (await rows.nth(index).locator('td').allInnerTexts()).map(squash);
      result.push({ row: cells[0], staffNumber: cells[1], column: cells[2], message: cells[3] });
    }
    return result;
  }

  /** The figures of a checked or applied file as { key: value }. */
  async figures() {
    const list = this.page.getByTestId('import-figures');
    const keys = (await list.locator('dt').allInnerTexts()).map(squash);
    const values = (await list.locator('dd').allInnerTexts()).map(squash);
    return Object.fromEntries(keys.map((key, index) => [key, values[index]]));
  }

  async apply() {
    await this.page.getByRole('button', { name: 'Apply the import' }).click();
    await this.page.getByTestId('import-applied').waitFor();
    await waitUntilLoaded(this.page);
  }
}
