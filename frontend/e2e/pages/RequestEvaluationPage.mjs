import { expectAccessible } from '../support/browser.mjs';

/** Asking for a JD version to be evaluated (`/evaluations/request?versionId=...`). */
export class RequestEvaluationPage {
  constructor(page) {
    this.page = page;
  }

  async open(versionId) {
    await this.page.goto(`/evaluations/request?versionId=${encodeURIComponent(versionId)}`);
    await this.page.getByRole('heading', { level: 1, name: 'Request an evaluation' }).waitFor();
    await this.page.getByTestId('jd-version-summary').waitFor();
    await expectAccessible(this.page, 'the request an evaluation page');
  }

  async request(reason) {
    await this.page.getByLabel('Why should this role be evaluated?').fill(reason);
    await this.page.getByRole('button', { name: 'Request evaluation' }).click();
  }
}
