import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** HR's vacancies list (`/vacancies`). */
export class VacanciesPage {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`/vacancies${query}`);
    await this.page.getByRole('heading', { level: 1, name: 'Vacancies' }).waitFor();
    await this.page.getByTestId('vacancy-count').waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the vacancies list');
  }

  /** Each row as { title, band, unit, closes, stage } in words. */
  async rows() {
    const rows = this.page.getByTestId('vacancies').locator('tbody tr');
    const count = await rows.count();
    const result = [];
    for (let index = 0; index < count; index += 1) {
      const row = rows.nth(index);
      const cells = (await row.locator('th, td').allInnerTexts()).map(squash);
      result.push({ title: squash(await row.locator('th a').innerText()), band: cells[1], unit: cells[2], closes: cells[3], stage: cells[4] });
    }
    return result;
  }

  async openVacancy(title, unit) {
    const row = this.page.getByTestId('vacancies').locator('tbody tr', { hasText: unit }).filter({ hasText: title }).first();
    await row.getByRole('link', { name: title }).click();
    const vacancy = new VacancyPage(this.page);
    await vacancy.waitUntilLoaded(title);
    return vacancy;
  }
}

/** One vacancy (`/vacancies/:id`): stage, ring-fence, pool, interest, offers. */
export class VacancyPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(title) {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitUntilLoaded(this.page);
    await this.page.getByRole('heading', { level: 2, name: 'What has happened' }).waitFor();
    await expectAccessible(this.page, `the vacancy ${title}`);
  }

  async status() {
    return squash(await this.page.getByTestId('vacancy-status').innerText());
  }

  async ringFence() {
    return squash(await this.page.getByTestId('ring-fence').innerText());
  }

  /** The pool as [{ name, decision }] in pool order. */
  async pool() {
    const entries = this.page.getByTestId('pool-entry');
    await entries.first().waitFor();
    const result = [];
    for (let index = 0; index < (await entries.count()); index += 1) {
      const entry = entries.nth(index);
      result.push({
        name: squash(await entry.locator('h3').innerText()),
        decision: squash(await entry.getByTestId('pool-decision').innerText()),
      });
    }
    return result;
  }

  /** Opens the decision page of the first person in the pool; returns their name. */
  async decideFirst({ suitable, reason }) {
    const entry = this.page.getByTestId('pool-entry').first();
    const link = entry.getByRole('link', { name: /Record a decision for|Change the decision for/ });
    const name = (await link.innerText()).replace(/^(Record a decision|Change the decision)\s*for\s*/, '').trim();
    await link.click();
    await this.page.getByRole('heading', { level: 1, name: `Is ${name} suitable for this post?` }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the pool decision page');
    await this.page.getByLabel(suitable ? 'Suitable' : 'Not suitable', { exact: true }).check();
    await this.page.getByLabel('Reason').fill(reason);
    await this.page.getByRole('button', { name: 'Save the decision' }).click();
    await this.page.getByText(`The decision for ${name} has been recorded.`).waitFor();
    return name;
  }
}

/** The ring-fence rules (`/ring-fences`). */
export class RingFencesPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/ring-fences');
    await this.page.getByRole('heading', { level: 1, name: 'Ring-fence rules' }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the ring-fence rules');
  }

  async sentences() {
    return (await this.page.getByTestId('ring-fence-text').allInnerTexts()).map(squash);
  }
}

/** "Vacancies for me" (`/my-vacancies`). */
export class MyVacanciesPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/my-vacancies');
    await this.page.getByRole('heading', { level: 1, name: 'Vacancies for you' }).waitFor();
    await this.page.getByTestId('my-vacancy-count').waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, '“Vacancies for me”');
  }

  /** Each vacancy as { title, verdict, reasons: [{ key, value }] }. */
  async vacancies() {
    const cards = this.page.getByTestId('vacancy-card');
    const result = [];
    for (let index = 0; index < (await cards.count()); index += 1) {
      const card = cards.nth(index);
      const keys = (await card.locator('.govuk-summary-list__key').allInnerTexts()).map(squash);
      const values = (await card.locator('.govuk-summary-list__value').allInnerTexts()).map(squash);
      result.push({
        title: squash(await card.locator('h3').innerText()),
        verdict: squash(await card.getByTestId('verdict').innerText()),
        reasons: keys.map((key, position) => ({ key, value: values[position] })),
      });
    }
    return result;
  }

  cards(title) {
    return this.page.getByTestId('vacancy-card').filter({ has: this.page.locator('h3', { hasText: title }) });
  }

  card(title, index = 0) {
    return this.cards(title).nth(index);
  }
}
