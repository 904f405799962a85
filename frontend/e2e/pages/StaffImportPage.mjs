import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

const CHECK_TIMEOUT = 120_000;

/** One staff import (`/staff-imports/:id`): progress, summary, errors, apply. */
export class StaffImportPage {
  constructor(page) {
    this.page = page;
  }

  /** Waits until the file has been checked (the progress bar gives way to a verdict), checked with axe. */
  async waitUntilChecked() {
    await this.page
      .getByTestId('import-status')
      .getByText(/The file has (no errors|\d[\d,]* errors?)/)
      .waitFor({ timeout: CHECK_TIMEOUT });
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'a checked staff import');
  }

  async summary() {
    const rows = await this.page.getByTestId('import-summary').locator('.govuk-summary-list__row').all();
    const result = {};
    for (const row of rows) {
      result[(await row.locator('dt').innerText()).trim()] = Number((await row.locator('dd').innerText()).replace(/,/g, ''));
    }
    return result;
  }

  /** The errors table as { row, staffNumber, column, message } objects. */
  async errors() {
    const table = this.page.getByTestId('import-errors');
    if ((await table.count()) === 0) return [];
    await table.waitFor();
    const rows = await table.locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
        return { row: cells[0], staffNumber: cells[1], column: cells[2], message: cells[3] };
      }),
    );
  }

  async canApply() {
    return (await this.page.getByRole('button', { name: 'Apply the import' }).count()) > 0;
  }

  /** Applies through the confirmation page (checked with axe) and waits until the import says it is applied. */
  async apply() {
    await this.page.getByRole('button', { name: 'Apply the import' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to apply the import?' }).waitFor();
    await expectAccessible(this.page, 'the apply-import confirmation page');
    await this.page.getByRole('button', { name: 'Apply the import' }).click();
    await this.page.getByText('The import has been applied to staff records.').waitFor({ timeout: CHECK_TIMEOUT });
    await expectAccessible(this.page, 'an applied staff import');
  }
}
