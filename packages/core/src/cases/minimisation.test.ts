import { describe, expect, it } from 'vitest';
import type { Actor, Relationship, Role } from '../access/types.js';
import { CASE_TEAM_PURPOSES, type CaseTeamPurpose } from '../referrals/team.js';
import { mayGrantAccount, mayReadNote, nextAccountVersion, recordRefusal } from './account.js';
import { mayManageTeam, sharingBasis, teamAdditionRefusal } from './case-team-rules.js';
import {
  CASE_SECTIONS,
  type CaseSection,
  canReadAccount,
  effectivePurposes,
  readableSections,
  SECTIONS_BY_PURPOSE,
  sectionsForPurposes,
} from './minimisation.js';
import { applySpecialNeeds, ZSpecialNeedsPatch } from './special-needs.js';
import { visibleTimelineKinds } from './timeline.js';

const actor = (...roles: Role[]): Actor => ({
  userId: 'u1',
  organisationId: 'org-1',
  roles,
  mfaVerified: true,
});
const TEAM: ReadonlySet<Relationship> = new Set(['case_team']);
const sections = (...purposes: CaseTeamPurpose[]): ReadonlySet<CaseSection> => sectionsForPurposes(purposes);

describe('sections by purpose', () => {
  it('gives every purpose the person’s identity and demographics, so nobody works blind', () => {
    for (const purpose of CASE_TEAM_PURPOSES) {
      expect(SECTIONS_BY_PURPOSE[purpose]).toContain('identity');
      expect(SECTIONS_BY_PURPOSE[purpose]).toContain('demographics');
    }
  });

  it('shows a shelter the name, contact, address, needs and safety plan, never the exploitation or referral', () => {
    const shelter = sections('accommodation');
    for (const s of ['identity', 'contact', 'address', 'needs', 'safety_plan', 'special_needs'] as const)
      expect(shelter.has(s)).toBe(true);
    for (const s of ['exploitation', 'referral', 'screening', 'legal', 'risk', 'decisions'] as const)
      expect(shelter.has(s)).toBe(false);
  });

  it('does not show a health service the address', () => {
    expect(sections('health').has('address')).toBe(false);
  });

  it('shows a provider named in a consent (purpose assistance) the help, not what happened', () => {
    const provider = sections('assistance');
    expect(provider.has('needs')).toBe(true);
    expect(provider.has('risk')).toBe(true);
    expect(provider.has('exploitation')).toBe(false);
    expect(provider.has('referral')).toBe(false);
    expect(provider.has('legal')).toBe(false);
  });

  it('keeps the legal section to legal aid, child protection and the guardian', () => {
    const withLegal = CASE_TEAM_PURPOSES.filter((p) => SECTIONS_BY_PURPOSE[p].includes('legal'));
    expect([...withLegal].sort()).toEqual(['child_protection', 'guardianship', 'legal_aid']);
  });

  it('shows a referrer the referral and decisions but not the support plan or needs', () => {
    const referrer = sections('referral');
    expect(referrer.has('referral')).toBe(true);
    expect(referrer.has('decisions')).toBe(true);
    expect(referrer.has('support_plan')).toBe(false);
    expect(referrer.has('needs')).toBe(false);
  });

  it('adds up the sections of several purposes', () => {
    const both = sections('accommodation', 'legal_aid');
    expect(both.has('address')).toBe(true);
    expect(both.has('legal')).toBe(true);
    expect(sections().size).toBe(0);
  });

  it('gives child protection and the guardian the whole file', () => {
    expect(sections('child_protection').size).toBe(CASE_SECTIONS.length);
    expect(sections('guardianship').size).toBe(CASE_SECTIONS.length);
  });
});

describe('the lead organisation', () => {
  it('coordinates when it is a provider of assistance', () => {
    expect(effectivePurposes({ purposes: ['referral'], leadsCase: true, organisationKind: 'ngo' })).toEqual([
      'referral',
      'coordination',
    ]);
  });

  it('stays a referrer when it is the police or a labour inspectorate', () => {
    for (const kind of ['police', 'labour_inspectorate', 'competent_authority'] as const)
      expect(effectivePurposes({ purposes: ['referral'], leadsCase: true, organisationKind: kind })).toEqual([
        'referral',
      ]);
  });

  it('gains nothing when it does not lead', () => {
    expect(
      effectivePurposes({ purposes: ['accommodation'], leadsCase: false, organisationKind: 'ngo' }),
    ).toEqual(['accommodation']);
  });
});

