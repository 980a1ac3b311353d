/** A corpus file = YAML front matter (DocumentMeta, validated with zod) + Markdown body. */
// The two functions, not date-fns's index: that loads every function and costs start-up.
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import * as z from 'zod';
import type { DocumentMeta } from './types.ts';
import { yaml } from '../yaml.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng yyyy-MM-dd')
  .refine((value) => isValid(parseISO(value)), 'không phải ngày có thật');

const nullableText = z.string().trim().min(1).nullable();

export const documentMetaSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
    kind: z.enum(['document', 'faq']),
    number: nullableText,
    type: z.string().trim().min(1),
    title: z.string().trim().min(1),
    issuer: nullableText,
    province: nullableText,
    provinceNow: nullableText,
    signed: isoDate.nullable(),
    sourceFile: nullableText,
    basis: z.array(z.string().trim().min(1)).min(1).optional(),
  })
  .refine((meta) => meta.kind !== 'faq' || meta.basis !== undefined, {
    path: ['basis'],
    message: 'bài giải thích (kind: faq) phải nêu căn cứ pháp lý',
  }) satisfies z.ZodType<DocumentMeta>;

export class CorpusFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    detail: string,
  ) {
    super(field ? `${file}: trường "${field}": ${detail}` : `${file}: ${detail}`);
    this.name = 'CorpusFileError';
  }
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function parseCorpusFile(text: string, file: string): { meta: DocumentMeta; body: string } {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalized);
  if (!match) throw new CorpusFileError(file, null, 'thiếu front matter (khối --- … --- ở đầu tệp)');
  let data: unknown;
  try {
    data = yaml().parse(match[1] ?? '');
  } catch (error) {
    throw new CorpusFileError(file, null, `front matter không phải YAML hợp lệ: ${(error as Error).message}`);
  }
  const parsed = documentMetaSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    throw new CorpusFileError(file, field, issue?.message ?? 'front matter không hợp lệ');
  }
  return { meta: parsed.data, body: normalized.slice(match[0].length) };
}

/** Field order is fixed so that re-ingesting gives byte-identical files. */
export function formatCorpusFile(meta: DocumentMeta, body: string): string {
  const ordered = {
    id: meta.id,
    kind: meta.kind,
    number: meta.number,
    type: meta.type,
    title: meta.title,
    issuer: meta.issuer,
    province: meta.province,
    provinceNow: meta.provinceNow,
    signed: meta.signed,
    sourceFile: meta.sourceFile,
    ...(meta.basis ? { basis: meta.basis } : {}),
  };
  return `---\n${yaml().stringify(ordered, { lineWidth: 0 })}---\n\n${body}`;
}
