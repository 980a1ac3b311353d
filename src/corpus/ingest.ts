/**
 * Raw extracted text → corpus files. Metadata comes from what the text states (detect.ts);
 * what it does not state may come from overrides (CLI flags, or corpus/sources.yaml for the
 * seeds); the province since 2025 comes from corpus/provinces-2025.yaml. Unknown stays null.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as z from 'zod';
import { renderMarkdown } from './blocks.ts';
import { splitDocuments } from './detect.ts';
import { CorpusFileError, documentMetaSchema, formatCorpusFile } from './frontmatter.ts';
import { DEFAULT_CORPUS_DIR, PROVINCE_MAP } from './load.ts';
import { cleanLines, repairBody } from './repair.ts';
import type { DocumentMeta, ProvincesSince2025 } from './types.ts';
import { slugify } from './vietnamese.ts';
import { yaml } from '../yaml.ts';

/** Metadata a person or the manifest states for one document; wins over detection. */
export type MetaOverrides = Partial<Pick<DocumentMeta, 'id' | 'number' | 'type' | 'title' | 'issuer' | 'province' | 'signed'>>;

export interface CorpusFile {
  fileName: string;
  meta: DocumentMeta;
  text: string;
}

export interface IngestOptions {
  /** One entry per document found in the file, in order. */
  overrides?: MetaOverrides[];
  /** Province before 01/7/2025 → province since. */
  provinceMap?: ProvincesSince2025;
  /**
   * Ids already given in this run (several files, or one big file with many documents); each new id
   * is added, with "-2", "-3"… when it is taken, so no document's file overwrites another's.
   */
  taken?: Set<string>;
}

export const SOURCES_MANIFEST = join(DEFAULT_CORPUS_DIR, 'sources.yaml');

/** NUL bytes or undecodable bytes (read as U+FFFD) mean a binary file or another encoding, not extracted text. */
const NOT_TEXT = /[\u0000\uFFFD]/;

export function ingestText(raw: string, sourceFile: string, options: IngestOptions = {}): CorpusFile[] {
  if (NOT_TEXT.test(raw)) throw new Error(`${sourceFile}: không phải văn bản UTF-8 (tệp nhị phân, PDF hoặc bảng mã khác); hãy trích xuất ra tệp .txt UTF-8 trước`);
  const documents = splitDocuments(cleanLines(raw));
  if (documents.length === 0) throw new Error(`${sourceFile}: không tìm thấy nội dung văn bản`);
  const taken = options.taken ?? new Set<string>();
  return documents.map((document, index) => {
    const overrides = options.overrides?.[index] ?? {};
    const detected = { ...document.detected, ...definedOnly(overrides) };
    const type = detected.type ?? 'Văn bản';
    const province = detected.province ?? null;
    const meta: DocumentMeta = {
      id: claimId(overrides.id ?? defaultId(type, detected.number, province, detected.title, sourceFile, index), taken),
      kind: 'document',
      number: detected.number ?? null,
      type,
      title: detected.title ?? `${type} (chưa rõ tiêu đề)`,
      issuer: detected.issuer ?? null,
      province,
      provinceNow: province ? (options.provinceMap?.byName[province]?.now ?? null) : null,
      signed: detected.signed ?? null,
      sourceFile,
    };
    const checked = documentMetaSchema.safeParse(meta);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CorpusFileError(sourceFile, issue?.path.join('.') ?? null, issue?.message ?? 'siêu dữ liệu không hợp lệ');
    }
    return { fileName: `${meta.id}.md`, meta, text: formatCorpusFile(meta, renderMarkdown(repairBody(document.body))) };
  });
}

function definedOnly(overrides: MetaOverrides): MetaOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}

function claimId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n += 1) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

const TYPE_CODES: Record<string, string> = { 'Nghị quyết': 'nq', 'Quyết định': 'qd', 'Kế hoạch': 'kh', 'Chỉ thị': 'ct', 'Công văn': 'cv' };

