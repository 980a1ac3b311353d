/**
 * The provinces the assistant knows by name: the 63 before 01/07/2025 and the 34 since (corpus/provinces-2025.yaml), each
 * with the one holding its territory since and the status of that fact. One copy, read by the province choice (/tinh), the
 * merger answer ("tra vinh bay gio thuoc tinh nao") and the documents of a province ("Hưng Yên có văn bản gì về giảm nghèo").
 */
import type { ProvincesSince2025 } from '../corpus/types.ts';
import { provinceFinder, provinceKey } from '../text/lexicon/index.ts';

export type KnownProvince = ProvincesSince2025['byName'][string] & { name: string };

export interface Provinces {
  /** The resolution that merged them ("Nghị quyết 202/2025/QH15 ngày 12/06/2025"). */
  reference: string;
  /** The province a name typed alone is ("tinh vinh long", "tp hcm"), undefined when none has it. */
  byTyped(typed: string): KnownProvince | undefined;
  /** The provinces named in a message's words (without diacritics), in the order said, each once. */
  named(words: readonly string[]): KnownProvince[];
  /** The provinces named in a message's words with where each is said (`start`), in the order said. */
  namedAt(words: readonly string[]): { province: KnownProvince; start: number }[];
  /** "Bình Dương nay thuộc thành phố Hồ Chí Minh (từ 01/07/2025, tham khảo)." for a province merged on 01/07/2025; '' else. */
  mergedLine(province: KnownProvince): string;
  /** The positions of those words that name a province ("tinh hung yen": the last two). */
  namePositions(words: readonly string[]): Set<number>;
  /** A province as a sentence names it: "tỉnh Hưng Yên", "thành phố Hà Nội"; "tỉnh Trà Vinh" for one merged into another. */
  titleOf(name: string): string;
  /** The names before 01/07/2025 whose territory `now` holds today, its own name apart ("Hưng Yên" → ["Thái Bình"]). */
  formerOf(now: string): string[];
  /** Every province known, in the order of the data. */
  all(): readonly KnownProvince[];
}

export function createProvinces(since: ProvincesSince2025): Provinces {
  const byKey = new Map<string, KnownProvince>();
  for (const [name, facts] of Object.entries(since.byName)) byKey.set(provinceKey(name), { name, ...facts });
  const all = [...byKey.values()];
  const find = provinceFinder(all.map((province) => province.name));
  const byName = new Map(all.map((province) => [province.name, province]));
  // Every centrally-run city kept its name in 2025, so a name that is not today's was a province's.
  const titleOf = (name: string): string => {
    const known = byName.get(name) ?? byKey.get(provinceKey(name));
    return known && known.now === known.name ? known.title : `tỉnh ${known?.name ?? name}`;
  };
  return {
    reference: since.reference,
    byTyped: (typed) => byKey.get(provinceKey(typed)),
    named: (words) => [...new Set(find(words).map(({ name }) => name))].map((name) => byName.get(name)!),
    namedAt: (words) => find(words).map(({ name, start }) => ({ province: byName.get(name)!, start })),
    mergedLine: (province) => {
      if (province.now === province.name) return '';
      return `${province.name} nay thuộc ${titleOf(province.now)} (từ 01/07/2025${province.status === 'reported' ? ', tham khảo' : ''}).`;
    },
    namePositions: (words) => new Set(find(words).flatMap(({ start, length }) => Array.from({ length }, (_, i) => start + i))),
    titleOf,
    formerOf: (now) => all.filter((province) => province.now === now && province.name !== now).map((province) => province.name),
    all: () => all,
  };
}
