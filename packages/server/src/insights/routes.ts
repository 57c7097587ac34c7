import { authorizeInstance, requireActor } from '../access/authorize.js';
import { appendAudit } from '../audit/index.js';
import type { App } from '../http/app.js';
import { problems } from '../http/problem.js';
import { cryptoRandomSource } from './crypto-random.js';
import { protectedTables, readDashboard, readMeasure } from './dashboard.js';
import { tableCsv, tableXlsx } from './export-table.js';
import { resolveFilter, resolveLanguage } from './filter.js';
import { registerHtcdsRoutes } from './htcds/routes.js';
import { words } from './messages/index.js';
import { listReleases, publishRelease, readRelease } from './publish-release.js';
import { sendReportJob } from './report/report-jobs.js';
import { listReports, readReportPdf, readReportStatus, requestReport } from './report/reports-store.js';
import {
  ZDashboardResponse,
  ZInsightsQuery,
  ZMeasureParams,
  ZMeasureResponse,
  ZRelease,
  ZReleaseCreated,
  ZReleaseList,
  ZReleaseRequest,
  ZReportList,
  ZReportParams,
  ZReportRequest,
  ZReportStatus,
  ZTableParams,
} from './schemas.js';

const tags = ['insights'];
const ANY = new Set(['any'] as const);

/**
 * National stock-taking (issue 5): aggregates only. Every table leaves through small-cell
 * suppression (protect.ts); analysts, case supervisors and system administrators read
 * statistics, analysts publish noised releases against the privacy budget. No route
 * here reads or returns a row about a person.
 */
export function registerInsightsRoutes(app: App): void {
  const { database } = app.deps;
  const db = database.db;
  // HTCDS/CTDC import, frequencies and k-anonymised export (helper F1)
  registerHtcdsRoutes(app);

  app.get(
    '/api/insights/dashboard',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: {
        tags,
        summary:
          'Every stock-taking measure for a period and region, small cells suppressed, with the largest gaps',
        querystring: ZInsightsQuery,
        response: { 200: ZDashboardResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: 'dashboard' });
      const filter = resolveFilter(req.query);
      return readDashboard(db, filter, await resolveLanguage(db, actor.userId, req.query.lang));
    },
  );

  app.get(
    '/api/insights/measures/:measure',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: {
        tags,
        summary: 'One stock-taking measure with every breakdown (drill-down), small cells suppressed',
        params: ZMeasureParams,
        querystring: ZInsightsQuery,
        response: { 200: ZMeasureResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: req.params.measure });
      const filter = resolveFilter(req.query);
      return readMeasure(
        db,
        filter,
        req.params.measure,
        await resolveLanguage(db, actor.userId, req.query.lang),
      );
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/insights/tables/:tableId.${format}`,
      {
        config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
        schema: {
          tags,
          summary: `One table as ${format.toUpperCase()} (the protected table of the dashboard; withheld cells marked "c")`,
          params: ZTableParams,
          querystring: ZInsightsQuery,
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await authorizeInstance(req, 'statistics', 'read', ANY, { id: req.params.tableId });
        const filter = resolveFilter(req.query);
        const language = await resolveLanguage(db, actor.userId, req.query.lang);
        const view = await protectedTables(db, filter);
        const table = view.tables.find((t) => t.id === req.params.tableId);
        if (!table) throw problems.notFound('table');
        await appendAudit(db, {
          actorKind: 'user',
          actorUserId: actor.userId,
          actorOrgId: actor.organisationId,
          action: 'statistics.export',
          resourceType: 'statistics',
          resourceId: table.id,
          outcome: 'success',
          requestId: req.id,
          details: { format, granularity: filter.granularity, region: filter.region !== null },
        });
        const w = words(language);
        const name = `${table.id.replace('.', '-')}_${filter.from}_${filter.to}.${format}`;
        reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store');
        if (format === 'csv') {
          return reply.type('text/csv; charset=utf-8').send(tableCsv(table, w, filter));
        }
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await tableXlsx(table, w, filter, view.threshold));
      },
    );
  }

  // ---- releases

  app.post(
    '/api/insights/releases',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_release', action: 'create' } },
      schema: {
        tags,
        summary:
          'Publish a release: chosen tables noised (differential privacy) then suppressed, charged to the privacy budget (refused beyond it)',
        body: ZReleaseRequest,
        response: { 201: ZReleaseCreated },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics_release', 'create', ANY, { id: 'new' });
      const created = await publishRelease(db, actor, req.body, cryptoRandomSource(), req.id);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/insights/releases',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_release', action: 'list' } },
      schema: { tags, summary: 'Published releases and the privacy budget', response: { 200: ZReleaseList } },
    },
    async (req) => {
      await authorizeInstance(req, 'statistics_release', 'list', ANY, { id: 'list' });
      return listReleases(db);
    },
  );

  app.get(
    '/api/insights/releases/:id',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_release', action: 'read' } },
      schema: {
        tags,
        summary: 'One published release with its tables and noise parameters',
        params: ZReportParams,
        response: { 200: ZRelease },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'statistics_release', 'read', ANY, { id: req.params.id });
      const release = await readRelease(db, req.params.id);
      if (!release) throw problems.notFound('release');
      return release;
    },
  );

  // ---- reports

  app.post(
    '/api/insights/reports',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: {
        tags,
        summary: 'Start building the national stock-taking report (PDF) in the background',
        body: ZReportRequest,
        response: { 202: ZReportStatus },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: 'report' });
      const filter = resolveFilter(req.body);
      const language = await resolveLanguage(db, actor.userId, req.body.language);
      const id = await requestReport(db, actor, filter, language, req.id);
      await sendReportJob(database, id, req.log);
      const status = await readReportStatus(db, id, actor.userId);
      if (!status) throw problems.notFound('report');
      return reply.code(202).header('location', `/api/insights/reports/${id}`).send(status);
    },
  );

  app.get(
    '/api/insights/reports',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: { tags, summary: 'My stock-taking reports and their progress', response: { 200: ZReportList } },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: 'reports' });
      return { items: await listReports(db, actor.userId) };
    },
  );

  app.get(
    '/api/insights/reports/:id',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: {
        tags,
        summary: 'Progress of a report I asked for',
        params: ZReportParams,
        response: { 200: ZReportStatus },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: req.params.id });
      const status = await readReportStatus(db, req.params.id, actor.userId);
      if (!status) throw problems.notFound('report');
      return status;
    },
  );

  app.get(
    '/api/insights/reports/:id.pdf',
    {
      config: { policy: { kind: 'resource', resource: 'statistics', action: 'read' } },
      schema: { tags, summary: 'Download a finished report (PDF)', params: ZReportParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics', 'read', ANY, { id: req.params.id });
      const report = await readReportPdf(db, req.params.id, actor.userId);
      if (!report) throw problems.notFound('report');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="stock-taking_${report.from}_${report.to}.pdf"`)
        .header('content-language', report.language)
        .header('cache-control', 'no-store')
        .send(report.pdf);
    },
  );
}
