import { expectAccessible, waitUntilLoaded } from '../support/browser.mjs';

/** The staff import page (`/staff-imports`): the template, the upload form and past imports. */
export class StaffImportsPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/staff-imports');
    await this.page.getByRole('heading', { level: 1, name: 'Import staff' }).waitFor();
    await waitUntilLoaded(this.page);
    await expectAccessible(this.page, 'the staff import page');
  }

  /** The template download's header row. */
  async templateColumns() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Download the import template (CSV)' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
  }

  /** Uploads CSV text as a file and waits for the import's own page; returns its id. */
  async upload(fileName, csv) {
    await this.page.locator('#file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.page.getByRole('button', { name: 'Upload and check the file' }).click();
    await this.page.waitForURL((url) => /^\/staff-imports\/[^/]+$/.test(url.pathname));
    return new URL(this.page.url()).pathname.split('/').pop();
  }
}
