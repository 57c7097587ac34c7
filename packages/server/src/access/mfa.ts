import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/index.js';
import { Problem } from '../http/problem.js';
import { lockedProblem, recordFailedAttempt } from './login.js';
import type { ActiveSession } from './sessions.js';
import { markSessionMfaVerified } from './sessions.js';
import { enrolmentMaterial, matchRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from './totp.js';
import { openUserSecret, sealUserSecret } from './user-secrets.js';

const INVALID_CODE = (): Problem =>
  new Problem(401, 'invalid-code', 'That code is not right. Check the time on your phone and try again.');

export async function startEnrolment(
  req: FastifyRequest,
  session: ActiveSession,
): Promise<{ otpauthUri: string; qrCodeDataUrl: string; secret: string }> {
  const { database, keyring } = req.server.deps;
  if (session.user.mfa_enrolled_at) {
    throw new Problem(
      409,
      'conflict',
      'Two-step verification is already set up. Ask an administrator to reset it.',
    );
  }
  const secret = newTotpSecret();
  await database.db.transaction().execute(async (trx) => {
    const sealed = await sealUserSecret(trx, keyring, session.user.id, 'totp_pending_enc', secret);
    await trx
      .updateTable('users')
      .set({ totp_pending_enc: sealed })
      .where('id', '=', session.user.id)
      .execute();
  });
  const material = await enrolmentMaterial(secret, session.user.email);
  return { ...material, secret };
}

export async function confirmEnrolment(
  req: FastifyRequest,
  session: ActiveSession,
  code: string,
): Promise<string[]> {
  const { database, keyring } = req.server.deps;
  const user = await database.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.user.id)
    .executeTakeFirstOrThrow();
  if (user.mfa_enrolled_at) throw new Problem(409, 'conflict', 'Two-step verification is already set up.');
  if (!user.totp_pending_enc) throw new Problem(409, 'conflict', 'Start the set-up again.');
  const secret = await openUserSecret(database.db, keyring, user, 'totp_pending_enc', user.totp_pending_enc);
  const step = await verifyTotp(secret, code, null);
  if (step === null) throw INVALID_CODE();
  const recovery = newRecoveryCodes();
  await database.db.transaction().execute(async (trx) => {
    const sealed = await sealUserSecret(trx, keyring, user.id, 'totp_secret_enc', secret);
    await trx
      .updateTable('users')
      .set({
        totp_secret_enc: sealed,
        totp_pending_enc: null,
        totp_last_step: step,
        mfa_enrolled_at: new Date(),
        recovery_codes: recovery.hashes,
      })
      .where('id', '=', user.id)
      .execute();
    await markSessionMfaVerified(trx, session.tokenHash);
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: user.id,
      actorOrgId: user.organisation_id,
      action: 'auth.mfa.enrolled',
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'success',
      requestId: req.id,
    });
  });
  return recovery.codes;
}

/** Second factor at sign-in: a TOTP code or one of the single-use recovery codes. */
export async function verifySecondFactor(
  req: FastifyRequest,
  session: ActiveSession,
  code: string,
): Promise<void> {
  const { database, keyring } = req.server.deps;
  const user = await database.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.user.id)
    .executeTakeFirstOrThrow();
  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now())
    throw lockedProblem(new Date(user.locked_until));
  if (!user.mfa_enrolled_at || !user.totp_secret_enc)
    throw new Problem(409, 'conflict', 'Set up two-step verification first.');

  let update: { totp_last_step: number } | { recovery_codes: string[] } | null = null;
  let method: 'totp' | 'recovery_code' = 'totp';
  if (/^\d{6}$/.test(code)) {
    const secret = await openUserSecret(database.db, keyring, user, 'totp_secret_enc', user.totp_secret_enc);
    const step = await verifyTotp(secret, code, user.totp_last_step);
    if (step !== null) update = { totp_last_step: step };
  } else {
    method = 'recovery_code';
    const index = matchRecoveryCode(user.recovery_codes, code);
    if (index >= 0) update = { recovery_codes: user.recovery_codes.filter((_, i) => i !== index) };
  }
  if (!update) {
    const lockedUntil = await recordFailedAttempt(req, user, 'auth.mfa.verify');
    if (lockedUntil) throw lockedProblem(lockedUntil);
    throw INVALID_CODE();
  }
  await database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ ...update, failed_logins: 0 })
      .where('id', '=', user.id)
      .execute();
    await markSessionMfaVerified(trx, session.tokenHash);
    await appendAudit(trx, {
      actorKind: 'user',
      actorUserId: user.id,
      actorOrgId: user.organisation_id,
      action: 'auth.mfa.verify',
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'success',
      requestId: req.id,
      details: { method },
    });
  });
}
