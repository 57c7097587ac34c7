export { authorize, can, projectFields, scopesFor } from './evaluate.js';
export { PERSONAL_DATA_RESOURCES, requiresMfa, rolesRequiringMfa } from './mfa.js';
export { POLICY, rulesForRole } from './policy.js';
export {
  ACTIONS,
  type Action,
  type Actor,
  type Decision,
  RELATIONSHIPS,
  RESOURCES,
  type Relationship,
  type Resource,
  ROLES,
  type Role,
  type Rule,
} from './types.js';
