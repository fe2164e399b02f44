// Argument schemas shared by the commands: text is stripped of control and bidi-override characters and bounded,
// lists are comma-separated, durations are "30m", "24h", "7d".
import { z } from 'zod';
import { ALERT_KINDS, type AlertKind } from '../../../domain/subscription.js';

// C0/C1 controls and bidi overrides/isolates (which can disguise text); ZWNJ stays: Persian spelling needs it.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function text(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .transform((s) => s.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, `${label} is empty`).max(max, `${label} is longer than ${max} characters`));
}

export function list(label: string, maxItems: number, maxLength = 80) {
  return z
    .string()
    .optional()
    .transform((s) => (s ? s.replace(UNSAFE_CHARS, ' ').split(',').map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().max(maxLength, `each of ${label} must be at most ${maxLength} characters`)).max(maxItems, `at most ${maxItems} ${label}`));
}

export const id = (label: string) =>
  text(label, 120).pipe(z.string().regex(/^[\w:.-]+$/, `${label} may contain only letters, digits, '-', '_', ':' and '.'`));

export const alertKinds = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined))
  .pipe(
    z
      .array(z.enum(ALERT_KINDS, { error: `alert kinds are: ${ALERT_KINDS.join(', ')}` }))
      .min(1)
      .optional(),
  ) as z.ZodType<AlertKind[] | undefined>;

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export const duration = z
  .string()
  .optional()
  .transform((s) => s ?? '24h')
  .pipe(
    z
      .string()
      .regex(/^\d{1,4}[mhd]$/, 'duration looks like 30m, 24h or 7d')
      .transform((s) => Number(s.slice(0, -1)) * UNIT_MS[s.slice(-1) as keyof typeof UNIT_MS])
      .refine((ms) => ms > 0 && ms <= 90 * UNIT_MS.d, 'duration must be between 1 minute and 90 days'),
  );

/** Lowercase ASCII words of a text, for readable ids ("Amir Ali Hajizadeh" -> amir, ali, hajizadeh). */
export function slugWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}
