import { ACTIONS as POLICY_ACTIONS, RESOURCES, SERVICE_REFERRAL_ACTIONS } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { hasOwnWords, hasResourceName, hasVerb } from './audit-words';

/**
 * Every action code the server can write must have words on the audit page and in the
 * person's access log. The server's sources are read as text and every code found in them
 * is checked; a code built at run time must be listed below with all its values.
 */
const sources = import.meta.glob<string>(
  ['../../../server/src/**/*.ts', '!../../../server/src/**/*.test.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

const CODE = /^[a-z_]+(\.[a-z_]+)+$/;

/**
 * Codes built from a template, with every value they can take. A refusal by the route
 * policy (`${resource}.${action}`) is not listed: it is put into words from its two parts,
 * which the last test checks.
 */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  // directory/act-on-service-referral.ts: one step of a service referral.
  'service_referral.${step.action}': SERVICE_REFERRAL_ACTIONS.map((step) => `service_referral.${step}`),
  // legal/records.ts: audit(…, action: 'list' | 'create' | 'update').
  'legal_record.${action}': ['list', 'create', 'update'].map((verb) => `legal_record.${verb}`),
};

/** A refusal by the policy, written from a resource and an action of the policy. */
const POLICY_REFUSAL = /^\$\{(?:[\w.]+\.)?resource\}\.\$\{(?:[\w.]+\.)?action\}$/;

type Found = { readonly codes: Map<string, string>; readonly templates: Map<string, string> };

function scan(): Found {
  const codes = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) {
    const file = path.replace(/^.*server\/src\//, '');
    // `action: 'case_note.create'`, `action: x ? 'a.b' : 'c.d'`, `action: \`legal_record.${action}\``
    for (const line of text.matchAll(/\baction:\s*([^\n]*)/g)) {
      const expression = line[1] ?? '';
      for (const literal of expression.matchAll(/'([^'\n]*)'/g)) {
        const code = literal[1] ?? '';
        if (CODE.test(code)) codes.set(code, file);
      }
      for (const template of expression.matchAll(/`([^`\n]*\$\{[^`\n]*)`/g)) {
        templates.set(template[1] ?? '', file);
      }
    }
    // Helpers that take the code as an argument: audit('screening.create', …),
    // audit(trx, req, 'user.unlock', …), auditRefusal(…), recordFailedAttempt(req, user, 'auth.login').
    for (const call of text.matchAll(/\b(?:audit\w*|recordFailedAttempt)\(([^()]*)/g)) {
      for (const literal of (call[1] ?? '').matchAll(/'([^'\n]*)'/g)) {
        const code = literal[1] ?? '';
        if (CODE.test(code)) codes.set(code, file);
      }
    }
  }
  return { codes, templates };
}

describe('words for every audit code the server writes', () => {
  const found = scan();

  it('reads the server sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    // A few codes written in different ways, so a broken scan cannot pass silently.
    for (const code of ['case_account.read', 'account_request.grant', 'screening.create', 'user.unlock']) {
      expect(found.codes.has(code), code).toBe(true);
    }
  });

  it('has words of its own for every literal code', () => {
    const missing = [...found.codes]
      .filter(([code]) => !hasOwnWords(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('knows every value of every code built from a template', () => {
    const unknown = [...found.templates]
      .filter(([template]) => !POLICY_REFUSAL.test(template) && !Object.hasOwn(TEMPLATES, template))
      .map(([template, file]) => `${template} (${file}): list its values in TEMPLATES`);
    expect(unknown).toEqual([]);
    // A template no longer in the sources is listed for nothing.
    expect(Object.keys(TEMPLATES).filter((template) => !found.templates.has(template))).toEqual([]);
    const missing = Object.values(TEMPLATES)
      .flat()
      .filter((code) => !hasOwnWords(code));
    expect(missing).toEqual([]);
  });

  it('names every resource and verb of the policy, for the words of a refusal', () => {
    expect(RESOURCES.filter((resource) => !hasResourceName(resource))).toEqual([]);
    expect(POLICY_ACTIONS.filter((action) => !hasVerb(action))).toEqual([]);
  });

  it('names every kind of thing the server records an entry about', () => {
    const kinds = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\b(?:resourceType|auditType):\s*'([a-z_]+)'/g)) {
        kinds.add(match[1] ?? '');
      }
    }
    expect(kinds.size).toBeGreaterThan(20);
    expect([...kinds].filter((kind) => !hasResourceName(kind))).toEqual([]);
  });
});
