import { expect, test } from '@playwright/test';
import {
  checkPage,
  createCaseWorker,
  DEMO,
  freshTotp,
  newPage,
  settled,
  signInAsDemo,
  submitSignIn,
  visit,
} from './helpers.js';

test.describe('foundation journeys', () => {
  test('a new case worker changes the temporary password, sets up two-step verification and signs in with a code', async ({
    browser,
    request,
  }) => {
    const account = await createCaseWorker(request);
    const { context, page } = await newPage(browser);

    await page.goto('/login');
    await checkPage(page, 'login');
    await submitSignIn(page, account.email, account.temporaryPassword);

    // A temporary password must be replaced before anything else.
    await expect(page).toHaveURL(/\/account\/password$/);
    await checkPage(page, 'change-temporary-password');
    const newPassword = 'quiet river lantern orchard 42';
    await page.getByLabel('Temporary password').fill(account.temporaryPassword);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();

    // Enrolment: the QR code, and the key to type in by hand, from which the app's code comes.
    await expect(page).toHaveURL(/\/mfa\/enrol$/);
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await checkPage(page, 'mfa-enrolment');
    const secret = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const enrolment = await freshTotp(page, secret, null);
    await page.getByLabel('Code from the app').fill(enrolment.code);
    await page.getByRole('button', { name: 'Confirm and continue' }).click();

    // Recovery codes are shown once; going on needs the confirmation that they are saved.
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await checkPage(page, 'mfa-recovery-codes');
    await page.getByText('I have saved these recovery codes').click();
    await page.getByRole('button', { name: 'Continue to OpenNRM' }).click();
    await expect(page).toHaveURL(/\/$/);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByText('You have signed out.')).toBeVisible();

    // Signing in again asks for a code; the one used at enrolment may not be replayed.
    await submitSignIn(page, account.email, newPassword);
    await expect(page).toHaveURL(/\/mfa$/);
    await checkPage(page, 'mfa-verify');
    const second = await freshTotp(page, secret, enrolment.step);
    await page.getByLabel('Security code').fill(second.code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByText('Robin Tester').first()).toBeVisible();
    await context.close();
  });

  test('Arabic mirrors the whole page from right to left', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.shelter);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

    await page.getByRole('button', { name: /^Language:/ }).click();
    await page.getByRole('menu').getByText('العربية').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await settled(page);

    // Mirrored: the product name sits at the right edge and the first navigation link
    // (Home) is to the right of the ones after it.
    const width = page.viewportSize()?.width ?? 1280;
    const productName = await page.locator('.product-name').boundingBox();
    expect(productName).not.toBeNull();
    expect(productName!.x).toBeGreaterThan(width / 2);
    const links = page.getByRole('navigation').first().getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    const first = await links.first().boundingBox();
    const last = await links.last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await checkPage(page, 'home-arabic');

    await visit(page, '/cases');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkPage(page, 'cases-arabic');
    await context.close();
  });

  test('Quick exit leaves for a neutral site and "back" shows no case data', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.caseworker);
    await visit(page, '/cases');
    const firstCase = page.getByRole('row').nth(1).getByRole('link').first();
    const reference = ((await firstCase.textContent()) ?? '').trim();
    expect(reference).toMatch(/^NRM-/);
    await firstCase.click();
    await settled(page);
    await page.getByRole('button', { name: 'Show personal details' }).click();
    await expect(page.getByText('Given name').first()).toBeVisible();

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
    await expect(page).toHaveTitle('Weather');

    // The session ended on the way out: back in history is the sign-in page, nothing else.
    await page.goBack();
    await expect(page).toHaveURL(/\/login$/);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to OpenNRM' })).toBeVisible();
    await expect(page.getByText(reference)).toHaveCount(0);
    await expect(page.getByText('Given name')).toHaveCount(0);
    const session = await page.request.get('/api/auth/session');
    expect(((await session.json()) as { authenticated: boolean }).authenticated).toBe(false);
    await context.close();
  });

  test('pressing Esc twice is a quick exit too', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.caseworker);
    await visit(page, '/cases');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
    await page.goBack();
    await expect(page).toHaveURL(/\/login$/);
    await settled(page);
    await expect(page.getByRole('table')).toHaveCount(0);
    await context.close();
  });
});

test.describe('every page passes an accessibility scan', () => {
  test('case worker: home, cases, case, personal details, account, not found', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.caseworker);
    await checkPage(page, 'home-caseworker');

    await visit(page, '/cases');
    await checkPage(page, 'cases');
    await page.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await checkPage(page, 'case-detail');
    await page.getByRole('button', { name: 'Show personal details' }).click();
    await expect(page.getByRole('button', { name: 'Hide personal details' })).toBeVisible();
    await checkPage(page, 'case-detail-personal-details');

    await visit(page, '/account');
    await checkPage(page, 'account');
    await visit(page, '/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await checkPage(page, 'not-found');
    await context.close();
  });

  test('organisation administrator: home, organisations, own organisation with its accounts', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.orgadmin);
    await checkPage(page, 'home-orgadmin');

    await visit(page, '/organisations');
    await checkPage(page, 'organisations');
    const session = (await (await page.request.get('/api/auth/session')).json()) as {
      user: { organisation: { id: string; name: string } };
    };
    await visit(page, `/organisations/${session.user.organisation.id}`);
    await expect(page.getByRole('heading', { level: 1, name: session.user.organisation.name })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
    await expect(page.getByText(DEMO.caseworker)).toBeVisible();
    await checkPage(page, 'organisation-with-accounts');

    await visit(page, '/admin');
    await checkPage(page, 'admin-orgadmin');
    await context.close();
  });

  test('system administrator: home, administration, audit log', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.admin);
    await checkPage(page, 'home-admin');
    await visit(page, '/admin');
    await checkPage(page, 'admin-system');
    await visit(page, '/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await checkPage(page, 'audit');
    await context.close();
  });

  test('analyst: home', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.analyst);
    await checkPage(page, 'home-analyst');
    // Aggregates only: no cases in the navigation.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Cases' })).toHaveCount(0);
    await context.close();
  });
});