describe('sections the role also allows', () => {
  it('hides the support plan and needs from a first-responder referrer even where the purpose shows them', () => {
    const seen = readableSections(actor('first_responder'), sections('coordination'), TEAM);
    expect(seen).not.toContain('support_plan');
    expect(seen).not.toContain('needs');
    expect(seen).toContain('referral');
    expect(seen).toContain('notes');
  });

  it('hides contact and address from a decision maker, as the person rule does', () => {
    const seen = readableSections(actor('identification_decision_maker'), sections('child_protection'), TEAM);
    expect(seen).toContain('identity');
    expect(seen).not.toContain('contact');
    expect(seen).not.toContain('address');
  });

  it('shows a shelter’s case worker its care sections', () => {
    const seen = readableSections(actor('case_worker'), sections('accommodation'), TEAM);
    expect(seen).toEqual(
      expect.arrayContaining(['identity', 'contact', 'address', 'needs', 'safety_plan', 'support_plan']),
    );
    expect(seen).not.toContain('exploitation');
  });

  it('shows nothing without a relationship to the case', () => {
    expect(readableSections(actor('case_worker'), sections('coordination'), new Set())).toEqual([]);
  });

  it('shows an analyst nothing at all', () => {
    expect(readableSections(actor('analyst'), sections('child_protection'), TEAM)).toEqual([]);
  });
});

describe('the person’s account', () => {
  const base = { actorOrganisationId: 'org-1', recordedByOrgIds: ['org-2'], sharedWithOrgIds: [] };

  it('is read by the recorder, by those it was shared with, and by the guardian', () => {
    expect(canReadAccount({ ...base, recordedByOrgIds: ['org-1'], isGuardian: false })).toBe(true);
    expect(canReadAccount({ ...base, sharedWithOrgIds: ['org-1'], isGuardian: false })).toBe(true);
    expect(canReadAccount({ ...base, isGuardian: true })).toBe(true);
  });

  it('is never read by a purpose alone', () => {
    expect(canReadAccount({ ...base, isGuardian: false })).toBe(false);
  });

  it('is shared by its recorder, or for a child by child protection', () => {
    const input = { actorOrganisationId: 'org-1', recordedByOrgIds: ['org-2'], isChild: false };
    expect(mayGrantAccount({ ...input, actorPurposes: ['coordination'] })).toBe(false);
    expect(mayGrantAccount({ ...input, recordedByOrgIds: ['org-1'], actorPurposes: [] })).toBe(true);
    expect(mayGrantAccount({ ...input, isChild: true, actorPurposes: ['child_protection'] })).toBe(true);
    expect(mayGrantAccount({ ...input, isChild: false, actorPurposes: ['child_protection'] })).toBe(false);
  });

  it('gets a new version only from someone who may read it; others ask for it', () => {
    expect(recordRefusal({ accountExists: false, canRead: false })).toBeNull();
    expect(recordRefusal({ accountExists: true, canRead: true })).toBeNull();
    expect(recordRefusal({ accountExists: true, canRead: false })).toBe('request_access_instead');
  });

  it('numbers versions after the highest one', () => {
    expect(nextAccountVersion([])).toBe(1);
    expect(nextAccountVersion([1, 3, 2])).toBe(4);
  });
});

