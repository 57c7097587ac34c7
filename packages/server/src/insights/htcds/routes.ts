import { kAnonymousCsv } from '@opennrm/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeInstance, requireActor } from '../../access/authorize.js';
import { appendAudit } from '../../audit/index.js';
import type { App } from '../../http/app.js';
import { problems } from '../../http/problem.js';
import { ZIdParams } from '../../organisations/schemas.js';
import { loadInsightsSettings } from '../settings.js';
import { htcdsExport } from './export.js';
import { importFrequencies } from './frequencies.js';
import { listImports, readImport, readImportSummary } from './read-imports.js';
import { createImportRunner, startImport } from './run-import.js';
import {
  MAX_IMPORT_BYTES,
  ZExport,
  ZExportQuery,
  ZFrequencies,
  ZImportBody,
  ZImportCreated,
  ZImportDetail,
  ZImportDetailQuery,
  ZImportList,
  ZImportQuery,
} from './schemas.js';

const tags = ['insights'];
const ANY = new Set(['any'] as const);

/**
 * HTCDS/CTDC exchange (issue 5): import of historic CTDC-style microdata with progress and
 * every rejected row reported, CTDC's frequency tables for an import (suppressed), and
 * the k-anonymised HTCDS export of OpenNRM's cases. Imports: analysts and system
 * administrators (`statistics_import`); the export leaves the system, so it is an
 * analyst's release (`statistics_release:create`) and is audited.
 */
export function registerHtcdsRoutes(app: App): void {
  const { database } = app.deps;
  const runner = createImportRunner();
  app.addHook('onClose', async () => {
    runner.stopping = true;
    await Promise.allSettled([...runner.running]);
  });

  // The upload is the CSV file itself; its parser and larger body limit stay in this scope.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      ['text/csv', 'application/csv'],
      { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.post(
      '/api/insights/imports',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        config: { policy: { kind: 'resource', resource: 'statistics_import', action: 'create' } },
        schema: {
          tags,
          summary:
            'Import an HTCDS/CTDC CSV file (content-type text/csv, up to 32 MB); answers at once, the rows load in the background',
          querystring: ZImportQuery,
          body: ZImportBody,
          response: { 202: ZImportCreated },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await authorizeInstance(req, 'statistics_import', 'create', ANY, { id: 'new' });
        const id = await startImport(database.db, runner, actor, {
          text: req.body,
          fileName: req.query.fileName ?? null,
          requestId: req.id,
        });
        const summary = await readImportSummary(database.db, id);
        if (!summary) throw problems.notFound('import');
        return reply.code(202).send(summary);
      },
    );
  });

  app.get(
    '/api/insights/imports',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_import', action: 'list' } },
      schema: { tags, summary: 'Imports of HTCDS/CTDC data, newest first', response: { 200: ZImportList } },
    },
    async (req) => {
      await authorizeInstance(req, 'statistics_import', 'list', ANY, { id: 'all' });
      return { items: await listImports(database.db) };
    },
  );

  app.get(
    '/api/insights/imports/:id',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_import', action: 'read' } },
      schema: {
        tags,
        summary: 'An import: progress, columns read and not read, and every rejected row with its reason',
        params: ZIdParams,
        querystring: ZImportDetailQuery,
        response: { 200: ZImportDetail },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'statistics_import', 'read', ANY, { id: req.params.id });
      const detail = await readImport(database.db, req.params.id, {
        offset: req.query.rejectsOffset,
        limit: req.query.rejectsLimit,
      });
      if (!detail) throw problems.notFound('import');
      return detail;
    },
  );

  app.get(
    '/api/insights/imports/:id/frequencies',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_import', action: 'read' } },
      schema: {
        tags,
        summary: 'CTDC’s frequency tables for an import, with small-cell suppression',
        params: ZIdParams,
        response: { 200: ZFrequencies },
      },
    },
    async (req) => {
      await authorizeInstance(req, 'statistics_import', 'read', ANY, { id: req.params.id });
      const detail = await readImport(database.db, req.params.id, { offset: 0, limit: 1 });
      if (!detail) throw problems.notFound('import');
      const settings = await loadInsightsSettings(database.db);
      return importFrequencies(
        database.db,
        {
          id: detail.id,
          source: detail.source,
          status: detail.status,
          importedColumns: detail.importedColumns,
        },
        settings.suppressionThreshold,
      );
    },
  );

  app.get(
    '/api/insights/htcds/export',
    {
      config: { policy: { kind: 'resource', resource: 'statistics_release', action: 'create' } },
      schema: {
        tags,
        summary:
          'Cases in HTCDS vocabulary as a CTDC-style k-anonymised microdata file (default k = 11); how many records were left out',
        querystring: ZExportQuery,
        // JSON (default), or with ?format=csv the CSV file itself.
        response: { 200: ZExport.or(z.string()) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await authorizeInstance(req, 'statistics_release', 'create', ANY, { id: 'new' });
      const { k, maxSuppressionShare, from, to, format } = req.query;
      if (from && to && from > to) {
        throw problems.validation([{ path: 'querystring.from', message: 'The period starts after it ends' }]);
      }
      const file = await htcdsExport(database.db, { k, maxSuppressionShare, from, to });
      await appendAudit(database.db, {
        actorKind: 'user',
        actorUserId: actor.userId,
        actorOrgId: actor.organisationId,
        action: 'statistics_release.htcds_export',
        resourceType: 'statistics_release',
        outcome: 'success',
        requestId: req.id,
        details: {
          k,
          totalRecords: file.totalRecords,
          exportedRecords: file.exportedRecords,
          suppressedRecords: file.suppressedRecords,
        },
      });
      if (format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="htcds-k${k}.csv"`)
          .header('x-opennrm-k', String(k))
          .header('x-opennrm-records-suppressed', String(file.suppressedRecords))
          .serializer((payload: unknown) => payload as string)
          .send(kAnonymousCsv(file));
      }
      return {
        standard: 'HTCDS' as const,
        layout: 'ctdc_k_anonymised' as const,
        ...file,
        columns: [...file.columns],
        rows: file.rows.map((row) => [...row]),
        generalisation: { ...file.generalisation },
      };
    },
  );
}
