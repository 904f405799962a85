import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BANDWISE_E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const DEMO_PASSWORD = 'bandwise-demo';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (never a downloaded browser); Playwright gives it a fresh temporary profile. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.BANDWISE_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A new browser context (its own cookie jar) and page for one user's journey. */
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails when axe finds a serious or critical WCAG 2.2 AA violation on the page as it is now. */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  const report = blocking
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
    .join('\n');
  assert.equal(blocking.length, 0, `Accessibility violations on ${label} (${page.url()}):\n${report}`);
}

/** A random far-future date, so re-runs against the same database do not collide. */
export function randomFarFutureDate() {
  const year = 2040 + Math.floor(Math.random() * 51);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  return { day: String(day), month: String(month), year: String(year) };
}
