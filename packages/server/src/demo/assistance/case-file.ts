import type { Rng } from '../random.js';
import type { Staff } from '../staff.js';
import { assistanceTexts, pickWorking } from '../texts/assistance-compose.js';
import type { DemoConsent, DemoOrganisation, DemoTeamMember, DemoUser } from '../types.js';
import type {
  DemoAccountRequest,
  DemoAccountShare,
  DemoAdvocate,
  DemoCaseAccount,
  DemoCaseNote,
} from '../types-assistance.js';
import { consentToShare } from './consent.js';
import { type CaseContext, caseStaff, DAY_MS, HOUR_MS, later } from './context.js';

export type CaseFileOut = {
  readonly caseAccounts: DemoCaseAccount[];
  readonly accountShares: DemoAccountShare[];
  readonly accountRequests: DemoAccountRequest[];
  readonly caseNotes: DemoCaseNote[];
  readonly advocates: DemoAdvocate[];
  readonly consents: DemoConsent[];
};

/** Organisations whose staff serve as independent advocates, and whom they accompany. */
const ADVOCACY_ORGS: readonly { readonly key: string; readonly for?: 'women' | 'lgbti' }[] = [
  { key: 'ngo-open-doors' },
  { key: 'ngo-northern-lights' },
  { key: 'ngo-coastal' },
  { key: 'ngo-mountain' },
  { key: 'ngo-women-south', for: 'women' },
  { key: 'ngo-rainbow', for: 'lgbti' },
];

/**
 * Tell the story once: the referral's narrative is version 1 of the account (recorded by
 * the referring organisation); some persons add to it or correct it later (version 2, 3),
 * recorded by the case worker. It is shared with the lead organisation and with some
 * providers on the team, each under the person's consent to share with them (for a child,
 * child protection decides); a provider without it asks rather than interviewing again.
 */
