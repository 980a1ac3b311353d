/**
 * `cli ingest <file…>`: turns extracted plain-text or Markdown resolutions into corpus files
 * (front matter + repaired Markdown), so a cadre can add their province's documents.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { CliCommand } from './types.ts';
import { parseCommandArgs } from './args.ts';
import { DEFAULT_CORPUS_DIR } from '../corpus/load.ts';
import { ingestText, loadProvinceMap, loadSourceManifest, writeCorpusFiles, type MetaOverrides } from '../corpus/ingest.ts';
import { parseUserDate } from '../text/dates.ts';

const HELP = `Đưa văn bản (nghị quyết, kế hoạch, quyết định, công văn…) dạng .txt hoặc .md vào kho văn bản.

Cách dùng:
  npm run cli -- ingest <tệp…> [--out thư-mục] [--id mã] [siêu dữ liệu]
  npm run cli -- ingest nghi-quyet-tinh-toi.txt --province "Hưng Yên"
  npm run cli -- ingest ../shared/seeds/*.txt          (dựng lại corpus/ từ các tệp gốc)

Lệnh tự nhận ra: số hiệu ("Số: 41-NQ/TU"), cơ quan ban hành ở đầu văn bản, ngày ký
("Hưng Yên, ngày 21 tháng 8 năm 2023"), loại văn bản và tiêu đề (dòng "NGHỊ QUYẾT", "V/v …").
Lệnh sửa văn bản trích xuất: nối các dòng bị ngắt, bỏ số trang, dấu thời gian ký số, dấu *,
giữ đề mục I., 1., 2.1., a), -, và chuyển bảng phụ lục nhiệm vụ bị dàn phẳng thành danh sách.
Một tệp có thể chứa nhiều văn bản (ví dụ công văn kèm nghị quyết): mỗi văn bản thành một tệp.
Điều văn bản không ghi thì để trống (null), không đoán.

Tùy chọn:
  --out <thư mục>      Nơi ghi tệp .md (mặc định: corpus/ của dự án).
  --id <mã>            Mã văn bản, chữ thường không dấu (mặc định: tạo từ loại, số hiệu, tỉnh).
  --number <số hiệu>   Ví dụ 41-NQ/TU.
  --type <loại>        Ví dụ "Nghị quyết", "Kế hoạch".
  --title <tiêu đề>
  --issuer <cơ quan>   Ví dụ "Tỉnh ủy Hưng Yên".
  --province <tỉnh>    Tỉnh nêu trong văn bản (trước sáp nhập 2025); tỉnh hiện nay lấy từ
                       corpus/provinces-2025.yaml.
  --signed <ngày>      Ngày ký, dd/MM/yyyy hoặc yyyy-MM-dd.
Các tùy chọn siêu dữ liệu chỉ dùng khi có đúng một văn bản. Với tệp gốc có tên trong
corpus/sources.yaml, siêu dữ liệu ghi ở đó được áp dụng.`;

const OPTIONS = {
  out: { type: 'string' },
  id: { type: 'string' },
  number: { type: 'string' },
  type: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  province: { type: 'string' },
  signed: { type: 'string' },
} as const;

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('ingest', { args, options: OPTIONS, allowPositionals: true });
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write('Cần ít nhất một tệp. Xem: npm run cli -- ingest --help\n');
    return 2;
  }
  const missing = positionals.find((path) => !existsSync(path));
  if (missing) {
    process.stderr.write(`Không tìm thấy tệp: ${missing}\n`);
    return 2;
  }
  const folder = positionals.find((path) => statSync(path).isDirectory());
  if (folder) {
    process.stderr.write(`“${folder}” là một thư mục, không phải tệp văn bản. Hãy chỉ ra các tệp trong đó, ví dụ: npm run cli -- ingest ${join(folder, '*.txt')}\n`);
    return 2;
  }
  const { out, signed, ...rest } = values;
  // "21/8/2023" → "2023-08-21"; anything else goes on as typed, for the schema to refuse with its message.
  const flags: MetaOverrides = { ...rest, ...(signed ? { signed: parseUserDate(signed) ?? signed.trim() } : {}) };
  const manifest = loadSourceManifest();
  const provinceMap = loadProvinceMap();
  const taken = new Set<string>();
  const files = positionals.flatMap((path) => {
    const name = basename(path);
    const overrides = Object.keys(flags).length > 0 ? [flags] : manifest[name];
    return ingestText(readFileSync(path, 'utf8'), name, { overrides, provinceMap, taken });
  });
  if (Object.keys(flags).length > 0 && files.length > 1) {
    process.stderr.write('Các tùy chọn siêu dữ liệu chỉ dùng được khi đưa vào đúng một văn bản.\n');
    return 2;
  }
  for (const path of writeCorpusFiles(files, resolve(out ?? DEFAULT_CORPUS_DIR))) process.stdout.write(`${path}\n`);
  return 0;
}

export const command: CliCommand = {
  name: 'ingest',
  summary: 'Đưa văn bản .txt/.md vào kho văn bản corpus/ (sửa lỗi trích xuất, nhận siêu dữ liệu)',
  help: HELP,
  run,
};
