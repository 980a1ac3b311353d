/** Dates as users and documents write them: ISO inside, dd/MM/yyyy shown, real calendar dates only (date-fns). */
import { format, isValid, parse } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written yyyy-MM-dd (2026-02-30 is false). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isValid(parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1)));
}

/** "2026-01-31" → "31/01/2026". */
export function formatDate(iso: string): string {
  return format(parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'dd/MM/yyyy');
}

/** Today in the server's local time zone, as yyyy-MM-dd. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** Accepts yyyy-MM-dd or dd/MM/yyyy (how cadres write dates); returns ISO or null when not a real date. */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parsed = parse(trimmed, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed) || !isValid(parsed)) return null;
  return format(parsed, 'yyyy-MM-dd');
}
