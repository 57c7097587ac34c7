import pino, { type Logger } from 'pino';

/**
 * Logs carry ids, never names, narratives or contact details. Request bodies and
 * cookies are never logged; the redaction list is a second line of defence for
 * anything that slips into a log object by mistake.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.email',
  '*.givenName',
  '*.familyName',
  '*.name',
  '*.aliases',
  '*.dateOfBirth',
  '*.contact',
  '*.address',
  '*.narrative',
  '*.code',
  '*.secret',
  'body',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'opennrm' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
