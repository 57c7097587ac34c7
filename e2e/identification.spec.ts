import {
  personFacingText,
  type QuestionKey,
  questionText,
  type ScreeningAnswer,
  SHORT_SCREEN_QUESTION_KEYS,
  screeningUiText,
} from '@opennrm/core';
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import {
  catalogue,
  checkPage,
  DEMO,
  escapeRegExp,
  newPage,
  settled,
  signInAsDemo,
  switchLanguage,
  visit,
} from './helpers.js';

/**
 * Issue 3, identification and referral, in the browser: a person-facing short screen in
 * Ukrainian, the referral with consent and its printed confirmation, the competent
 * authority's positive reasonable-grounds decision and the recovery-period clock; a
 * short screen finished with no network and sent on reconnecting; Arabic from right to left.
 */

const en = catalogue('en');
const ar = catalogue('ar');

/** How the person answers each question of the Ukrainian short screen; "no" for the rest. */
const UKRAINIAN_ANSWERS: Partial<Record<QuestionKey, ScreeningAnswer>> = {
  safety_in_danger_now: 'no',
  safety_injured: 'declined',
  safety_place_tonight: 'yes',
  dr_job_different: 'yes',
  cr_threats: 'yes',
  rav_economic: 'unsure',
  ec_excessive_hours: 'yes',
  cd_free_to_leave: 'no',
  cd_documents_kept: 'yes',
  cd_debt: 'yes',
};

const ANSWER_TEXT_KEY = {
  yes: 'answer_yes',
  no: 'answer_no',
  unsure: 'answer_unsure',
  declined: 'answer_declined',
} as const;

/**
 * Ticks a react-aria radio or checkbox: its input is visually hidden inside the label
 * that draws it, so the label is what a user (and the mouse) presses.
 */
async function pick(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
}

/** Chooses an option of a react-aria Select (a button opening a list box). */
async function selectOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escapeRegExp(label)) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The person-facing screen: the dialog over the page, and its container in the person's language. */
function personFacing(page: Page, language: string): { dialog: Locator; container: Locator } {
  const dialog = page.getByRole('dialog');
  return { dialog, container: dialog.locator(`[lang="${language}"]`).first() };
}

/** The start form of a short screen: screen, language of the questions, who holds the device. */
async function startShortScreen(
  page: Page,
  options: { language: RegExp; personFacing: boolean },
  words = en,
): Promise<void> {
  await pick(
    page.getByRole('radio', {
      name: new RegExp(`^${escapeRegExp(words('identification.start.depth.short'))}`),
    }),
  );
  await pick(page.getByRole('radio', { name: options.language }));
  await pick(
    page.getByRole('radio', {
      name: words(
        options.personFacing ? 'identification.start.mode.person_facing' : 'identification.start.mode.worker',
      ),
    }),
  );
  await page.getByRole('button', { name: words('identification.start.submit') }).click();
  await expect(page).toHaveURL(/\/screenings\/draft\/[0-9a-f-]{36}$/);
}

