import { randomUUID } from 'node:crypto';
import { Command, Option } from 'commander';
import { generateTemporaryPassword, hashPassword } from '../access/passwords.js';
import { appendAudit, verifyAuditChain } from '../audit/index.js';
import { addKeyToKeyFile, type Keyring, loadKeyring, rotateMasterKey } from '../crypto/index.js';
import { isEmpty, seedDemo } from '../demo/seed.js';
import { keyFilePath, openRuntime, type Runtime } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';

/**
 * `opennrm <command>`: operator commands. In embedded mode they take the data-folder
 * lock, so they refuse to run while the server is running on the same folder.
 */
const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function withRuntime(fn: (rt: Runtime) => Promise<number>): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config, createLogger(process.env.LOG_LEVEL ?? 'warn'), {
    seedDemoIfEmpty: false,
  });
  try {
    process.exitCode = await fn(runtime);
  } finally {
    await runtime.database.close();
  }
}

const program = new Command('opennrm').description('OpenNRM operator commands');

program
  .command('migrate')
  .description('apply database migrations (the server also does this at start)')
  .action(() =>
    withRuntime(async () => {
      out('Migrations are up to date.');
      return 0;
    }),
  );

program
  .command('seed')
  .description('load the synthetic demo data set into an empty database')
  .addOption(new Option('--demo', 'the synthetic demo data set').makeOptionMandatory())
  .option('--seed <n>', 'random seed', '2026')
  .option('--persons <n>', 'number of persons', '2000')
  .action((opts: { seed: string; persons: string }) =>
    withRuntime(async ({ database, keyring }) => {
      if (!(await isEmpty(database.db))) {
        out(
          'The database already holds organisations; the demo data set is only loaded into an empty database.',
        );
        return 1;
      }
      const dataset = await seedDemo(database.db, keyring, {
        seed: Number(opts.seed),
        persons: Number(opts.persons),
      });
      out(
        `Loaded ${dataset.organisations.length} organisations, ${dataset.users.length} users, ${dataset.cases.length} cases, ${dataset.services.length} services, ${dataset.needsAssessments.length} needs assessments, ${dataset.supportPlans.length} support plans, ${dataset.serviceReferrals.length} service referrals, ${dataset.capacityGaps.length} capacity gaps.`,
      );
      return 0;
    }),
  );

program
  .command('create-admin')
  .description('create a system administrator (and, if needed, the coordinating organisation)')
  .requiredOption('--email <email>', 'work e-mail address')
  .requiredOption('--name <name>', 'display name')
  .option('--organisation <name>', 'organisation name when none exists yet', 'National Coordinator')
  .option('--country <code>', 'ISO 3166-1 alpha-2 code of the country', 'XX')
  .action((opts: { email: string; name: string; organisation: string; country: string }) =>
    withRuntime(async ({ database }) => {
      const email = opts.email.trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        out('That e-mail address is not valid.');
        return 2;
      }
      const taken = await database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (taken) {
        out('An account with that e-mail address already exists.');
        return 1;
      }
      const temporaryPassword = generateTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await database.db.transaction().execute(async (trx) => {
        let org = await trx
          .selectFrom('organisations')
          .select('id')
          .where('kind', '=', 'national_coordinator')
          .executeTakeFirst();
        if (!org) {
          org = { id: randomUUID() };
          await trx
            .insertInto('organisations')
            .values({
              id: org.id,
              name: opts.organisation,
              kind: 'national_coordinator',
              country: opts.country.toUpperCase(),
              region: 'national',
            })
            .execute();
        }
        const id = randomUUID();
        await trx
          .insertInto('users')
          .values({
            id,
            organisation_id: org.id,
            email,
            display_name: opts.name,
            roles: ['system_admin'],
            password_hash: passwordHash,
            password_must_change: true,
          })
          .execute();
        await appendAudit(trx, {
          actorKind: 'system',
          action: 'user.create',
          resourceType: 'user',
          resourceId: id,
          outcome: 'success',
          details: { via: 'cli', roles: 'system_admin' },
        });
      });
      out(
        `System administrator created. Temporary password (shown once, must be changed at first sign-in): ${temporaryPassword}`,
      );
      return 0;
    }),
  );

program
  .command('rotate-key')
  .description('make a new master key current and re-wrap every data key under it')
  .action(() =>
    withRuntime(async ({ database, keyring }) => {
      const config = loadConfig();
      const keyFile = keyFilePath(config);
      let next: Keyring;
      if (config.masterKey) {
        // Env mode: the operator has put the new key first in OPENNRM_MASTER_KEY (id:key,…).
        next = keyring;
        out(`Re-wrapping data keys under the first key of OPENNRM_MASTER_KEY (${keyring.currentKekId}).`);
      } else if (keyFile) {
        const { newKekId } = await addKeyToKeyFile(keyFile);
        next = await loadKeyring({ keyFile });
        out(`New master key ${newKekId} added to ${keyFile}.`);
      } else {
        out('No key source: set OPENNRM_MASTER_KEY.');
        return 2;
      }
      const result = await rotateMasterKey(database.db, keyring, next);
      await appendAudit(database.db, {
        actorKind: 'system',
        action: 'crypto.rotate_key',
        resourceType: 'system',
        outcome: 'success',
        details: { rewrapped: result.rewrapped, total: result.total },
      });
      out(
        `Re-wrapped ${result.rewrapped} of ${result.total} data keys (${result.alreadyCurrent} already current).`,
      );
      if (result.failedIds.length) {
        out(
          `${result.failedIds.length} data keys could not be opened and were left as they are: ${result.failedIds.join(', ')}`,
        );
        return 4;
      }
      return 0;
    }),
  );

const audit = program.command('audit').description('audit log tools');
audit
  .command('verify')
  .description('verify the hash chain of the audit log and report the first broken link')
  .action(() =>
    withRuntime(async ({ database }) => {
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        out(`Audit chain intact: ${result.checked} entries verified.`);
        return 0;
      }
      out(
        `Audit chain BROKEN at entry ${result.firstBrokenSeq} (${result.reason ?? 'hash mismatch'}) after ${result.checked} entries.`,
      );
      return 3;
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
