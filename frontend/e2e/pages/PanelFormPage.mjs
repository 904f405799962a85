import { expectAccessible } from '../support/browser.mjs';

/** Forming the panel (`/evaluations/:id/panel`): the scheme, who sits for which side, and the chair. */
export class PanelFormPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded() {
    await this.page.getByRole('heading', { level: 1, name: /^(Form|Change) the panel$/ }).waitFor();
    await this.page.locator('.app-panel-candidate').first().waitFor();
    await expectAccessible(this.page, 'the panel form');
  }

  /** Picks the first scheme whose option text starts with the name. */
  async chooseScheme(namePrefix) {
    const select = this.page.getByLabel('Scheme', { exact: true });
    const options = await select.locator('option').evaluateAll((elements) => elements.map((option) => ({ value: option.value, text: option.textContent })));
    const option = options.find((candidate) => candidate.text.startsWith(namePrefix));
    if (!option) {
      throw new Error(`no scheme starting "${namePrefix}" in ${JSON.stringify(options)}`);
    }
    await select.selectOption(option.value);
  }

  candidate(username) {
    return this.page.locator(`.app-panel-candidate[data-username="${username}"]`);
  }

  /** Ticks the person and sets their side: 'Management side' or 'Staff side'. */
  async addMember(username, side) {
    const row = this.candidate(username);
    await row.getByRole('checkbox').check();
    await row.getByRole('radio', { name: side, exact: true }).check();
  }

  async sideOf(username) {
    const checked = this.candidate(username).locator('input[type="radio"]:checked');
    return (await checked.count()) === 0 ? undefined : (await this.page.locator(`label[for="${await checked.getAttribute('id')}"]`).innerText()).trim();
  }

  async chooseChair(displayName) {
    await this.page.getByRole('group', { name: 'Who chairs the panel?' }).getByRole('radio', { name: displayName, exact: true }).check();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save the panel' }).click();
  }
}
