/** Deterministic pseudo-random households for the rules benchmarks (same every run, so runs compare). */
import { loadRules } from '../../src/rules/index.ts';

/** Every indicator id of the rules data (the catalogue; each period counts its own). */
const INDICATOR_IDS = loadRules().indicatorIds;

export function* households(count: number) {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  // Three dates, one in the window before the 2027 standard (the class under it is worked out too).
  const dates = ['2025-06-01', '2026-12-01', '2027-02-01'];
  for (let i = 0; i < count; i += 1) {
    yield {
      date: dates[i % dates.length]!,
      area: next() < 0.7 ? ('rural' as const) : ('urban' as const),
      members: 1 + Math.floor(next() * 7),
      monthlyIncomePerPerson: Math.floor(next() * 4_000_000),
      deprivations: INDICATOR_IDS.filter(() => next() < 0.15),
    };
  }
}

/** The same households as rows of a commune list (header first), as `cli batch` reads them. */
export function* listRows(count: number): Generator<(string | number)[]> {
  yield ['ma_ho', 'khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'thieu_hut', 'ngay'];
  let i = 0;
  for (const h of households(count)) {
    i += 1;
    yield [`H${i}`, h.area === 'rural' ? 'nt' : 'tt', h.members, h.monthlyIncomePerPerson, h.deprivations.join(' '), h.date];
  }
}
