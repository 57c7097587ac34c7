import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from '@playwright/test';
import { generate } from 'otplib';

/** The one password of the synthetic demo accounts (packages/server/src/demo/accounts.ts). */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO = {
  admin: 'admin@opennrm.example',
  analyst: 'analyst@opennrm.example',
  caseworker: 'caseworker@opennrm.example',
  orgadmin: 'orgadmin@opennrm.example',
  shelter: 'shelter@opennrm.example',
  outreach: 'outreach@opennrm.example',
  decider: 'decider@opennrm.example',
} as const;

/** Where "Quick exit" sends the browser (index.html); answered locally, never fetched. */
export const NEUTRAL_SITE = 'https://www.google.com/**';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/e2e/', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOTP_PERIOD_MS = 30_000;

/** A fresh browser context (no cookies, no storage) whose neutral site is a local stub. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.route(NEUTRAL_SITE, (route) =>
    route.fulfill({
      body: '<html><title>Weather</title><body>Weather</body></html>',
      contentType: 'text/html',
    }),
  );
  const page = await context.newPage();
  return { context, page };
}

/** Waits until the page has its heading and nothing is still loading. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Full-page screenshot kept as a CI artifact: artifacts/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // From the top: a sticky bar would otherwise be drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** WCAG 2.2 AA scan of the whole page; the message lists each rule and its first targets. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
        .join(' | ')}`,
  );
  // Soft: the journey goes on, so one run reports the violations of every page it visits.
  expect.soft(found, `accessibility violations on ${name}`).toEqual([]);
}

/** The check every visited page gets: settled, accessible, photographed. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await settled(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/**
 * Fills in and submits the sign-in form. Sign-in is rate limited per address (10 a
 * minute); the journeys sign in more often than that, so a 429 waits for the window.
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    const response = await answer;
    if (response.status() !== 429) return;
    await page.waitForTimeout(retryAfterMs(response.headers()['retry-after']));
  }
  throw new Error('sign-in stayed rate limited');
}

/** Signs a demo account in through the login page (demo accounts skip MFA in demo mode). */
export async function signInAsDemo(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await settled(page);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await settled(page);
}

/** Opens a path with a full page load and waits until it has settled. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settled(page);
}

function retryAfterMs(header: string | undefined): number {
  const seconds = Number(header);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000 + 500;
}

/** The 30-second TOTP step a moment falls in. */
export function totpStep(at: number = Date.now()): number {
  return Math.floor(at / TOTP_PERIOD_MS);
}

/**
 * A TOTP code from a step after `usedStep`: the server refuses a step already used
 * (replay protection), so this waits for the next step when needed.
 */
export async function freshTotp(
  page: Page,
  secret: string,
  usedStep: number | null,
): Promise<{ code: string; step: number }> {
  if (usedStep !== null && totpStep() <= usedStep) {
    await page.waitForTimeout((usedStep + 1) * TOTP_PERIOD_MS - Date.now() + 250);
  }
  // Not in the last second of a step: the code would go stale between typing and checking.
  if (TOTP_PERIOD_MS - (Date.now() % TOTP_PERIOD_MS) < 1500) await page.waitForTimeout(1600);
  const step = totpStep();
  return { code: await generate({ secret }), step };
}

/** Signs in through the API (cookies stay in `request`); returns the session. */
export async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<{ csrfToken: string; user: { organisation: { id: string } } }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await request.post('/api/auth/login', { data: { email, password } });
    if (res.status() === 429) {
      await new Promise((r) => setTimeout(r, retryAfterMs(res.headers()['retry-after'])));
      continue;
    }
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as { csrfToken: string; user: { organisation: { id: string } } };
  }
  throw new Error('API sign-in stayed rate limited');
}

/**
 * As the demo system administrator, creates a case worker (not a demo account, so MFA
 * applies) in the administrator's own organisation; returns its one-time password.
 */
export async function createCaseWorker(
  request: APIRequestContext,
): Promise<{ email: string; temporaryPassword: string }> {
  const session = await apiSignIn(request, DEMO.admin, DEMO_PASSWORD);
  const email = `e2e-${Date.now().toString(36)}@test.example`;
  const res = await request.post(`/api/organisations/${session.user.organisation.id}/users`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { email, displayName: 'Robin Tester', roles: ['case_worker'], locale: 'en' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { temporaryPassword: string };
  await request.post('/api/auth/logout', { headers: { 'x-csrf-token': session.csrfToken } });
  return { email, temporaryPassword: body.temporaryPassword };
}

const MESSAGES = fileURLToPath(new URL('../packages/web/src/i18n/messages/', import.meta.url));

/**
 * The web interface's own words in one language (the shared catalogue and every
 * module's), so a journey in Arabic or Ukrainian finds controls by the names a user
 * sees. `{name}` placeholders are filled from `values`; plural forms are not handled.
 */
export function catalogue(locale: string): (key: string, values?: Record<string, string | number>) => string {
  const messages: Record<string, string> = {
    ...(JSON.parse(readFileSync(`${MESSAGES}${locale}.json`, 'utf8')) as Record<string, string>),
  };
  for (const entry of readdirSync(MESSAGES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = `${MESSAGES}${entry.name}/${locale}.json`;
    Object.assign(messages, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  }
  return (key, values = {}) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}

/** Changes the interface language from the header's language menu (kept on the account). */
export async function switchLanguage(page: Page, fromLocale: string, endonym: string): Promise<void> {
  const t = catalogue(fromLocale);
  const prefix = t('language.button').split('{')[0] ?? '';
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(prefix)}`) }).click();
  await page.getByRole('menu').getByText(endonym, { exact: true }).click();
}

/** A string matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
