/**
 * Reads and validates rules/ once at start-up. A broken file stops start-up with an error that
 * names the file, the field and what is wrong, so a data edit can never silently change answers.
 * The validated rule set of the default folder is kept in .cache/rules/, keyed by the content of
 * every rules file and of this loader and its schemas: a start with unchanged data and code reads
 * that JSON instead of parsing YAML and running zod (a third of start-up); any change misses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { vi } from 'zod/locales';
import {
  areasFileSchema,
  indicatorsFileSchema,
  parametersFileSchema,
  provinceSupportsStandardSchema,
  PARAMETER_IDS,
  replacedFileSchema,
  documentsFileSchema,
  slogansFileSchema,
  type DocumentInForce,
  procedureFileSchema,
  referenceFileSchema,
  standardFileSchema,
  supportsFileSchema,
  type AreaDef,
  type IndicatorDef,
  type Parameter,
  type ParameterId,
  type Replaced,
  type Procedure,
  type ProvinceSupportsStandard,
  type ReferenceEntry,
  type Slogans,
  type Standard,
  type StandardFile,
  type Support,
} from './schema.ts';
import type { Area, IndicatorId } from './types.ts';
import { artifactKey, cachedArtifact } from '../cache/artifact.ts';
import { fold } from '../text/fold.ts';
import { formatDate } from '../text/dates.ts';
import { weakerStatus, withStatus } from './standard.ts';
import { yaml } from '../yaml.ts';
import { PARAMETER_PLACEHOLDER } from './members.ts';

/**
 * rules/ of the repository, or the folder named by RULES_DIR: a province or a test can try its own
 * data (for example a period with 13 indicators) through every command without touching the shipped files.
 */
export const DEFAULT_RULES_DIR = process.env.RULES_DIR || fileURLToPath(new URL('../../rules/', import.meta.url));

export interface RuleSet {
  dir: string;
  /** Content hash of every rules file: a saved result can be traced to the data that made it. */
  version: string;
  /** Every indicator any standard uses, in file order (which count on a date: `indicatorsFor`). */
  indicators: IndicatorDef[];
  indicatorById: ReadonlyMap<IndicatorId, IndicatorDef>;
  indicatorIds: readonly IndicatorId[];
  areas: AreaDef[];
  /** National standards, oldest first, periods not overlapping. */
  standards: Standard[];
  /** Provincial higher standards that replace the national one in a check (rules/local/ with `raises`); none shipped. */
  localStandards: Standard[];
  /** Provinces' own standards for their own supports, figures not in the data (rules/local/ `appliesTo: province_supports`). */
  provinceSupportsStandards: ProvinceSupportsStandard[];
  supports: Support[];
  procedure: Procedure;
  /** What cadres ask beyond the standard, supports and procedure (rules/reference.yaml), by id. */
  reference: ReferenceEntry[];
  /** Member-level thresholds by id, each a list of dated values (rules/parameters.yaml). */
  parameters: ReadonlyMap<ParameterId, Parameter>;
  /** Instruments replaced or repealed (rules/replaced.yaml). */
  replaced: Replaced[];
  /** When documents that set no standard took effect, or that it is not known (rules/documents.yaml). */
  documents: DocumentInForce[];
  /** Outreach slogans suggested when asked, with no legal status (rules/slogans.yaml). */
  slogans: Slogans;
  /** Folded alias → indicator id or area id, for quick one-line checks. */
  indicatorAliases: ReadonlyMap<string, IndicatorId>;
  areaAliases: ReadonlyMap<string, Area>;
}