test.describe
  .serial('a person-facing screen in Ukrainian, a referral with consent, a positive reasonable-grounds decision', () => {
    let reference = '';
    let caseId = '';

    test('the outreach worker screens in Ukrainian, refers with consent and prints the confirmation', async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, DEMO.outreach);

      await visit(page, '/screenings/new');
      await expect(
        page.getByRole('heading', { level: 1, name: en('identification.start.title') }),
      ).toBeVisible();
      await checkPage(page, 'id-screening-start');
      await startShortScreen(page, { language: /^Ukrainian/, personFacing: true });

      // The device in the person's hands: Ukrainian, one question at a time.
      const { dialog, container } = personFacing(page, 'uk');
      await expect(container).toHaveAttribute('dir', 'ltr');
      await expect(dialog.getByRole('heading', { name: screeningUiText('intro', 'uk').text })).toBeVisible();
      await checkPage(page, 'id-person-facing-uk-intro');
      await dialog.getByRole('button', { name: personFacingText('start', 'uk').text }).click();

      const byText = new Map(
        SHORT_SCREEN_QUESTION_KEYS.map((key) => [questionText(key, 'uk')?.text ?? key, key as QuestionKey]),
      );
      const handback = dialog.getByRole('heading', { name: personFacingText('handback_title', 'uk').text });
      const question = dialog.getByRole('heading', { level: 2 });
      let asked = 0;
      let declined = 0;
      while (!(await handback.isVisible())) {
        asked += 1;
        expect(asked, 'more questions than the short screen has').toBeLessThanOrEqual(
          SHORT_SCREEN_QUESTION_KEYS.length,
        );
        await expect(dialog.getByText(new RegExp(`^Запитання ${asked} з \\d+$`))).toBeVisible();
        const text = ((await question.textContent()) ?? '').trim();
        const key = byText.get(text);
        expect(key, `an unknown question: ${text}`).toBeDefined();
        if (asked === 1) {
          // The first question, as the person sees it: in Ukrainian, large, with every answer.
          await expect(
            dialog.getByRole('button', { name: screeningUiText('answer_declined', 'uk').text }),
          ).toBeVisible();
          await checkPage(page, 'id-person-facing-uk-question');
        }
        const answer = (key ? UKRAINIAN_ANSWERS[key] : undefined) ?? 'no';
        if (answer === 'declined') declined += 1;
        await dialog
          .getByRole('button', { name: screeningUiText(ANSWER_TEXT_KEY[answer], 'uk').text, exact: true })
          .click();
        // The next question (or the hand-back screen) replaces this one.
        await expect(question.filter({ hasText: text })).toHaveCount(0);
      }
      expect(asked).toBeGreaterThan(10);
      expect(declined).toBe(1);
      // No answer is shown to anyone looking over the person's shoulder.
      await expect(dialog.getByText(screeningUiText('answer_yes', 'uk').text, { exact: true })).toHaveCount(
        0,
      );
      await checkPage(page, 'id-person-facing-uk-handback');
      await dialog.getByRole('button', { name: en('identification.personFacing.continueAsWorker') }).click();

      // Back with the worker: the suggestion, then the worker's own conclusion.
      await expect(page).toHaveURL(/\/screenings\/draft\/[0-9a-f-]{36}\/result$/);
      await expect(
        page.getByRole('heading', { level: 1, name: en('identification.result.title') }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: en('identification.result.overall') })).toBeVisible();
      await expect(
        page
          .getByText(en('identification.overall.indication'), { exact: true })
          .or(page.getByText(en('identification.overall.strong_indication'), { exact: true }))
          .first(),
      ).toBeVisible();
      await checkPage(page, 'id-screening-suggestion');
      const agree = page.getByRole('radio', { name: /^Yes, I agree:/ });
      await expect(agree).toBeChecked();
      await page.getByRole('button', { name: en('identification.conclude.finish') }).click();

      // Sent at once (online): the stored screening.
      await expect(page).toHaveURL(/\/screenings\/[0-9a-f-]{36}$/);
      await settled(page);
      await expect(page.getByText(en('identification.conclusionKind.confirmed'))).toBeVisible();
      await checkPage(page, 'id-screening-completed');

      // The referral, step by step, from the screening's "Refer" action.
      await page.getByRole('link', { name: en('identification.detail.refer') }).click();
      await expect(page).toHaveURL(/\/referrals\/drafts\/[0-9a-f-]{36}\?screening=/);
      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 1, total: 6 }) }),
      ).toBeVisible();
      await expect(page.getByText(en('referrals.prefill.fromScreening'))).toBeVisible();
      await checkPage(page, 'id-referral-person');
      await page.getByLabel(en('person.birthYear'), { exact: true }).fill('1994');
      const language = page.getByRole('combobox', { name: en('person.preferredLanguage') });
      // Focused first, as a user's click does: the list opens on focus, then the typing filters it.
      await language.click();
      await language.fill('Ukrainian');
      await page.getByRole('option', { name: 'Ukrainian', exact: true }).click();
      await expect(language).toHaveValue('Ukrainian');
      await page.getByRole('button', { name: en('referrals.continue') }).click();

      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 2, total: 6 }) }),
      ).toBeVisible();
      const forms = page.getByRole('group', { name: en('referrals.exploitation.forms') });
      if ((await forms.getByRole('checkbox', { checked: true }).count()) === 0) {
        await pick(forms.getByRole('checkbox', { name: en('enum.exploitationForm.forced_labour') }));
      }
      await expect(forms.getByRole('checkbox', { checked: true }).first()).toBeVisible();
      await pick(page.getByRole('checkbox', { name: /^Recruitment/ }));
      await checkPage(page, 'id-referral-exploitation');
      await page.getByRole('button', { name: en('referrals.continue') }).click();

      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 3, total: 6 }) }),
      ).toBeVisible();
      await page
        .getByLabel(en('referrals.needs.narrative'))
        .fill(
          'Recruited for farm work abroad; passport kept by the employer; told she owed a debt for travel.',
        );
      await checkPage(page, 'id-referral-needs');
      await page.getByRole('button', { name: en('referrals.continue') }).click();

      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 4, total: 6 }) }),
      ).toBeVisible();
      await checkPage(page, 'id-referral-authority');
      await page.getByRole('button', { name: en('referrals.continue') }).click();

      // Consent, purpose by purpose: informed in Ukrainian, spoken, agrees to the referral.
      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 5, total: 6 }) }),
      ).toBeVisible();
      await expect(page.getByRole('combobox', { name: en('referrals.consent.language') })).toHaveValue(
        'Ukrainian',
      );
      await selectOption(page, en('referrals.consent.method'), en('referrals.method.verbal'));
      await pick(page.getByRole('radio', { name: en('referrals.consent.referralGiven') }));
      await checkPage(page, 'id-referral-consent');
      await page.getByRole('button', { name: en('referrals.continue') }).click();

      await expect(
        page.getByRole('heading', { name: en('referrals.step.heading', { number: 6, total: 6 }) }),
      ).toBeVisible();
      await checkPage(page, 'id-referral-check');
      await page.getByRole('button', { name: en('referrals.send') }).click();

      // The confirmation, with the case reference and the letter for the person.
      await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}\/confirmation$/);
      await expect(
        page.getByRole('heading', { level: 1, name: en('referrals.confirmation.title') }),
      ).toBeVisible();
      const referenceText = (await page.getByText(/^Case reference: /).textContent()) ?? '';
      reference = referenceText.replace('Case reference:', '').trim();
      expect(reference).toMatch(/^NRM-/);
      await expect(page.getByText(en('referrals.confirmation.dueAt'))).toBeVisible();
      // The sent draft is gone for good: once the draft store's 1.5-second sync debounce
      // has passed, nothing is left to sync and no "deleted meanwhile" conflict appears.
      await page.waitForTimeout(2_500);
      await expect(page.getByText(en('offline.status.synced'))).toBeVisible();
      await expect(page.getByText(/needs? your choice/)).toHaveCount(0);
      await checkPage(page, 'id-referral-confirmation');

      const print = page.getByRole('link', { name: en('referrals.confirmation.print') });
      await expect(print).toBeVisible();
      const pdfUrl = await print.getAttribute('href');
      expect(pdfUrl).toMatch(/^\/api\/referrals\/[0-9a-f-]{36}\/confirmation\.pdf$/);
      const pdf = await page.request.get(pdfUrl ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      const body = await pdf.body();
      expect(body.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(body.length).toBeGreaterThan(1000);

      const caseHref =
        (await page
          .getByRole('link', { name: en('referrals.confirmation.openCase') })
          .getAttribute('href')) ?? '';
      caseId = caseHref.replace('/cases/', '');
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

      await page.getByRole('button', { name: en('auth.signOut') }).click();
      await expect(page).toHaveURL(/\/login$/);
      await context.close();
    });

    test('the decision maker finds the new case, decides positively on reasonable grounds, and the recovery clock starts', async ({
      browser,
    }) => {
      expect(reference, 'the referral of the journey before').not.toBe('');
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, DEMO.decider);

      await visit(page, '/decisions?stage=reasonable_grounds');
      await expect(page.getByRole('heading', { level: 1, name: en('decisions.inbox.title') })).toBeVisible();
      await checkPage(page, 'id-decisions-inbox');
      // The inbox is sorted by deadline, overdue first: the new case may be on a later page.
      const link = page.getByRole('link', { name: reference, exact: true });
      const next = page.getByRole('button', { name: en('pagination.next') });
      for (let turn = 0; turn < 20 && (await link.count()) === 0; turn++) {
        if ((await next.count()) === 0 || (await next.isDisabled())) break;
        await next.click();
        await settled(page);
      }
      await expect(link, `${reference} in the decisions inbox`).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/cases/${caseId}`));
      await settled(page);
      await expect(page.getByRole('heading', { name: en('decisions.section.title') })).toBeVisible();
      await checkPage(page, 'id-case-awaiting-decision');

      await page.getByRole('button', { name: 'Record decision: Reasonable grounds' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: 'Decision: Reasonable grounds' })).toBeVisible();
      await pick(dialog.getByRole('radio', { name: /^Positive/ }));
      await dialog
        .getByLabel(en('decisions.form.reasons'))
        .fill(
          'The account is consistent and detailed: deceptive recruitment, passport withheld, a debt used to compel work. ' +
            'These meet the reasonable-grounds threshold.',
        );
      await dialog.getByRole('button', { name: en('decisions.form.continue') }).click();
      await expect(dialog.getByRole('heading', { name: en('decisions.confirm.title') })).toBeVisible();
      await expect(dialog.getByText(/starts a recovery and reflection period of \d+ days/)).toBeVisible();
      await checkPage(page, 'id-decision-check');
      await dialog.getByRole('button', { name: en('decisions.confirm.submit') }).click();
      await expect(dialog).toHaveCount(0);

      // The recovery-period clock: days left, the dates, the protection against removal.
      const clock = page.getByRole('region', { name: /^Recovery and reflection period: running/ });
      await expect(clock).toBeVisible();
      await expect(clock.getByText(/^\d+ days left of \d+$/)).toBeVisible();
      await expect(clock.getByRole('meter', { name: en('decisions.period.meter') })).toBeVisible();
      await expect(clock.getByText(en('decisions.period.starts'))).toBeVisible();
      await expect(clock.getByText(en('decisions.period.ends'))).toBeVisible();
      await expect(clock.getByText(en('decisions.period.noRemoval.title'))).toBeVisible();
      await expect(page.getByText(en('enum.stage.recovery_period'), { exact: true }).first()).toBeVisible();
      await checkPage(page, 'id-case-recovery-period');
      await context.close();
    });
  });

test.describe('offline screening', () => {
  test('a short screen finished with no network is kept on the device and sent on reconnecting', async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.outreach);
    await visit(page, '/screenings/new');
    await startShortScreen(page, { language: /^English/, personFacing: false });
    await expect(
      page.getByRole('heading', { level: 1, name: en('identification.depth.short') }),
    ).toBeVisible();

    await goOffline(context, page);
    const questions = page.getByRole('radiogroup');
    await expect(questions.first()).toBeVisible();
    const total = await questions.count();
    expect(total).toBeGreaterThan(10);
    // A few answers, one of them declined; the rest stay open.
    const plan: ScreeningAnswer[] = ['no', 'no', 'yes', 'yes', 'yes', 'declined', 'yes', 'no', 'yes', 'yes'];
    for (const [index, answer] of plan.entries()) {
      await pick(
        questions.nth(index).getByRole('radio', { name: en(`identification.answer.${answer}`), exact: true }),
      );
    }
    await expect(
      page.getByText(en('identification.worker.answered', { answered: plan.length, total })),
    ).toBeVisible();
    await expect(page.getByText(en('offline.draftStatus.saved_locally'), { exact: true })).toBeVisible();
    await checkPage(page, 'id-offline-questions');

    await page.getByRole('link', { name: en('identification.worker.seeSuggestion') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: en('identification.result.title') }),
    ).toBeVisible();
    await page.getByRole('button', { name: en('identification.conclude.finish') }).click();
    await expect(page.getByText(en('identification.send.waiting.title'))).toBeVisible();
    await expect(page.getByText(en('offline.draftStatus.saved_locally'), { exact: true })).toBeVisible();
    await checkPage(page, 'id-offline-finished-waiting');

    // Back online: the finished screening is sent and opens as a stored one.
    await context.setOffline(false);
    await expect(page).toHaveURL(/\/screenings\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await settled(page);
    const screeningPath = new URL(page.url()).pathname;
    // Status: completed (the summary's value, not the "Completed" date term next to it).
    await expect(
      page
        .getByRole('definition')
        .filter({ hasText: new RegExp(`^${en('identification.status.completed')}$`) }),
    ).toBeVisible();
    await checkPage(page, 'id-offline-synced');

    // Listed with the organisation's screenings, and no longer waiting on the device.
    await visit(page, '/screenings');
    await expect(page.getByText(en('identification.list.onDevice.empty'))).toBeVisible();
    await expect(page.locator(`a[href="${screeningPath}"]`)).toBeVisible();
    await checkPage(page, 'id-screenings-list');
    await context.close();
  });
});

/** Cuts the network and waits until the app has noticed. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByText(en('offline.status.offline')).first()).toBeVisible();
}

test.describe('Arabic from right to left', () => {
  test('the person-facing screen and the referral form in Arabic', async ({ browser }) => {
    const { context, page } = await newPage(browser);
    await signInAsDemo(page, DEMO.outreach);

    // The interface in English, the person's questions in Arabic: the person's part mirrors on its own.
    await visit(page, '/screenings/new');
    await startShortScreen(page, { language: /العربية/, personFacing: true });
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const { dialog, container } = personFacing(page, 'ar');
    await expect(container).toHaveAttribute('dir', 'rtl');
    await dialog.getByRole('button', { name: personFacingText('start', 'ar').text }).click();
    await expect(
      dialog.getByRole('heading', { name: questionText('safety_in_danger_now', 'ar')?.text ?? '' }),
    ).toBeVisible();
    const width = page.viewportSize()?.width ?? 1280;
    const exit = await dialog
      .getByRole('button', { name: personFacingText('quick_exit', 'ar').text })
      .boundingBox();
    expect(exit, 'the quick exit of the Arabic screen').not.toBeNull();
    // Mirrored: the quick exit sits on the left in Arabic (the end of the line).
    expect(exit?.x ?? width).toBeLessThan(width / 2);
    await checkPage(page, 'id-person-facing-ar-question');
    await dialog.getByRole('button', { name: screeningUiText('answer_no', 'ar').text, exact: true }).click();
    await dialog.getByRole('button', { name: personFacingText('stop', 'ar').text }).click();
    await expect(
      dialog.getByRole('heading', { name: personFacingText('handback_title', 'ar').text }),
    ).toBeVisible();
    await checkPage(page, 'id-person-facing-ar-handback');
    await dialog.getByRole('button', { name: en('identification.personFacing.continueAsWorker') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: en('identification.result.title') }),
    ).toBeVisible();

    // Now the worker's interface in Arabic: the whole page mirrors.
    await switchLanguage(page, 'en', 'العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(
      page.getByRole('heading', { level: 1, name: ar('identification.result.title') }),
    ).toBeVisible();
    await checkPage(page, 'id-screening-suggestion-ar');
    await page.getByRole('button', { name: ar('identification.conclude.finish') }).click();
    await expect(page).toHaveURL(/\/screenings\/[0-9a-f-]{36}$/);
    await settled(page);

    await page.getByRole('link', { name: ar('identification.detail.refer') }).click();
    await expect(page).toHaveURL(/\/referrals\/drafts\/[0-9a-f-]{36}\?screening=/);
    await expect(
      page.getByRole('heading', { name: ar('referrals.step.heading', { number: 1, total: 6 }) }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkPage(page, 'id-referral-person-ar');
    await page.getByLabel(ar('person.birthYear'), { exact: true }).fill('1990');
    const continueButton = page.getByRole('button', { name: ar('referrals.continue') });
    await continueButton.click();
    await expect(
      page.getByRole('heading', { name: ar('referrals.step.heading', { number: 2, total: 6 }) }),
    ).toBeVisible();
    const forms = page.getByRole('group', { name: ar('referrals.exploitation.forms') });
    await pick(forms.getByRole('checkbox', { name: ar('enum.exploitationForm.unknown') }));
    await checkPage(page, 'id-referral-exploitation-ar');
    for (const number of [3, 4, 5]) {
      await continueButton.click();
      await expect(
        page.getByRole('heading', { name: ar('referrals.step.heading', { number, total: 6 }) }),
      ).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkPage(page, 'id-referral-consent-ar');

    // Leave the account as it was: the interface back in English.
    await switchLanguage(page, 'ar', 'English');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await context.close();
  });
});