function accounts(rng: Rng, ctx: CaseContext, staff: Staff, out: CaseFileOut): void {
  const { referral, record } = ctx;
  if (!referral) return;
  const referredAt = new Date(referral.referredAt);
  const recovery = ctx.plan.timeline.enteredAt.recovery_period;
  const texts = assistanceTexts(ctx.language);
  let recorded = false;
  let recordedAt: Date | null = null;
  if (recovery && ctx.leadAssists && rng.chance(0.25)) {
    let at = later(recovery, 10 + rng.next() * 30);
    let text = record.narrative;
    for (let version = 2; version <= 3 && at.getTime() < ctx.end.getTime(); version++) {
      const author = caseStaff(ctx, staff);
      text = `${text} ${rng.pick(texts.accountAdditions)}`;
      out.caseAccounts.push({
        id: rng.uuid(),
        caseId: record.id,
        version,
        text,
        language: ctx.language,
        interpreterUsed: referral.interpreterNeeded,
        recordedByUserId: author.id,
        recordedByOrgId: ctx.lead.id,
        recordedAt: at.toISOString(),
      });
      recorded = true;
      recordedAt ??= at;
      if (!rng.chance(0.2)) break;
      at = later(at, 30 + rng.exponential(60));
    }
  }

  // Who decides on sharing: the organisations that recorded it; for a child, child protection.
  const childProtection = ctx.team.find((t) => t.purpose === 'child_protection');
  const granter = (at: Date): DemoUser =>
    record.isChild && childProtection
      ? staff.pick(childProtection.organisationId, ['case_worker', 'guardian'])
      : recorded && recordedAt && recordedAt.getTime() <= at.getTime()
        ? caseStaff(ctx, staff)
        : staff.pick(record.referringOrgId, ['first_responder', 'case_worker']);
  const shared = new Set<string>([record.referringOrgId]);
  if (recorded) shared.add(ctx.lead.id);
  const share = (organisationId: string, at: Date): boolean => {
    if (shared.has(organisationId) || at.getTime() >= ctx.end.getTime()) return false;
    const consent = record.isChild
      ? null
      : (ctx.consents.find(
          (c) =>
            c.purpose === 'share_with_provider' &&
            c.recipientOrgId === organisationId &&
            Date.parse(c.givenAt) <= at.getTime() &&
            (c.revokedAt === null || Date.parse(c.revokedAt) > at.getTime()),
        ) ?? null);
    if (!record.isChild && !consent) return false;
    shared.add(organisationId);
    out.accountShares.push({
      id: rng.uuid(),
      caseId: record.id,
      organisationId,
      consentId: consent?.id ?? null,
      grantedByUserId: granter(at).id,
      grantedAt: at.toISOString(),
      // Withdrawing the consent to share ends the share from that moment.
      revokedAt: consent?.revokedAt ?? null,
      revokedByUserId: consent?.revokedByUserId ?? null,
    });
    return true;
  };
  if (ctx.leadAssists && ctx.lead.id !== record.referringOrgId && rng.chance(0.85)) {
    share(ctx.lead.id, later(referredAt, (rng.next() * 2) / 24));
  }
  const providers = ctx.team.filter(
    (t) => t.purpose === 'legal_aid' || t.purpose === 'advocacy' || t.purpose === 'health',
  );
  for (const member of providers) {
    const chance = member.purpose === 'legal_aid' ? 0.6 : member.purpose === 'advocacy' ? 0.4 : 0.12;
    const joinedAt = new Date(member.addedAt);
    if (rng.chance(chance)) {
      share(member.organisationId, later(joinedAt, rng.next() * 3));
      continue;
    }
    if (shared.has(member.organisationId) || !rng.chance(0.35)) continue;
    // Not given the account: the provider asks for it instead of interviewing the person again.
    const requestedAt = later(joinedAt, 1 + rng.next() * 20);
    if (requestedAt.getTime() >= ctx.end.getTime()) continue;
    const decidedAt = later(requestedAt, 0.2 + rng.exponential(3));
    const waiting = decidedAt.getTime() >= ctx.end.getTime();
    const granted = !waiting && rng.chance(0.75) && share(member.organisationId, decidedAt);
    out.accountRequests.push({
      id: rng.uuid(),
      caseId: record.id,
      requestingOrgId: member.organisationId,
      requestedByUserId: staff.pick(member.organisationId, [
        'legal_adviser',
        'case_worker',
        'first_responder',
      ]).id,
      requestedAt: requestedAt.toISOString(),
      reason: pickWorking(rng, 'accountRequest'),
      status: waiting ? 'requested' : granted ? 'granted' : 'refused',
      decidedByUserId: waiting ? null : granter(decidedAt).id,
      decidedAt: waiting ? null : decidedAt.toISOString(),
    });
  }
}

/** Notes by the case worker and the team, more the longer the case has run. */
function notes(rng: Rng, ctx: CaseContext, staff: Staff, out: CaseFileOut): void {
  if (!ctx.leadAssists) return;
  const from = ctx.plan.timeline.referredAt ?? ctx.firstContact;
  const days = (ctx.end.getTime() - from.getTime()) / DAY_MS;
  if (days <= 0) return;
  const count = Math.min(10, Math.floor(rng.exponential(Math.min(6, 1 + days / 60))));
  const texts = assistanceTexts(ctx.language);
  const writers = ctx.team.filter(
    (t) => t.purpose === 'accommodation' || t.purpose === 'health' || t.purpose === 'legal_aid',
  );
  for (let i = 0; i < count; i++) {
    const at = new Date(
      from.getTime() + HOUR_MS + rng.next() * (ctx.end.getTime() - from.getTime() - HOUR_MS),
    );
    if (at.getTime() <= from.getTime()) continue;
    const member = writers.length > 0 && rng.chance(0.25) ? rng.pick(writers) : null;
    const onTeam =
      member !== null &&
      Date.parse(member.addedAt) < at.getTime() &&
      (member.removedAt === null || Date.parse(member.removedAt) > at.getTime());
    const guardian = ctx.guardian?.guardianUserId && ctx.guardian.appointedAt;
    const byGuardian =
      !onTeam && guardian && Date.parse(ctx.guardian?.appointedAt ?? '') < at.getTime() && rng.chance(0.2);
    const author = onTeam
      ? staff.pick(member.organisationId, ['case_worker', 'legal_adviser', 'first_responder'])
      : byGuardian
        ? staff.user(ctx.guardian?.guardianUserId ?? '')
        : caseStaff(ctx, staff);
    out.caseNotes.push({
      id: rng.uuid(),
      caseId: ctx.record.id,
      body: rng.pick(texts.notes),
      visibility: rng.chance(0.72) ? 'team' : 'own_organisation',
      authorUserId: author.id,
      authorOrgId: author.organisationId,
      writtenAt: at.toISOString(),
    });
  }
}

