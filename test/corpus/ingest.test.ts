import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestText, loadProvinceMap } from '../../src/corpus/ingest.ts';
import { DEFAULT_CORPUS_DIR, loadCorpus } from '../../src/corpus/load.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = [join(repoRoot, '../shared/seeds'), '/work/shared/seeds'].find((dir) => existsSync(dir));

function cli(args: string[]): string {
  // Run from elsewhere: the default corpus folder must not depend on the working directory.
  return execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'src/cli.ts'), ...args], { cwd: tmpdir(), encoding: 'utf8' });
}

describe.runIf(seedsDir)('re-ingesting the seeds', () => {
  it('reproduces corpus/ exactly, through the CLI', () => {
    const out = mkdtempSync(join(tmpdir(), 'reingest-'));
    const seeds = readdirSync(seedsDir as string).filter((name) => name.endsWith('.txt')).map((name) => join(seedsDir as string, name));
    cli(['ingest', ...seeds, '--out', out]);
    const produced = readdirSync(out).sort();
    const committed = readdirSync(DEFAULT_CORPUS_DIR).filter((name) => name.endsWith('.md')).sort();
    expect(produced).toEqual(committed);
    for (const name of produced) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(DEFAULT_CORPUS_DIR, name), 'utf8'));
    }
  });
});

const NEW_PLAN = `UỶ BAN NHÂN DÂN
TỈNH THÁI BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12 /KH-UBND
Thái Bình, ngày 5 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ hộ nghèo, hộ cận nghèo
năm 2024

**I. MỤC ĐÍCH, YÊU CẦU**

1. Mục đích

Bảo đảm 100% hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn ưu đãi của Ngân hàng Chính sách xã hội và
được cấp thẻ bảo hiểm y tế theo quy định.

## II. NHIỆM VỤ

1. Ủy ban nhân dân cấp xã rà soát hộ nghèo định kỳ từ ngày 01/9 đến ngày 14/12 hằng năm.

2. Sở Y tế hướng dẫn cấp thẻ bảo hiểm y tế.

11-03-2024 09:15:00 +07:00

Nơi nhận:
- Như trên;
- Lưu: VT.
`;

