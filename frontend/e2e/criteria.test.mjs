import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CriteriaImportPage, TrainingCataloguePage } from './pages/CriteriaPages.mjs';
import { ServiceHeader } from './pages/ServiceHeader.mjs';
import { SignInPage } from './pages/SignInPage.mjs';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, waitUntilLoaded } from './support/browser.mjs';

const ISO_OR_CODES = /\d{4}-\d{2}-\d{2}|ESSENTIAL_CRITERION|trainingWeeks/;

describe('an HR admin keeps the training catalogue and imports the criteria staff hold', () => {
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

  it('reaches both screens from the navigation and from the vacancies and staff imports pages', async () => {
    assert.ok((await new ServiceHeader(page).navigationItems()).includes('Criteria and training'));
    await page.goto('/vacancies');
    await page.getByRole('heading', { level: 1, name: 'Vacancies' }).waitFor();
    await page.getByRole('link', { name: 'Import the criteria staff hold' }).waitFor();
    await page.getByRole('link', { name: 'Criteria and typical training times' }).click();
    await page.getByRole('heading', { level: 1, name: 'Criteria and training' }).waitFor();
    await page.goto('/staff-imports');
    await page.getByRole('heading', { level: 1, name: 'Import staff' }).waitFor();
    await page.getByRole('link', { name: 'import the criteria staff hold' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import the criteria staff hold' }).waitFor();
  });

  it('changes a criterion’s typical training, refuses a wrong number naming the field, and puts it back', async () => {
    const catalogue = new TrainingCataloguePage(page);
    await catalogue.open();
    const entries = await catalogue.entries();
    assert.ok(entries.length > 0, 'the demo criteria are listed');
    const trainable = entries.find((entry) => entry.weeks !== '');
    assert.ok(trainable, `the demo catalogue has a trainable criterion: ${JSON.stringify(entries)}`);
    assert.ok(entries.some((entry) => entry.weeks === ''), 'some criteria cannot be trained for');

    await catalogue.setWeeks(trainable.criterion, 'six');
    await catalogue.save();
    assert.deepEqual(await catalogue.errorSummary(), [`Typical training for ${trainable.criterion} must be a whole number of weeks, like 6`]);
    await expectAccessible(page, 'the training catalogue with an error');

    const changed = Number(trainable.weeks) + 1;
    await catalogue.setWeeks(trainable.criterion, changed);
    await catalogue.save();
    await page.getByText(/^The training catalogue has been saved: /).waitFor();
    await expectAccessible(page, 'the training catalogue once saved');
    await catalogue.open();
    assert.equal((await catalogue.entries()).find((entry) => entry.criterion === trainable.criterion).weeks, String(changed));

    // put it back, so the demo pools stay as the other journeys expect
    await catalogue.setWeeks(trainable.criterion, trainable.weeks);
    await catalogue.save();
    await page.getByText(/^The training catalogue has been saved: /).waitFor();
    assert.deepEqual(await catalogue.entries(), entries);
  });

  it('HR evaluators read the training times in words', async () => {
    const evaluatorPage = await newPage(browser);
    try {
      await new SignInPage(evaluatorPage).signInAs('evaluator', DEMO_PASSWORD);
      const catalogue = new TrainingCataloguePage(evaluatorPage);
      await catalogue.open();
      const cells = (await evaluatorPage.getByTestId('training-catalogue').locator('tbody td').allInnerTexts()).map((text) => text.trim());
      assert.ok(cells.length > 0);
      assert.ok(cells.every((cell) => /^About \d+ weeks?$/.test(cell) || cell === 'Cannot be gained by training'), JSON.stringify(cells));
      assert.equal(await evaluatorPage.getByRole('button', { name: 'Save the training times' }).count(), 0);
    } finally {
      await evaluatorPage.context().close();
    }
  });

  it('checks a file with mistakes and lists each with its row, staff number and column; nothing is imported', async () => {
    const importer = new CriteriaImportPage(page);
    await importer.open();
    const template = page.getByRole('link', { name: 'Download the template (CSV)' });
    assert.equal(await template.getAttribute('download'), 'criteria-held-template.csv');
    assert.match(decodeURIComponent(await template.getAttribute('href')), /staff_number,criterion,achieved_on/);

    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('link', { name: 'Select a CSV file of the criteria staff hold' }).waitFor();
    await expectAccessible(page, 'the criteria import with no file');

    await importer.check(['staff_number,criterion,achieved_on', 'S999998,Professional Qualification in Probation (PQiP),2019-07-31', 'S002999,,31/02/2020']);
    const errors = await importer.errors();
    assert.ok(errors.length >= 2, JSON.stringify(errors));
    assert.ok(errors.some((error) => error.row === '1' && error.staffNumber === 'S999998'), JSON.stringify(errors));
    assert.ok(errors.some((error) => error.row === '2' && error.staffNumber === 'S002999'), JSON.stringify(errors));
    for (const error of errors) assert.ok(error.message.length > 10 && /[.]$/.test(error.message), error.message);
    await page.locator('.govuk-error-summary').getByRole('link', { name: /^The file has \d+ errors?\. Nothing has been imported\./ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Apply the import' }).count(), 0);
    await expectAccessible(page, 'the criteria import with the errors of a file');
  });

  it('checks a valid file, shows what would change, applies it and confirms', async () => {
    // a criterion staff2 already holds, on the day they hold it: the import changes nothing for the other journeys
    const held = await page.evaluate(async () => (await fetch('/api/v1/staff/S002999/criteria', { credentials: 'include' })).json());
    assert.ok(held.items.length > 0, JSON.stringify(held));
    const [first] = held.items;
    const importer = new CriteriaImportPage(page);
    await importer.open();
    await importer.check(['staff_number,criterion,achieved_on', `S002999,"${first.criterion}",${first.achievedOn}`]);
    await page.getByRole('heading', { level: 2, name: 'The file is ready to import' }).waitFor();
    assert.deepEqual(await importer.figures(), { Rows: '1', 'Criteria newly held': '0', 'Dates changed': '0', 'Already recorded': '1' });
    assert.doesNotMatch(await page.getByTestId('import-checked').innerText(), ISO_OR_CODES);
    await expectAccessible(page, 'the criteria import ready to apply');
    await importer.apply();
    assert.match(await page.getByTestId('import-applied').innerText(), /Criteria imported\s+1 row imported/);
    await expectAccessible(page, 'the criteria import once applied');
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('Upload a file', { exact: true }).waitFor();
    await waitUntilLoaded(page);
  });
});