/**
 * An independent advocate for some adults (a child has a guardian instead): a staff member
 * of an NGO other than the lead, which joins the team for advocacy with the person's consent.
 */
function advocate(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  organisations: ReadonlyMap<string, DemoOrganisation>,
  out: CaseFileOut,
): void {
  const { record, person } = ctx;
  const referredAt = ctx.plan.timeline.referredAt;
  if (record.isChild || !referredAt || !ctx.plan.timeline.reasonableGrounds?.positive || !rng.chance(0.3))
    return;
  const assignedAt = later(referredAt, 3 + rng.exponential(20));
  if (assignedAt.getTime() >= ctx.end.getTime()) return;
  const lgbti = person.vulnerabilities.includes('lgbti');
  const options = ADVOCACY_ORGS.filter(
    (o) => (o.for !== 'women' || person.gender === 'female') && (o.for !== 'lgbti' || lgbti),
  )
    .map((o) => [...organisations.values()].find((org) => org.key === o.key))
    .filter((o): o is DemoOrganisation => o !== undefined && o.id !== ctx.lead.id);
  const local = options.filter((o) => o.region === record.region);
  const preferred = lgbti ? options.filter((o) => o.key === 'ngo-rainbow') : local;
  const organisation = rng.pick(preferred.length > 0 ? preferred : options);
  const assigner = caseStaff(ctx, staff);
  const consent = consentToShare(rng, ctx, organisation.id, assignedAt, assigner.id, out.consents);
  if (consent === 'unusable' || consent === null) return;
  const revokedAt = consent.revokedAt ? new Date(consent.revokedAt) : null;
  if (!ctx.team.some((t) => t.organisationId === organisation.id && t.purpose === 'advocacy')) {
    const member: DemoTeamMember = {
      caseId: record.id,
      organisationId: organisation.id,
      purpose: 'advocacy',
      addedAt: assignedAt.toISOString(),
      removedAt: revokedAt?.toISOString() ?? null,
    };
    ctx.team.push(member);
  }
  const endedEarly = later(assignedAt, 60 + rng.exponential(240));
  const endsAt = [revokedAt, ctx.closedAt, rng.chance(0.15) ? endedEarly : null]
    .filter((d): d is Date => d !== null && d.getTime() <= ctx.now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())[0];
  out.advocates.push({
    id: rng.uuid(),
    caseId: record.id,
    advocateUserId: staff.pick(organisation.id, ['case_worker', 'first_responder'], 0.3).id,
    advocateOrgId: organisation.id,
    assignedByUserId: assigner.id,
    assignedAt: assignedAt.toISOString(),
    endedAt: endsAt ? endsAt.toISOString() : null,
  });
}

export function buildCaseFile(
  rng: Rng,
  ctx: CaseContext,
  staff: Staff,
  organisations: ReadonlyMap<string, DemoOrganisation>,
  out: CaseFileOut,
): void {
  advocate(rng, ctx, staff, organisations, out);
  accounts(rng, ctx, staff, out);
  notes(rng, ctx, staff, out);
}
