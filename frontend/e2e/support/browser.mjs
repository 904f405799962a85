/* global document, requestAnimationFrame -- used inside page.evaluate, which runs in the browser */
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

/** The two widths every page is checked at: a desktop screen, and a small phone (WCAG 1.4.10 reflow, 320–375 px). */
export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 375, height: 740 };

/** A new browser context (its own cookie jar) and page for one user's journey, at desktop width. */
export async function newPage(browser) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: DESKTOP,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits two animation frames, so layout and GOV.UK Frontend's media-query listeners have caught up with a resize. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function blockingViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
}

function describeViolations(violations) {
  return violations
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

/** How far the page scrolls sideways (0 when it fits), and the widest elements that stick out, for the report. */
async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const culprits =
      overflow <= 0
        ? []
        : Array.from(document.querySelectorAll('body *'))
            .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.parentElement?.closest('.app-table-scroll'))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
    return { overflow, culprits };
  });
}

/**
 * Fails when the page as it is now has a serious or critical WCAG 2.2 AA violation (axe), at desktop width or at
 * 375 px, or when it scrolls sideways at 375 px (wide tables must scroll inside their own region). Leaves the page
 * at the width it had.
 */
export async function expectAccessible(page, label) {
  const original = page.viewportSize() ?? DESKTOP;
  const problems = [];
  try {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['375 px', MOBILE],
    ]) {
      await page.setViewportSize(viewport);
      await settle(page);
      const blocking = await blockingViolations(page);
      if (blocking.length > 0) {
        problems.push(`at ${name}:\n${describeViolations(blocking)}`);
      }
      if (viewport === MOBILE) {
        const { overflow, culprits } = await sidewaysOverflow(page);
        if (overflow > 0) {
          problems.push(`at 375 px the page scrolls sideways by ${overflow} px (${culprits.join(', ')})`);
        }
      }
    }
  } finally {
    await page.setViewportSize(original);
    await settle(page);
  }
  assert.equal(problems.length, 0, `Accessibility problems on ${label} (${page.url()}):\n${problems.join('\n')}`);
}

/** Waits until nothing on the page says it is still loading. */
export async function waitUntilLoaded(page) {
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading…'));
}

/** A random far-future date, so re-runs against the same database do not collide. */
export function randomFarFutureDate() {
  const year = 2040 + Math.floor(Math.random() * 51);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  return { day: String(day), month: String(month), year: String(year) };
}