describe('ingesting a new resolution', () => {
  it('detects its metadata and repairs its text like the seeds', () => {
    const [file, ...others] = ingestText(NEW_PLAN, 'thai-binh-12.md', { provinceMap: loadProvinceMap() });
    expect(others).toHaveLength(0);
    expect(file?.meta).toEqual({
      id: 'kh-12-kh-ubnd-thai-binh',
      kind: 'document',
      number: '12/KH-UBND',
      type: 'Kế hoạch',
      title: 'Kế hoạch hỗ trợ hộ nghèo, hộ cận nghèo năm 2024',
      issuer: 'UBND tỉnh Thái Bình',
      province: 'Thái Bình',
      provinceNow: 'Hưng Yên',
      signed: '2024-03-05',
      sourceFile: 'thai-binh-12.md',
    });
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    writeFileSync(join(dir, file?.fileName ?? 'x.md'), file?.text ?? '');
    const passages = loadCorpus(dir).passages;
    expect(passages.map((p) => p.section)).toEqual(['I.1', 'II.1', 'II.2']);
    expect(passages[0]?.text).toBe(
      'Bảo đảm 100% hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn ưu đãi của Ngân hàng Chính sách xã hội và được cấp thẻ bảo hiểm y tế theo quy định.',
    );
    expect(passages[1]?.citation).toBe('KH 12/KH-UBND, UBND tỉnh Thái Bình, 05/03/2024, mục II.1');
    expect(file?.text).not.toMatch(/\*|11-03-2024|Nơi nhận|Lưu: VT/);
  });

  it('takes metadata the text lacks from the command line, and keeps the rest unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flags-'));
    const source = join(dir, 'nghi-quyet.txt');
    writeFileSync(source, 'NGHỊ QUYẾT\nVề giảm nghèo bền vững\n\nI. MỤC TIÊU\n\nGiảm tỷ lệ hộ nghèo mỗi năm.\n');
    const out = join(dir, 'out');
    const written = cli(['ingest', source, '--out', out, '--province', 'Bình Định', '--signed', '2/9/2022', '--id', 'nq-binh-dinh-thu']);
    expect(written.trim()).toBe(join(out, 'nq-binh-dinh-thu.md'));
    const [meta] = loadCorpus(out).documents;
    expect(meta).toMatchObject({ id: 'nq-binh-dinh-thu', type: 'Nghị quyết', title: 'Nghị quyết về giảm nghèo bền vững', number: null, issuer: null, province: 'Bình Định', provinceNow: 'Gia Lai', signed: '2022-09-02' });
  });

  it('reads an issuer header written with the abbreviation UBND', () => {
    const [file] = ingestText('UBND TỈNH THÁI BÌNH\nSố: 7/KH-UBND\n\nKẾ HOẠCH\nGiảm nghèo năm 2025\n\nI. MỤC TIÊU\n\nGiảm tỷ lệ hộ nghèo.\n', 'x.txt');
    expect(file?.meta).toMatchObject({ number: '7/KH-UBND', type: 'Kế hoạch', issuer: 'UBND tỉnh Thái Bình', province: 'Thái Bình' });
  });

  it('ends the title at a body line opening with "Căn cứ" or "Theo đề nghị" (words ending in an accented letter)', () => {
    // The opener list was tested with \b, which never matches after "ứ" or "ị": the line went into the title.
    const [file] = ingestText('UBND TỈNH THÁI BÌNH\nSố: 9/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề hỗ trợ hộ cận nghèo năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương\nTheo đề nghị của Sở Y tế\n\nĐiều 1. Hỗ trợ thẻ bảo hiểm y tế cho hộ cận nghèo.\n', 'y.txt');
    expect(file?.meta.title).toBe('Quyết định về hỗ trợ hộ cận nghèo năm 2025');
    expect(file?.text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương');
  });

  it('refuses a binary or non-UTF-8 file instead of storing garbage', () => {
    expect(() => ingestText('NGHỊ QUYẾT\u0000\u0001\u0002', 'scan.pdf')).toThrow(/scan\.pdf: không phải văn bản UTF-8/);
    const latin1 = Buffer.from('NGH\xc4 QUY\xc9T v\xe0 gi\xe1m ngh\xe8o', 'latin1').toString('utf8');
    expect(() => ingestText(latin1, 'cu.txt')).toThrow(/cu\.txt: không phải văn bản UTF-8/);
  });

  it('refuses bad metadata with the field named', () => {
    expect(() => ingestText('NGHỊ QUYẾT\nVề giảm nghèo\n\nNội dung.\n', 'x.txt', { overrides: [{ signed: '2022-02-30' }] })).toThrow(/x\.txt: trường "signed"/);
  });
});

describe('corpus/provinces-2025.yaml', () => {
  it('holds the 63 provinces before 01/07/2025 and the 34 since (28 tỉnh, 6 thành phố), each verified merger as read', () => {
    const { reference, byName } = loadProvinceMap();
    expect(reference).toContain('202/2025/QH15');
    const now = new Set(Object.values(byName).map((entry) => entry.now));
    expect(now.size).toBe(34);
    expect(new Set(Object.values(byName).filter((entry) => entry.title.startsWith('thành phố')).map((entry) => entry.now)).size).toBe(6);
    // 63 names before the merger, and "Thừa Thiên Huế", the province's name until Huế became a city on 01/01/2025.
    expect(Object.keys(byName)).toHaveLength(64);
    // Each province of today holds its own name.
    for (const name of now) expect(byName[name]?.now).toBe(name);
    // The three mergers read in ../shared/facts/documents-and-places.md [V]; the rest as reported.
    expect(byName['Thái Bình']).toEqual({ now: 'Hưng Yên', title: 'tỉnh Hưng Yên', status: 'verified' });
    expect(byName['Bình Định']).toEqual({ now: 'Gia Lai', title: 'tỉnh Gia Lai', status: 'verified' });
    expect(byName['Trà Vinh']).toEqual({ now: 'Vĩnh Long', title: 'tỉnh Vĩnh Long', status: 'verified' });
    expect(byName['Bến Tre']?.now).toBe('Vĩnh Long');
    expect(byName['Quảng Bình']).toEqual({ now: 'Quảng Trị', title: 'tỉnh Quảng Trị', status: 'reported' });
    expect(byName['Bình Dương']).toEqual({ now: 'Hồ Chí Minh', title: 'thành phố Hồ Chí Minh', status: 'reported' });
  });
});
