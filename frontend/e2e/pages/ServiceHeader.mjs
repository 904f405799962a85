/** The GOV.UK service navigation: the sections the user may see, who is signed in, and Sign out. */
export class ServiceHeader {
  constructor(page) {
    this.page = page;
  }

  async navigationItems() {
    const links = this.page.locator('.govuk-service-navigation__list a.govuk-service-navigation__link');
    await links.first().waitFor();
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  async signedInName() {
    return (await this.page.getByTestId('signed-in-user').innerText()).trim();
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await this.page.waitForURL((url) => url.pathname === '/sign-in');
  }
}
