/**
 * The browser side of the console's tests: Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH)
 * driven by playwright-core, with every page watched for what must never happen: a request to another
 * origin, a Content-Security-Policy violation, an uncaught error, a dialog (an injected script's alert).
 * Screenshots go to test/artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The launch flags: headless, no sandbox (root in CI), nothing Chromium would fetch for itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** What a page did that it must not: checked by every test after it ran. */
export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin but the console's (refused, and listed here). */
  outsideRequests: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
  /** Uncaught errors. */
  pageErrors: string[];
  /** Dialogs (alert, confirm, prompt) the page opened. */
  dialogs: string[];
}

/** A fresh context and page on `origin`, watched (see PageWatch); outside requests are aborted. */
export async function openWatchedPage(browser: Browser, origin: string): Promise<PageWatch> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const watch: PageWatch = { page: await context.newPage(), context, outsideRequests: [], cspViolations: [], pageErrors: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    watch.outsideRequests.push(url);
    return route.abort();
  });
  // Each violation is reported to the page as an event; the listener is installed before any script runs.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => void watch.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  watch.page.on('pageerror', (error) => void watch.pageErrors.push(error.message));
  watch.page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return watch;
}

/** Writes test/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, fullPage: true });
}

/** Signs in on the console's development sign-in as `role` (and, for portal, the customer named `customerName`). */
export async function signInAs(page: Page, origin: string, role: string, customerName?: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  if (customerName) {
    const customer = page.getByLabel('Customer', { exact: true });
    await customer.locator('option', { hasText: customerName }).first().waitFor({ state: 'attached' });
    await customer.selectOption({ label: customerName });
  }
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await page.getByTestId('live-state').getByText('Live').waitFor();
}
