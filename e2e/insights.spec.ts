import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  catalogue,
  checkPage,
  escapeRegExp,
  newPage,
  screenshot,
  settled,
  signInAsDemo,
  switchLanguage,
  visit,
} from './helpers.js';

/**
 * Issue 5, national stock-taking, in the browser: the national coordinator opens the
 * dashboard on the demo data, sees the gender × exploitation bias flagged, drills into a
 * breakdown, filters a region, builds the national report (PDF) and exports a table;
 * the dashboard is accessible in English and in Arabic (right to left, charts mirrored).
 */

const COORDINATOR = 'coordinator@opennrm.example';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/e2e/', import.meta.url));
const en = catalogue('en');
const ar = catalogue('ar');

/** Chooses an option of a react-aria Select (a button opening a list box). */
async function selectOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escapeRegExp(label)) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The section of one statistics table, found by its id. */
function tableSection(page: Page, tableId: string): Locator {
  return page.locator(`section[data-table-id="${tableId}"]`);
}

/** Pages of a PDF, counted from its page objects (pdfkit writes them uncompressed). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe
  .serial('the national coordinator takes stock', () => {
    test('the dashboard on the demo data: gaps, measures, the bias flagged, a drill-down, a region', async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, COORDINATOR);

      await page
        .getByRole('navigation', { name: en('nav.label') })
        .getByRole('link', { name: en('insights.nav'), exact: true })
        .click();
      await expect(page).toHaveURL(/\/insights$/);
      await expect(
        page.getByRole('heading', { level: 1, name: en('insights.dashboard.title') }),
      ).toBeVisible();
      await settled(page);

      // The gap summary first, with the numbers behind each gap.
      const gaps = page.getByRole('region', { name: en('insights.gaps.title') });
      await expect(gaps).toBeVisible();
      await expect(gaps.getByRole('listitem').first()).toBeVisible();
      expect(await gaps.getByRole('listitem').count()).toBeLessThanOrEqual(5);

      // Nine measures, each with a heading; one that has no data says so in words.
      for (const measure of [
        'official_counts',
        'who_identifies',
        'bias',
        'conditionality',
        'timeliness',
        'remedies',
        'unmet_need',
        'children',
        'voices',
      ]) {
        await expect(
          page.getByRole('heading', { level: 2, name: en(`insights.measure.${measure}.title`) }),
        ).toBeVisible();
      }
      await expect(page.getByText(en('insights.measure.voices.noData'))).toBeVisible();

      // Every chart is a picture with a reading, and its table is one press away.
      const byGender = tableSection(page, 'official_counts.by_gender');
      await expect(byGender.locator('.insights-chart-picture[role="img"]')).toBeVisible();
      await expect(byGender.locator('.insights-reading')).toHaveText(/\S/);
      const show = byGender.getByRole('button', {
        name: new RegExp(`^${escapeRegExp(en('insights.table.show', { title: '' }))}`),
      });
      await show.click();
      await expect(byGender.getByRole('table')).toBeVisible();
      await expect(byGender.getByRole('columnheader', { name: 'Presumed victims' })).toBeVisible();

      // The bias: form of exploitation × gender × age, under-identified cells marked in words.
      const bias = tableSection(page, 'bias.form_gender_age');
      await bias.scrollIntoViewIfNeeded();
      await expect(bias.getByText(/chi-square test/)).toBeVisible();
      const flagged = bias.locator('.insights-flagged li');
      await expect(flagged.first()).toBeVisible();
      await expect(bias.locator('td.insights-cell-flagged').first()).toContainText(
        en('insights.flag.under_identified'),
      );
      await expect(
        bias
          .getByRole('table')
          .first()
          .getByRole('rowheader', { name: /Sexual exploitation: prostitution/ }),
      ).toBeVisible();
      await checkPage(page, 'insights-dashboard');

      // Drill-down: a breakdown opens the measure by that breakdown.
      await byGender.getByRole('link', { name: en('insights.drill.open', { title: 'By gender' }) }).click();
      await expect(page).toHaveURL(/\/insights\/measures\/official_counts\?.*breakdown=gender/);
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: en('insights.measurePage.titleBy', {
            measure: en('insights.measure.official_counts.title'),
            breakdown: 'Gender',
          }),
        }),
      ).toBeVisible();
      await settled(page);
      await expect(tableSection(page, 'official_counts.by_gender')).toBeVisible();
      await expect(tableSection(page, 'official_counts.by_form')).toHaveCount(0);
      await checkPage(page, 'insights-measure-by-gender');
      await page.getByRole('link', { name: en('insights.measurePage.back') }).click();
      await expect(page).toHaveURL(/\/insights(\?|#|$)/);
      await settled(page);

      // A region: the filter goes to the URL (filters only) and the figures follow.
      const before = (await tableSection(page, 'official_counts.totals').textContent()) ?? '';
      await selectOption(page, en('insights.filter.region'), 'North');
      await expect(page).toHaveURL(/[?&]region=north/);
      await expect(page.locator('.insights-scope')).toContainText('North');
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(tableSection(page, 'official_counts.totals')).not.toHaveText(before);
      await checkPage(page, 'insights-dashboard-north');
      await context.close();
    });

    test('the national report is built as a PDF with a progress bar, and a table exports as CSV', async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, COORDINATOR);
      await visit(page, '/insights');

      // The report: progress while it builds, then the download.
      await page.getByRole('button', { name: en('insights.report.generate') }).click();
      const progress = page.getByRole('progressbar').first();
      await expect(progress).toBeVisible();
      await screenshot(page, 'insights-report-building');
      await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 180_000 });
      const link = page.getByRole('link', { name: en('insights.report.download') });
      await expect(link).toBeVisible();
      const downloadPdf = page.waitForEvent('download');
      await link.click();
      const pdfFile = await (await downloadPdf).path();
      const pdf = readFileSync(pdfFile);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const pages = pdfPageCount(pdf);
      expect(pages, 'pages of the national report').toBeGreaterThan(3);
      await expect(page.getByText(new RegExp(`\\(${pages} pages\\)`))).toBeVisible();
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(`${ARTIFACTS}insights-report.pdf`, pdf);

      // A table as CSV: the figures shown, suppressed cells as "c", never a count from 1 to 4.
      const byGender = tableSection(page, 'official_counts.by_gender');
      const downloadCsv = page.waitForEvent('download');
      await byGender
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(en('insights.download.csv'))}`) })
        .click();
      const csv = readFileSync(await (await downloadCsv).path(), 'utf8').replace(/^\uFEFF/, '');
      const [header, ...lines] = csv.trim().split(/\r?\n/);
      expect(header).toBe('gender,gender_label,presumed,identified,anonymous,flag');
      expect(lines.map((line) => line.split(',')[0])).toEqual(
        expect.arrayContaining(['female', 'male', 'transgender_nonconforming', 'unknown', 'total']),
      );
      for (const line of lines) {
        for (const field of line.split(',').slice(2, 5)) {
          expect(field, `a cell of ${line}`).toMatch(/^(c|0|[5-9]|\d{2,})$/);
        }
      }
      await context.close();
    });

    test('the dashboard in Arabic reads from right to left, charts mirrored, and stays accessible', async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, COORDINATOR);
      await switchLanguage(page, 'en', 'العربية');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await visit(page, '/insights');
      await expect(
        page.getByRole('heading', { level: 1, name: ar('insights.dashboard.title') }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: ar('insights.gaps.title') })).toBeVisible();

      // Mirrored: the category axis of a bar chart stands on the right of the chart.
      const chart = tableSection(page, 'official_counts.by_gender').locator('.insights-chart-picture');
      const box = await chart.boundingBox();
      const tick = await chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick').first().boundingBox();
      expect(box && tick, 'the chart and its axis are drawn').toBeTruthy();
      if (box && tick) expect(tick.x + tick.width / 2).toBeGreaterThan(box.x + box.width / 2);
      await expect(
        tableSection(page, 'bias.form_gender_age').locator('td.insights-cell-flagged').first(),
      ).toContainText(ar('insights.flag.under_identified'));
      await checkPage(page, 'insights-dashboard-ar');

      await switchLanguage(page, 'ar', 'English');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await context.close();
    });

    test('an analyst publishes a release within the privacy budget; the import page is ready for historic data', async ({
      browser,
    }) => {
      const { context, page } = await newPage(browser);
      await signInAsDemo(page, COORDINATOR);
      await visit(page, '/insights');
      await page.getByRole('link', { name: en('insights.releases.link') }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: en('insights.releases.title') }),
      ).toBeVisible();
      await settled(page);
      await expect(page.getByRole('heading', { level: 2, name: en('insights.budget.title') })).toBeVisible();
      await checkPage(page, 'insights-releases');

      await page.getByLabel(en('insights.release.name')).fill('Annual figures (journey)');
      await page.getByText('By gender', { exact: true }).click();
      await page.getByLabel(en('insights.release.epsilon')).fill('0.25');
      await expect(
        page.getByText(
          en('insights.release.cost', { tables: 1, epsilon: '0.25', total: '0.25', remaining: '10' }),
        ),
      ).toBeVisible();
      await page.getByRole('button', { name: en('insights.release.submit') }).click();
      const confirm = page.getByRole('alertdialog');
      await expect(confirm).toBeVisible();
      await confirm.getByRole('button', { name: en('insights.release.confirm') }).click();
      await expect(
        page.getByText(en('insights.release.published', { title: 'Annual figures (journey)' })),
      ).toBeVisible();
      await expect(page.getByRole('row', { name: /Annual figures \(journey\)/ })).toBeVisible();
      await expect(page.locator('.insights-headline').first()).toContainText('ε = 0.25');
      await page
        .getByRole('button', { name: en('insights.releases.show', { title: 'Annual figures (journey)' }) })
        .click();
      await expect(page.getByRole('table', { name: 'By gender' })).toBeVisible();
      await checkPage(page, 'insights-release-published');

      await visit(page, '/insights/imports');
      await expect(page.getByRole('heading', { level: 1, name: en('insights.imports.title') })).toBeVisible();
      await expect(page.getByLabel(en('insights.imports.file'))).toBeVisible();
      await checkPage(page, 'insights-imports');
      await context.close();
    });
  });