export class RulesFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Tệp quy tắc không hợp lệ: ${file}${field ? `, trường "${field}"` : ''}: ${problem}`);
    this.name = 'RulesFileError';
  }
}

const zodVietnamese = vi().localeError;

function readYaml(dir: string, file: string): unknown {
  const path = join(dir, file);
  try {
    return yaml().parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RulesFileError(path, '', `không đọc được tệp YAML (${reason})`);
  }
}

/** `data` read from `file`, checked by `schema`; the first problem names the file and the field. */
function validated<T>(dir: string, file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data, { error: zodVietnamese });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RulesFileError(join(dir, file), issue.path.join('.'), issue.message);
  }
  return result.data;
}

function readValidated<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  return validated(dir, file, schema, readYaml(dir, file));
}

function yamlFiles(dir: string, folder: string): string[] {
  const full = join(dir, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(folder, name));
}

function contentHash(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(file.replaceAll('\\', '/')).update('\0').update(readFileSync(join(dir, file))).update('\0');
  }
  return `rules-${lettersOf(hash.digest()).slice(0, 12)}`;
}

/**
 * The hash's bytes as letters a–z: the version is said in results, reports and shares, and kept text is masked (a run of
 * digits reads as a phone or identity number): a hex version such as "rules-bc7856515260" was kept "rules-bc[số giấy tờ]".
 */
function lettersOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

/**
 * A transition period that `keeps` another period gets that period's indicator list and bands, each
 * reference saying which text keeps it (in its words only: the status is the data's `keeps.status`, said by the answers), and
 * no status stronger than its own or the keeping text's.
 */
function resolveKeeps(dir: string, entries: { file: string; standard: StandardFile }[]): { file: string; standard: Standard }[] {
  return entries.map(({ file, standard }) => {
    if (!standard.keeps) return { file, standard: standard as Standard };
    const { keeps } = standard;
    const kept = entries.find((entry) => entry.standard.id === keeps.standard)?.standard;
    if (!kept || kept.keeps || !kept.indicators || !kept.bands) {
      throw new RulesFileError(join(dir, file), 'keeps.standard', `không có chuẩn "${keeps.standard}" (có ghi indicators và bands) để giữ`);
    }
    // Each document with its own status (round 31 law16): the kept text's said in its reference, the keeping text's by the
    // answers after it (the entry's status, never stronger than either); was one status for both.
    const via = (reference: string, own: Standard['status']) => `${withStatus(reference, own)}; ${keeps.reference}`;
    const status = (own: Standard['status']) => weakerStatus(weakerStatus(own, standard.status), keeps.status);
    return {
      file,
      standard: {
        ...standard,
        indicators: {
          ...kept.indicators,
          status: status(kept.indicators.status),
          reference: via(kept.indicators.reference, kept.indicators.status),
          documents: [
            { ref: kept.indicators.reference, status: kept.indicators.status },
            { ref: keeps.reference, status: keeps.status },
          ],
        },
        bands: kept.bands.map((band) => ({
          ...band,
          status: status(band.status),
          reference: via(band.reference, band.status),
          documents: [
            { ref: band.reference, status: band.status },
            { ref: keeps.reference, status: keeps.status },
          ],
          ...(band.upTo
            ? {
                upTo: {
                  rural: { ...band.upTo.rural, reference: via(band.upTo.rural.reference, band.status) },
                  urban: { ...band.upTo.urban, reference: via(band.upTo.urban.reference, band.status) },
                },
              }
            : {}),
        })),
      },
    };
  });
}

/** In a line of rules/reference.yaml, the day its entry's data was checked ("Tính đến ngày {checked} (ngày dữ liệu được kiểm tra), …"). */
const CHECKED_DAY = '{checked}';

/**
 * A reference entry with `{checked}` filled from its `checked` day (dd/MM/yyyy) in each line's text, brief and shared words, once
 * when the rules are read, so every reply that says a line (the merger note, a document's facts, a post) says the day, never
 * the placeholder (round 44 mend47c: "Thông tư 13/2025/TT-BNNMT là gì" said "{checked}").
 */
function withCheckedDay(entry: ReferenceEntry): ReferenceEntry {
  const day = formatDate(entry.checked);
  const fill = <T extends object>(line: T): T =>
    Object.fromEntries(Object.entries(line).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll(CHECKED_DAY, day) : value])) as T;
  return { ...entry, lines: entry.lines.map(fill) };
}

/** Every `{parameter_id}` in a data text must name a parameter of parameters.yaml. */
function checkPlaceholders(dir: string, file: string, field: string, text: string): void {
  for (const [, id] of text.matchAll(PARAMETER_PLACEHOLDER)) {
    if (!(PARAMETER_IDS as readonly string[]).includes(id!)) throw new RulesFileError(join(dir, file), field, `không có tham số "{${id}}" trong parameters.yaml`);
  }
}

/** Every indicator a standard lists must be described in indicators.yaml. */
function checkIndicatorIds(dir: string, entries: { file: string; standard: StandardFile }[], known: ReadonlyMap<IndicatorId, IndicatorDef>): void {
  for (const { file, standard } of entries) {
    standard.indicators?.ids.forEach((id, index) => {
      if (!known.has(id)) throw new RulesFileError(join(dir, file), `indicators.ids.${index}`, `chỉ số "${id}" không có trong indicators.yaml`);
    });
  }
}

function checkNoOverlap(dir: string, entries: { file: string; standard: Standard }[]): void {
  const sorted = [...entries].sort((a, b) => a.standard.validFrom.localeCompare(b.standard.validFrom));
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    if (previous && entry.standard.validFrom <= previous.standard.validTo) {
      throw new RulesFileError(
        join(dir, entry.file),
        'validFrom',
        `hiệu lực từ ${entry.standard.validFrom} chồng lên chuẩn ${previous.standard.id} (${previous.file}, đến ${previous.standard.validTo})`,
      );
    }
  });
}

function aliasMaps(dir: string, indicators: IndicatorDef[], areas: AreaDef[]) {
  const owners = new Map<string, string>();
  const claim = (alias: string, owner: string, file: string, field: string) => {
    const key = fold(alias);
    const existing = owners.get(key);
    if (existing) throw new RulesFileError(join(dir, file), field, `bí danh "${alias}" đã dùng cho ${existing}`);
    owners.set(key, owner);
    return key;
  };
  const indicatorAliases = new Map<string, IndicatorId>();
  indicators.forEach((indicator, i) => {
    claim(indicator.id, indicator.id, 'indicators.yaml', `indicators.${i}.id`);
    indicatorAliases.set(indicator.id, indicator.id);
    indicator.aliases.forEach((alias, j) => {
      indicatorAliases.set(claim(alias, indicator.id, 'indicators.yaml', `indicators.${i}.aliases.${j}`), indicator.id);
    });
  });
  const areaAliases = new Map<string, Area>();
  areas.forEach((area, i) => {
    area.aliases.forEach((alias, j) => {
      areaAliases.set(claim(alias, area.id, 'areas.yaml', `areas.${i}.aliases.${j}`), area.id);
    });
  });
  return { indicatorAliases, areaAliases };
}

/** Where validated rule sets are kept (for the default rules folder only). */
export const DEFAULT_RULES_CACHE_DIR = fileURLToPath(new URL('../../.cache/rules/', import.meta.url));

/**
 * The modules whose behaviour is baked into a validated rule set: their TypeScript sources, found from
 * the repository root so that src/ (tsx) and the compiled dist/ share one key.
 */
const LOADER_SOURCES = ['load.ts', 'schema.ts', 'members.ts', '../text/fold.ts'].map((name) => new URL(`../../src/rules/${name}`, import.meta.url));

/** A rule set as JSON: the maps as entry lists (indicatorById is rebuilt from `indicators`). */
type CachedRuleSet = Omit<RuleSet, 'indicatorById' | 'parameters' | 'indicatorAliases' | 'areaAliases'> & {
  parameters: [ParameterId, Parameter][];
  indicatorAliases: [string, IndicatorId][];
  areaAliases: [string, Area][];
};

function toCached(rules: RuleSet): CachedRuleSet {
  const { indicatorById: _byId, parameters, indicatorAliases, areaAliases, ...plain } = rules;
  return { ...plain, parameters: [...parameters], indicatorAliases: [...indicatorAliases], areaAliases: [...areaAliases] };
}

function fromCached(cached: CachedRuleSet): RuleSet {
  return {
    ...cached,
    indicatorById: new Map(cached.indicators.map((indicator) => [indicator.id, indicator])),
    parameters: new Map(cached.parameters),
    indicatorAliases: new Map(cached.indicatorAliases),
    areaAliases: new Map(cached.areaAliases),
  };
}

function rulesFiles(dir: string): { standardFiles: string[]; localFiles: string[]; supportFiles: string[]; allFiles: string[] } {
  const standardFiles = yamlFiles(dir, 'standards');
  const localFiles = yamlFiles(dir, 'local');
  const supportFiles = yamlFiles(dir, 'supports');
  const allFiles = ['indicators.yaml', 'areas.yaml', 'procedure.yaml', 'reference.yaml', 'parameters.yaml', 'replaced.yaml', 'documents.yaml', 'slogans.yaml', ...standardFiles, ...localFiles, ...supportFiles];
  return { standardFiles, localFiles, supportFiles, allFiles };
}

/**
 * The rule set in `dir`, validated. `cacheDir` (default: .cache/rules/ for the default folder, none for
 * any other) keeps it between starts; cache trouble (missing, damaged, read-only) only costs the validation.
 */
export function loadRules(dir: string = DEFAULT_RULES_DIR, cacheDir: string | null = dir === DEFAULT_RULES_DIR ? DEFAULT_RULES_CACHE_DIR : null): RuleSet {
  if (cacheDir === null || !existsSync(join(dir, 'indicators.yaml'))) return validateRules(dir);
  let key: string;
  try {
    key = artifactKey([dir, '\0', ...LOADER_SOURCES.flatMap((source) => [readFileSync(source), '\0']), contentHash(dir, rulesFiles(dir).allFiles)]);
  } catch {
    return validateRules(dir); // a missing source or file: the validation says what is wrong
  }
  return cachedArtifact({
    dir: cacheDir,
    prefix: 'rules-',
    key,
    extension: '.json',
    read: (bytes) => fromCached(JSON.parse(bytes.toString('utf8')) as CachedRuleSet),
    build: () => validateRules(dir),
    write: (rules) => JSON.stringify(toCached(rules)),
  }).value;
}

/** Reads every rules file in `dir` and validates it (YAML, zod, cross-file checks). */
function validateRules(dir: string): RuleSet {
  const indicatorsFile = readValidated(dir, 'indicators.yaml', indicatorsFileSchema);
  const areasFile = readValidated(dir, 'areas.yaml', areasFileSchema);
  const procedure = readValidated(dir, 'procedure.yaml', procedureFileSchema);
  const reference = readValidated(dir, 'reference.yaml', referenceFileSchema).entries.map(withCheckedDay);
  const stepTags = new Set(procedure.steps.flatMap((step) => step.about ?? []));
  reference.forEach((entry, index) => {
    const missing = [entry.steps ?? []].flat().find((tag) => !stepTags.has(tag));
    if (missing !== undefined) {
      throw new RulesFileError(join(dir, 'reference.yaml'), `entries.${index}.steps`, `không có bước nào trong procedure.yaml có about "${missing}"`);
    }
    if (entry.later !== undefined && !reference.some((other) => other.id === entry.later && other.id !== entry.id)) {
      throw new RulesFileError(join(dir, 'reference.yaml'), `entries.${index}.later`, `không có mục nào khác có id "${entry.later}"`);
    }
    entry.lines.forEach((line, at) => {
      if (line.restates !== undefined && line.restates !== 'procedure' && !reference.some((other) => other.id === line.restates && other.id !== entry.id)) {
        throw new RulesFileError(join(dir, 'reference.yaml'), `entries.${index}.lines.${at}.restates`, `không có mục nào khác có id "${line.restates}"`);
      }
    });
  });
  const parametersFile = readValidated(dir, 'parameters.yaml', parametersFileSchema);
  const replacedFile = readValidated(dir, 'replaced.yaml', replacedFileSchema);
  const documentsFile = readValidated(dir, 'documents.yaml', documentsFileSchema);
  const slogans = readValidated(dir, 'slogans.yaml', slogansFileSchema);

  const { standardFiles, localFiles, supportFiles, allFiles } = rulesFiles(dir);
  if (standardFiles.length === 0) throw new RulesFileError(join(dir, 'standards'), '', 'không có tệp chuẩn nghèo nào');
  const indicatorById = new Map(indicatorsFile.indicators.map((indicator) => [indicator.id, indicator]));
  const nationalFiles = standardFiles.map((file) => ({ file, standard: readValidated(dir, file, standardFileSchema) }));
  nationalFiles.forEach(({ file, standard }) => {
    if (standard.province) throw new RulesFileError(join(dir, file), 'province', 'chuẩn quốc gia không có province (chuẩn của tỉnh đặt trong rules/local/)');
  });
  checkIndicatorIds(dir, nationalFiles, indicatorById);
  const national = resolveKeeps(dir, nationalFiles);
  checkNoOverlap(dir, national);

  // rules/local/: a province's standard that replaces the national one in a check (bands, `raises`), or one that decides
  // only the province's own supports (`appliesTo: province_supports`, its figures not in the data).
  const localData = localFiles.map((file) => ({ file, data: readYaml(dir, file) }));
  const appliesToOwnSupports = (data: unknown) => typeof data === 'object' && data !== null && (data as { appliesTo?: unknown }).appliesTo === 'province_supports';
  const provinceSupportsStandards = localData.filter(({ data }) => appliesToOwnSupports(data)).map(({ file, data }) => validated(dir, file, provinceSupportsStandardSchema, data));
  const localEntries = localData.filter(({ data }) => !appliesToOwnSupports(data)).map(({ file, data }) => ({ file, standard: validated(dir, file, standardFileSchema, data) }));
  checkIndicatorIds(dir, localEntries, indicatorById);
  const local = localEntries.map(({ file, standard }) => {
    if (standard.keeps) throw new RulesFileError(join(dir, file), 'keeps', 'chuẩn địa phương ghi đủ indicators và bands, không dùng keeps');
    return { file, standard: standard as Standard };
  });
  local.forEach(({ file, standard }) => {
    if (!standard.province) throw new RulesFileError(join(dir, file), 'province', 'chuẩn địa phương cần tên tỉnh (province)');
    if (!national.some((entry) => entry.standard.id === standard.raises)) {
      throw new RulesFileError(join(dir, file), 'raises', `không có chuẩn quốc gia "${standard.raises ?? ''}" để nâng lên`);
    }
  });

  const supports: Support[] = [];
  for (const file of supportFiles) {
    readValidated(dir, file, supportsFileSchema).supports.forEach((support, index) => {
      if (supports.some((existing) => existing.id === support.id)) {
        throw new RulesFileError(join(dir, file), `supports.${index}.id`, `mã hỗ trợ "${support.id}" bị trùng`);
      }
      supports.push(support);
    });
  }
  // A province's own line beside a national support (round 42 resid45) names a support the data has.
  provinceSupportsStandards.forEach((own) => {
    const missing = own.supports?.find((line) => !supports.some((support) => support.id === line.support));
    if (missing) throw new RulesFileError(join(dir, 'local'), `${own.id}.supports`, `không có hỗ trợ mã "${missing.support}"`);
  });
  reference.forEach((entry, index) => {
    const missing = entry.lines.find((line) => line.support !== undefined && !supports.some((support) => support.id === line.support));
    if (missing) throw new RulesFileError(join(dir, 'reference.yaml'), `entries.${index}.lines`, `không có hỗ trợ mã "${missing.support}"`);
  });
  supports.forEach((support) => {
    for (const field of ['related', 'earlier'] as const) {
      const missing = (support[field] ?? []).filter((id) => id === support.id || !supports.some((other) => other.id === id));
      if (missing.length > 0) throw new RulesFileError(join(dir, 'supports'), `${support.id}.${field}`, `không có hỗ trợ khác mã "${missing.join('", "')}"`);
    }
    const programme = support.programme === undefined ? undefined : reference.find((entry) => entry.id === support.programme);
    if (support.programme !== undefined && !programme?.lines.some((line) => line.support === support.id)) {
      throw new RulesFileError(join(dir, 'supports'), `${support.id}.programme`, `mục "${support.programme}" của reference.yaml không có dòng nào ghi support: ${support.id}`);
    }
  });

  indicatorsFile.indicators.forEach((indicator, i) => {
    checkPlaceholders(dir, 'indicators.yaml', `indicators.${i}.question`, indicator.question);
    checkPlaceholders(dir, 'indicators.yaml', `indicators.${i}.answers.yes`, indicator.answers.yes);
    checkPlaceholders(dir, 'indicators.yaml', `indicators.${i}.answers.no`, indicator.answers.no);
    checkPlaceholders(dir, 'indicators.yaml', `indicators.${i}.legalSummary`, indicator.legalSummary);
  });
  supports.forEach((support) =>
    support.variants.forEach((variant, v) => {
      checkPlaceholders(dir, 'supports/', `${support.id}.variants.${v}.what`, variant.what);
      variant.conditions.forEach((condition, c) => checkPlaceholders(dir, 'supports/', `${support.id}.variants.${v}.conditions.${c}.text`, condition.text));
    }),
  );

  const { indicatorAliases, areaAliases } = aliasMaps(dir, indicatorsFile.indicators, areasFile.areas);
  return {
    dir,
    version: contentHash(dir, allFiles),
    indicators: indicatorsFile.indicators,
    indicatorById,
    indicatorIds: indicatorsFile.indicators.map((indicator) => indicator.id),
    areas: areasFile.areas,
    standards: national.map((entry) => entry.standard).sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
    localStandards: local.map((entry) => entry.standard),
    provinceSupportsStandards,
    supports,
    procedure,
    reference,
    replaced: replacedFile.replaced,
    documents: documentsFile.documents,
    slogans,
    parameters: new Map(parametersFile.parameters.map((parameter) => [parameter.id, parameter])),
    indicatorAliases,
    areaAliases,
  };
}
