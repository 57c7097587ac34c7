export {
  blindIndex,
  nameBlindIndex,
  nameDateBlindIndex,
  normaliseDate,
  normaliseName,
} from './blind-index.js';
export {
  createDataKey,
  DataKey,
  type DataKeyRow,
  decryptField,
  decryptJson,
  decryptNullableField,
  decryptNullableJson,
  encryptField,
  encryptJson,
  encryptNullableField,
  encryptNullableJson,
  type FieldAad,
  type NewDataKey,
  openDataKey,
} from './envelope.js';
export { DecryptionError, type DecryptionFailure, KeyringError } from './errors.js';
export { addKeyToKeyFile, type KeyFile, type KeyFileEntry, readKeyFile } from './key-file.js';
export { generateKeyMaterial } from './key-material.js';
export {
  type BlindIndexSource,
  Keyring,
  type KeyringSource,
  type LoadKeyringOptions,
  loadKeyring,
  loadKeyringFromEnv,
  parseMasterKeyList,
} from './keyring.js';
export { countDataKeysByKek, type RotationResult, rotateMasterKey } from './rotate.js';
