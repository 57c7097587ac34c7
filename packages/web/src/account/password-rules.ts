/**
 * The server's password rules (NIST SP 800-63B: length, not composition), checked here
 * first so the user gets an answer in their language. The server checks them again.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordIssue = 'tooShort' | 'tooLong' | 'containsEmail' | 'repetitive';

export function passwordIssue(password: string, email: string): PasswordIssue | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length > 0 && password.toLowerCase().includes(localPart)) return 'containsEmail';
  if (new Set(password).size < 5) return 'repetitive';
  return null;
}
