export {
  type AuditActorKind,
  type AuditDetails,
  type AuditDetailValue,
  type AuditOutcome,
  type ChainedEntry,
  canonicalEntry,
  canonicalJson,
  entryHash,
  GENESIS_HASH,
} from './chain.js';
export {
  type AuditListItem,
  type ListAuditOptions,
  listAudit,
  listPersonAccessLog,
  type Page,
  type PersonAccessItem,
} from './query.js';
export { type AuditInput, AuditValidationError, MAX_DETAIL_STRING, validateAuditInput } from './validate.js';
export { type AuditVerification, verifyAuditChain } from './verify.js';
export { type AppendedAudit, appendAudit } from './write.js';
