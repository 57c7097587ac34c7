import {
  add,
  compare,
  formatRational,
  type Rational,
  rational,
  sub,
  toNumber,
  toRational,
} from './rational.js';

/**
 * The privacy budget of a release (or of all releases): sequential composition, so the
 * release's ε is the sum of its tables' ε (and δ the sum of their δ). Sums are exact
 * rationals: ten tables at ε = 0.1 spend exactly 1. A charge that would exceed the budget
 * is refused and the ledger stays as it was.
 */
export type PrivacyCharge = {
  /** Which table or query spent it (an id, never personal data). */
  readonly label: string;
  readonly epsilon: Rational;
  readonly delta: Rational;
};

export type PrivacyLedger = {
  readonly budget: { readonly epsilon: Rational; readonly delta: Rational };
  readonly charges: readonly PrivacyCharge[];
};

export type BudgetNumber = number | string | Rational;

export class PrivacyBudgetExceeded extends Error {
  override readonly name = 'PrivacyBudgetExceeded';
  constructor(
    readonly requested: { epsilon: string; delta: string },
    readonly remaining: { epsilon: string; delta: string },
  ) {
    super(
      `The privacy budget would be exceeded: ε ${requested.epsilon} requested, ${remaining.epsilon} remaining`,
    );
  }
}

export function createLedger(budget: { epsilon: BudgetNumber; delta?: BudgetNumber }): PrivacyLedger {
  const epsilon = toRational(budget.epsilon);
  if (epsilon.num <= 0n) throw new RangeError('The ε budget must be positive');
  return { budget: { epsilon, delta: toRational(budget.delta ?? 0) }, charges: [] };
}

export function spentEpsilon(ledger: PrivacyLedger): Rational {
  return ledger.charges.reduce((sum, c) => add(sum, c.epsilon), rational(0n));
}

export function spentDelta(ledger: PrivacyLedger): Rational {
  return ledger.charges.reduce((sum, c) => add(sum, c.delta), rational(0n));
}

export function canSpend(ledger: PrivacyLedger, epsilon: BudgetNumber, delta: BudgetNumber = 0): boolean {
  const e = add(spentEpsilon(ledger), toRational(epsilon));
  const d = add(spentDelta(ledger), toRational(delta));
  return compare(e, ledger.budget.epsilon) <= 0 && compare(d, ledger.budget.delta) <= 0;
}

/** The ledger with one more charge, or PrivacyBudgetExceeded (the ledger is unchanged). */
export function spend(
  ledger: PrivacyLedger,
  charge: { label: string; epsilon: BudgetNumber; delta?: BudgetNumber },
): PrivacyLedger {
  const epsilon = toRational(charge.epsilon);
  const delta = toRational(charge.delta ?? 0);
  if (epsilon.num <= 0n) throw new RangeError('A charge spends a positive ε');
  if (!canSpend(ledger, epsilon, delta)) {
    const summary = ledgerSummary(ledger);
    throw new PrivacyBudgetExceeded(
      { epsilon: formatRational(epsilon), delta: formatRational(delta) },
      { epsilon: summary.remainingEpsilon, delta: summary.remainingDelta },
    );
  }
  return { budget: ledger.budget, charges: [...ledger.charges, { label: charge.label, epsilon, delta }] };
}

export type LedgerSummary = {
  readonly budgetEpsilon: string;
  readonly spentEpsilon: string;
  readonly remainingEpsilon: string;
  readonly budgetDelta: string;
  readonly spentDelta: string;
  readonly remainingDelta: string;
  /** Share of the ε budget spent, 0–1, for a progress bar. */
  readonly spentShare: number;
  readonly charges: readonly { label: string; epsilon: string; delta: string }[];
};

export function ledgerSummary(ledger: PrivacyLedger): LedgerSummary {
  const e = spentEpsilon(ledger);
  const d = spentDelta(ledger);
  return {
    budgetEpsilon: formatRational(ledger.budget.epsilon),
    spentEpsilon: formatRational(e),
    remainingEpsilon: formatRational(sub(ledger.budget.epsilon, e)),
    budgetDelta: formatRational(ledger.budget.delta),
    spentDelta: formatRational(d),
    remainingDelta: formatRational(sub(ledger.budget.delta, d)),
    spentShare: toNumber(e) / toNumber(ledger.budget.epsilon),
    charges: ledger.charges.map((c) => ({
      label: c.label,
      epsilon: formatRational(c.epsilon),
      delta: formatRational(c.delta),
    })),
  };
}
