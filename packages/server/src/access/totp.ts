import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_ISSUER = 'OpenNRM';
const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export async function enrolmentMaterial(
  secret: string,
  label: string,
): Promise<{ otpauthUri: string; qrCodeDataUrl: string }> {
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label, secret });
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 240,
  });
  return { otpauthUri, qrCodeDataUrl };
}

/**
 * Verifies a 6-digit TOTP code allowing one step of clock drift either way, and refuses
 * a step at or before the last one used (replay protection). Returns the accepted step.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now: Date = new Date(),
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOTP_PERIOD_SECONDS });
  if (!result.valid) return null;
  const step = Math.floor(epoch / TOTP_PERIOD_SECONDS) + (result.delta ?? 0);
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use recovery codes, shown once; only their SHA-256 is stored (they carry 50 bits each). */
export function newRecoveryCodes(count = 10): { codes: string[]; hashes: string[] } {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = randomBytes(10);
    let code = '';
    for (const b of bytes) code += RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length];
    codes.push(`${code.slice(0, 5)}-${code.slice(5)}`);
  }
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}

/** Index of the matching stored hash, or -1. */
export function matchRecoveryCode(stored: readonly string[], code: string): number {
  const candidate = Buffer.from(hashRecoveryCode(code), 'hex');
  return stored.findIndex((h) => {
    const b = Buffer.from(h, 'hex');
    return b.length === candidate.length && timingSafeEqual(b, candidate);
  });
}
