/**
 * Round 26 (law10): `cli check --json` across the switch of the standard on 01/01/2027, by the one clock (src/text/dates.ts
 * todayIso, Vietnam time), whatever the server's time zone. 31/12/2026 23:30 in Vietnam is 16:30 UTC; 01/01/2027 00:30 is
 * 17:30 UTC on 31/12. Figures: 2026 NĐ 07/2021/NĐ-CP Điều 3 kept by NĐ 351/2025/NĐ-CP [M] (nông thôn ≤ 1.500.000 đồng, hộ có mức
 * sống trung bình đến 2.250.000); from 01/01/2027 NĐ 351/2025/NĐ-CP [M] (nông thôn ≤ 2.200.000 đồng; < 3 chỉ số: hộ cận nghèo).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/rules/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const clock = fileURLToPath(new URL('./fixed-clock-round26-law10.mjs', import.meta.url));

function cliAt(instant: string, zone: string, args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', clock, 'src/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, FIXED_NOW: instant, TZ: zone },
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CheckResult;
}

// A cadre's profile with no date: 4 người ở nông thôn, 7.200.000 đồng a month (1.800.000 đồng each), no deprivation (so the two
// 2027 indicators of unknown threshold cannot reach 3: hộ cận nghèo for sure).
const household = { area: 'rural', members: 4, monthlyIncome: 7_200_000, deprivations: [] };

describe('cli check --json on the night of 31/12/2026, by Vietnam time', () => {
  // The server may run in UTC or anywhere else: the day is Vietnam's.
  it.each(['UTC', 'America/Los_Angeles'])('server time zone %s', (zone) => {
    const before = cliAt('2026-12-31T16:30:00Z', zone, ['check', '--json'], JSON.stringify(household));
    expect(before.asOf).toBe('2026-12-31');
    expect(before.standard.id).toBe('nd351-2025-transition');
    expect(before.classification).toBe('middle');
    const after = cliAt('2026-12-31T17:30:00Z', zone, ['check', '--json'], JSON.stringify(household));
    expect(after.asOf).toBe('2027-01-01');
    expect(after.standard.id).toBe('nd351-2025');
    expect(after.classification).toBe('near_poor');
  });

  it('a sentence ("nha tui o que 4 nguoi, thu nhap 7tr2 1 thang") the same', () => {
    const sentence = ['check', '--text', '--json', 'nha tui o que 4 nguoi, thu nhap 7tr2 1 thang, ko co bhyt'];
    expect(cliAt('2026-12-31T16:30:00Z', 'UTC', sentence).asOf).toBe('2026-12-31');
    expect(cliAt('2026-12-31T17:30:00Z', 'UTC', sentence).asOf).toBe('2027-01-01');
  });
});
