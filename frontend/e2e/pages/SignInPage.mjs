import { expectAccessible } from '../support/browser.mjs';

export class SignInPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/sign-in');
    await this.page.getByRole('heading', { level: 1, name: 'Sign in to Bandwise' }).waitFor();
    await expectAccessible(this.page, 'the sign-in page');
  }

  /** Signs in and waits until the app has left the sign-in page. */
  async signInAs(username, password) {
    await this.open();
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.waitForURL((url) => url.pathname !== '/sign-in');
  }

  /** Waits (up to the default timeout) for the sign-in heading; false if it never appears. */
  async isShown() {
    try {
      await this.page.getByRole('heading', { level: 1, name: 'Sign in to Bandwise' }).waitFor();
      return true;
    } catch {
      return false;
    }
  }
}