/** "nq-41-nq-tu-hung-yen"; without a number, words of the title stand in. */
function defaultId(type: string, number: string | null, province: string | null, title: string | null, sourceFile: string, index: number): string {
  const code = TYPE_CODES[type] ?? slugify(type);
  const distinct = number ?? title?.split(' ').slice(1, 9).join(' ') ?? `${basename(sourceFile)} ${index + 1}`;
  return slugify([code, distinct, province ?? ''].join(' '));
}

const manifestSchema = z.record(
  z.string(),
  z.array(
    z
      .strictObject({
        id: z.string().optional(),
        number: z.string().optional(),
        type: z.string().optional(),
        title: z.string().optional(),
        issuer: z.string().optional(),
        province: z.string().optional(),
        signed: z.string().optional(),
      })
      .nullable()
      .transform((entry) => entry ?? {}),
  ),
);

/** corpus/sources.yaml: source file name → overrides for each document it holds. */
export function loadSourceManifest(path = SOURCES_MANIFEST): Record<string, MetaOverrides[]> {
  return loadYaml(path, manifestSchema, {});
}

const provincesSchema = z.object({
  reference: z.string().min(1),
  provinces: z.array(
    z.object({
      now: z.string().min(1),
      city: z.boolean().default(false),
      before: z.array(z.string().min(1)).min(1),
      status: z.enum(['verified', 'reported']),
    }),
  ),
  /** The district level's names before 01/7/2025, by the province that held them then (read by loadDistrictNames). */
  districts: z
    .object({
      reference: z.string().min(1),
      date: z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/),
      status: z.enum(['verified', 'reported']),
      byProvince: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    })
    .strict()
    .optional(),
});

/** corpus/provinces-2025.yaml, by every name a province had before 01/7/2025 (a name listed twice is refused). */
export function loadProvinceMap(path = PROVINCE_MAP): ProvincesSince2025 {
  const data = loadYaml(path, provincesSchema, { reference: '', provinces: [] });
  const byName: ProvincesSince2025['byName'] = {};
  for (const { now, city, before, status } of data.provinces) {
    const title = `${city ? 'thành phố' : 'tỉnh'} ${now}`;
    for (const name of before) {
      if (byName[name]) throw new CorpusFileError(path, 'provinces', `tỉnh "${name}" có ở hai mục (${byName[name].now}, ${now})`);
      byName[name] = { now, title, status };
    }
  }
  return { reference: data.reference, byName };
}

/**
 * The names of the district level (huyện, quận, thị xã, thành phố thuộc tỉnh) before 01/7/2025, from corpus/provinces-2025.yaml's
 * `districts`, each once, in the order written: said still where people live ("nha o cu chi"), masked in kept text
 * (privacy/mask.ts). A province they are listed under that the file names nowhere is refused, as is a name that is a province's.
 */
export function loadDistrictNames(path = PROVINCE_MAP): readonly string[] {
  const data = loadYaml(path, provincesSchema, { reference: '', provinces: [] });
  const provinces = new Set(data.provinces.flatMap(({ now, before }) => [now, ...before]));
  for (const [province, names] of Object.entries(data.districts?.byProvince ?? {})) {
    if (!provinces.has(province)) throw new CorpusFileError(path, `districts.byProvince.${province}`, `tỉnh "${province}" không có trong danh sách tỉnh`);
    const own = names.find((name) => provinces.has(name));
    if (own) throw new CorpusFileError(path, `districts.byProvince.${province}`, `"${own}" là tên tỉnh, không ghi ở cấp huyện`);
  }
  return [...new Set(Object.values(data.districts?.byProvince ?? {}).flat())];
}

function loadYaml<T>(path: string, schema: z.ZodType<T>, fallback: T): T {
  if (!existsSync(path)) return fallback;
  const parsed = schema.safeParse(yaml().parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusFileError(path, issue?.path.join('.') ?? null, issue?.message ?? 'không hợp lệ');
  }
  return parsed.data;
}

export function writeCorpusFiles(files: CorpusFile[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return files.map((file) => {
    const path = join(outDir, file.fileName);
    writeFileSync(path, file.text);
    return path;
  });
}
