import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, parseUserDate, todayIso } from '../../src/text/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates written yyyy-MM-dd', () => {
    expect(isIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false); // century, not a leap year
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect(isIsoDate(' 2026-01-05')).toBe(false);
    expect(isIsoDate('2026-01-05\n')).toBe(false);
  });

  it('shows dd/MM/yyyy and refuses a date that does not exist', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2027-12-31')).toBe('31/12/2027');
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });

  it('counts "today" in Vietnam whatever the server time zone', () => {
    // 17:30 UTC is 00:30 the next day in Vietnam (UTC+7).
    expect(todayIso(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('turns the day at midnight in Vietnam to the millisecond, though it formats once per minute', () => {
    expect(todayIso(new Date('2026-12-31T16:59:00.000Z'))).toBe('2026-12-31');
    expect(todayIso(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(todayIso(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-12-31T16:59:30.000Z'))).toBe('2026-12-31');
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('gives the day Intl gives for Asia/Ho_Chi_Minh, from 1976 to 2100, around every midnight in Vietnam', () => {
    const vietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const from = Date.UTC(1976, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    // Every 4.999 minutes (not a divisor of a day: the steps fall at every time of day) and the two sides of midnight.
    for (let t = from; t < to; t += 4_999 * 60_000) {
      const instant = new Date(t);
      expect(todayIso(instant)).toBe(vietnam.format(instant));
    }
    for (let day = from + 17 * 3_600_000; day < to; day += 86_400_000 * 37) {
      for (const instant of [new Date(day - 1), new Date(day)]) expect(todayIso(instant)).toBe(vietnam.format(instant));
    }
  });

  it('reads the dates cadres type', () => {
    expect(parseUserDate('1/1/2027')).toBe('2027-01-01');
    expect(parseUserDate(' 2026-03-15 ')).toBe('2026-03-15');
    expect(parseUserDate('31/02/2026')).toBeNull();
    expect(parseUserDate('hôm nay')).toBeNull();
    // A form's sign-off date written in words, with or without marks (review6 M5); still only real dates.
    expect(parseUserDate('ngày 20 tháng 11 năm 2026')).toBe('2026-11-20');
    expect(parseUserDate('ngay 1 thang 1 nam 2027')).toBe('2027-01-01');
    expect(parseUserDate('ngày 31 tháng 11 năm 2026')).toBeNull();
  });
});
