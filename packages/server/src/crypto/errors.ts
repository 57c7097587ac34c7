/**
 * Errors raised by the crypto module. Messages name ids and reasons only: never a
 * key, never plaintext, never ciphertext.
 */

export type DecryptionFailure =
  | 'malformed'
  | 'unsupported-version'
  | 'unknown-kek'
  | 'authentication-failed'
  | 'invalid-json';

/** A value could not be decrypted: wrong key, wrong AAD, tampering or a bad envelope. */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
  readonly reason: DecryptionFailure;

  constructor(reason: DecryptionFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The key material could not be loaded or is unsafe to use (bad format, loose file mode). */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}