describe('sharing and joining the team', () => {
  it('needs an adult’s consent in force', () => {
    expect(sharingBasis({ isChild: false, consentId: null, actorIsChildProtection: true })).toEqual({
      ok: false,
      reason: 'consent_required',
    });
    expect(sharingBasis({ isChild: false, consentId: 'c1', actorIsChildProtection: false })).toEqual({
      ok: true,
      consentId: 'c1',
    });
  });

  it('lets child protection decide for a child, or the guardian through a consent', () => {
    expect(sharingBasis({ isChild: true, consentId: null, actorIsChildProtection: true })).toEqual({
      ok: true,
      consentId: null,
    });
    expect(sharingBasis({ isChild: true, consentId: null, actorIsChildProtection: false })).toEqual({
      ok: false,
      reason: 'guardian_or_child_protection',
    });
    expect(sharingBasis({ isChild: true, consentId: 'c2', actorIsChildProtection: false }).ok).toBe(true);
  });

  it('adds only providers of assistance, for a provider purpose, once', () => {
    const ok = {
      purpose: 'accommodation',
      organisationKind: 'shelter',
      active: true,
      alreadyOnTeamForPurpose: false,
    } as const;
    expect(teamAdditionRefusal(ok)).toBeNull();
    expect(teamAdditionRefusal({ ...ok, organisationKind: 'police' })).toBe('not_a_provider');
    expect(teamAdditionRefusal({ ...ok, purpose: 'identification' })).toBe('purpose_not_addable');
    expect(teamAdditionRefusal({ ...ok, active: false })).toBe('inactive');
    expect(teamAdditionRefusal({ ...ok, alreadyOnTeamForPurpose: true })).toBe('already_on_team');
  });

  it('lets the lead, a coordinator, and for a child child protection change the team', () => {
    expect(mayManageTeam({ leadsCase: true, purposes: [], isChild: false })).toBe(true);
    expect(mayManageTeam({ leadsCase: false, purposes: ['coordination'], isChild: false })).toBe(true);
    expect(mayManageTeam({ leadsCase: false, purposes: ['child_protection'], isChild: true })).toBe(true);
    expect(mayManageTeam({ leadsCase: false, purposes: ['accommodation'], isChild: false })).toBe(false);
  });
});

describe('notes', () => {
  it('keeps an own-organisation note to its author’s organisation', () => {
    expect(mayReadNote({ visibility: 'own_organisation', authorOrgId: 'org-2' }, 'org-1')).toBe(false);
    expect(mayReadNote({ visibility: 'own_organisation', authorOrgId: 'org-1' }, 'org-1')).toBe(true);
    expect(mayReadNote({ visibility: 'team', authorOrgId: 'org-2' }, 'org-1')).toBe(true);
  });
});

describe('timeline kinds', () => {
  it('shows a shelter its service referrals and notes but not decisions, referral or screenings', () => {
    const kinds = visibleTimelineKinds(
      actor('case_worker'),
      new Set(readableSections(actor('case_worker'), sections('accommodation'), TEAM)),
      TEAM,
    );
    expect(kinds.has('service_referral_sent')).toBe(true);
    expect(kinds.has('note_written')).toBe(true);
    expect(kinds.has('case_opened')).toBe(true);
    expect(kinds.has('decision_made')).toBe(false);
    expect(kinds.has('referral_made')).toBe(false);
    expect(kinds.has('screening_completed')).toBe(false);
  });

  it('shows a first-responder referrer the referral and decisions, not the plan or needs', () => {
    const a = actor('first_responder');
    const kinds = visibleTimelineKinds(a, new Set(readableSections(a, sections('referral'), TEAM)), TEAM);
    expect(kinds.has('referral_made')).toBe(true);
    expect(kinds.has('decision_made')).toBe(true);
    expect(kinds.has('plan_version')).toBe(false);
    expect(kinds.has('needs_assessed')).toBe(false);
  });
});

describe('special needs', () => {
  const current = {
    migrationStatus: null,
    vulnerabilities: ['pregnancy'],
    disabilities: [],
    dependants: null,
    languages: ['ro'],
    preferredLanguage: 'ro',
  };

  it('changes only what the patch names, without repeats', () => {
    const patch = ZSpecialNeedsPatch.parse({ disabilities: ['physical', 'physical'], dependants: 2 });
    expect(applySpecialNeeds(current, patch)).toEqual({
      ...current,
      disabilities: ['physical'],
      dependants: 2,
    });
  });

  it('keeps the preferred language among the languages spoken', () => {
    const patch = ZSpecialNeedsPatch.parse({ preferredLanguage: 'uk' });
    expect(applySpecialNeeds(current, patch)).toMatchObject({
      languages: ['uk', 'ro'],
      preferredLanguage: 'uk',
    });
  });

  it('refuses an empty patch, an unknown key and an unknown value', () => {
    expect(ZSpecialNeedsPatch.safeParse({}).success).toBe(false);
    expect(ZSpecialNeedsPatch.safeParse({ cooperatesWithPolice: true }).success).toBe(false);
    expect(ZSpecialNeedsPatch.safeParse({ disabilities: ['other'] }).success).toBe(false);
  });
});
