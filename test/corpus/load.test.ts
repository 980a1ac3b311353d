import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, loadCorpus } from '../../src/corpus/load.ts';
import { MAX_PASSAGE_WORDS } from '../../src/corpus/passages.ts';
import type { Passage } from '../../src/corpus/types.ts';

const corpus = loadCorpus();
const documents = corpus.passages.filter((p) => p.kind === 'document');

function passage(docId: string, section: string): Passage {
  const found = corpus.passages.find((p) => p.docId === docId && p.section === section);
  if (!found) throw new Error(`no passage ${docId} ${section}`);
  return found;
}

describe('loadCorpus on the repository corpus', () => {
  it('holds the seven documents of the five seeds and the explainers, with unique passage ids', () => {
    const seedDocs = corpus.documents.filter((d) => d.kind === 'document');
    expect(seedDocs.map((d) => d.id).sort()).toEqual([
      'cv-3286-ubnd-vx-tra-vinh',
      'cv-5199-ubnd-kgvx-tra-vinh',
      'kh-btv-tinh-uy-thuc-hien-chi-thi-05',
      'nq-05-nq-tu-tra-vinh',
      'nq-41-nq-tu-hung-yen',
      'nq-btv-tinh-uy-trien-khai-chi-thi-05',
      'qd-768-qd-ubnd-binh-dinh',
    ]);
    const ids = corpus.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps unknown metadata unknown and maps provinces to their 2025 successors', () => {
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    expect(byId.get('nq-btv-tinh-uy-trien-khai-chi-thi-05')).toMatchObject({ number: null, signed: null, province: null, provinceNow: null });
    expect(byId.get('nq-41-nq-tu-hung-yen')).toMatchObject({ number: '41-NQ/TU', signed: '2023-08-21', issuer: 'Tỉnh ủy Hưng Yên', provinceNow: 'Hưng Yên' });
    expect(byId.get('qd-768-qd-ubnd-binh-dinh')).toMatchObject({ number: '768/QĐ-UBND', signed: '2022-03-11', province: 'Bình Định', provinceNow: 'Gia Lai' });
    expect(byId.get('cv-3286-ubnd-vx-tra-vinh')).toMatchObject({ type: 'Công văn', issuer: 'UBND thị xã Duyên Hải', provinceNow: 'Vĩnh Long' });
  });

  it('cites sections by their real heading paths', () => {
    const employment = passage('nq-41-nq-tu-hung-yen', 'III.5.2');
    expect(employment.citation).toBe('NQ 41-NQ/TU, Tỉnh ủy Hưng Yên, 21/08/2023, mục III.5.2');
    expect(employment.headings).toEqual([
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      '5. Thực hiện đồng bộ các chính sách giảm nghèo trên cơ sở đánh giá các nguyên nhân dẫn đến nghèo và mức độ thiếu hụt các dịch vụ xã hội cơ bản',
      '5.2. Về giải quyết các mức độ thiếu hụt dịch vụ xã hội cơ bản',
    ]);
    expect(employment.text).toContain('Về việc làm');
    expect(passage('nq-05-nq-tu-tra-vinh', 'II.2.2.1').text).toContain('Tỷ lệ thất nghiệp dưới 2%');
    expect(passage('kh-btv-tinh-uy-thuc-hien-chi-thi-05', 'IV.1').text).toMatch(/^1\. Ban cán sự đảng UBND tỉnh/);
    expect(passage('qd-768-qd-ubnd-binh-dinh', 'Điều 2').citation).toBe('QĐ 768/QĐ-UBND, UBND tỉnh Bình Định, 11/03/2022, Điều 2');
    expect(passage('qd-768-qd-ubnd-binh-dinh', 'Kế hoạch, mục I.1.a').text).toMatch(/^a\) Tạo sự chuyển biến/);
  });

  it('says honestly when the number and date are unknown', () => {
    expect(passage('nq-btv-tinh-uy-trien-khai-chi-thi-05', 'II.2.1').citation).toBe(
      'Nghị quyết của Ban Thường vụ Tỉnh ủy (chưa rõ số hiệu, ngày ban hành), mục II.2.1',
    );
  });

  it('rejoins hard-wrapped lines: no line ends mid-sentence before a lower-case continuation', () => {
    for (const p of documents) {
      expect(p.text, p.id).not.toMatch(/[\p{L}\d,]\n+\p{Ll}/u);
    }
    // Seed 000 broke this sentence over three lines with blank lines between.
    expect(passage('nq-btv-tinh-uy-trien-khai-chi-thi-05', 'III.1').text).toContain(
      'Tăng cường sự lãnh đạo, chỉ đạo, điều hành của các cấp ủy, chính quyền, sự phối hợp thực hiện của Mặt trận Tổ quốc',
    );
    expect(passage('nq-btv-tinh-uy-trien-khai-chi-thi-05', 'III.1').headings.at(-1)).toBe(
      '1. Tăng cường công tác lãnh đạo, chỉ đạo, điều hành thực hiện công tác giảm nghèo bền vững',
    );
  });

  it('drops page noise: no timestamps, asterisks, rules or markup', () => {
    for (const p of corpus.passages) {
      expect(p.text, p.id).not.toMatch(/\*|-----|<\/?\w+>|\d{2}:\d{2}:\d{2}|^#/m);
    }
  });

  it('keeps passages short enough to rank well', () => {
    for (const p of corpus.passages) {
      const words = p.text.split(/\s+/).length;
      const oneSentence = !/[.;!?]\s+\p{Lu}/u.test(p.text);
      expect(words <= MAX_PASSAGE_WORDS || oneSentence, `${p.id}: ${words} words`).toBe(true);
    }
  });

  it('turns the flattened appendix of the Bình Định plan into tasks with all five columns', () => {
    const tasks = corpus.passages.filter((p) => p.docId === 'qd-768-qd-ubnd-binh-dinh' && p.section.startsWith('Phụ lục, '));
    expect(tasks.length).toBe(20);
    for (const task of tasks) {
      for (const label of ['Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian thực hiện']) {
        expect(task.text, task.id).toMatch(new RegExp(`^- ${label}: \\S`, 'm'));
      }
    }
    const legalAid = passage('qd-768-qd-ubnd-binh-dinh', 'Phụ lục, nhiệm vụ III.2');
    expect(legalAid.citation).toBe('QĐ 768/QĐ-UBND, UBND tỉnh Bình Định, 11/03/2022, Phụ lục, nhiệm vụ III.2');
    expect(legalAid.text).toContain('- Nội dung công việc: Chính sách trợ giúp pháp lý đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo');
    expect(legalAid.text).toContain('- Cơ quan chủ trì: Sở Tư pháp');
    // "thành phố" was cut off by a page break and printed after the period column.
    expect(legalAid.text).toContain('- Cơ quan phối hợp: Sở Lao động - Thương binh và Xã hội, các sở, ngành có liên quan, UBND các huyện, thị xã, thành phố');
    expect(legalAid.text).toContain('- Thời gian thực hiện: Giai đoạn 2021 -2030');
    const media = passage('qd-768-qd-ubnd-binh-dinh', 'Phụ lục, nhiệm vụ I.4');
    expect(media.text).toMatch(/Nội dung công việc: .*đẩy mạnh tuyên truyền về công tác giảm nghèo, giới thiệu các cá nhân, tập thể, mô hình, kinh nghiệm hay trong giảm nghèo bền vững/);
  });
});

describe('loadCorpus validation', () => {
  function corpusWith(file: string, text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'faq'));
    writeFileSync(join(dir, file), text);
    return dir;
  }
  const good = readFileSync(join(DEFAULT_CORPUS_DIR, 'nq-41-nq-tu-hung-yen.md'), 'utf8');

  it('loads a valid copy', () => {
    expect(loadCorpus(corpusWith('a.md', good)).documents).toHaveLength(1);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => loadCorpus(corpusWith('bad-date.md', good.replace('signed: 2023-08-21', 'signed: 2023-13-45')))).toThrow(
      /bad-date\.md: trường "signed"/,
    );
    expect(() => loadCorpus(corpusWith('no-title.md', good.replace(/^title: .*\n/m, '')))).toThrow(/no-title\.md: trường "title"/);
    expect(() => loadCorpus(corpusWith('typo.md', good.replace('issuer:', 'isuer:')))).toThrow(/typo\.md/);
    expect(() => loadCorpus(corpusWith('kind.md', good.replace('kind: document', 'kind: blog')))).toThrow(/kind\.md: trường "kind"/);
  });

  it('requires explainers to state their legal basis', () => {
    const faq = good.replace('kind: document', 'kind: faq');
    expect(() => loadCorpus(corpusWith('faq.md', faq))).toThrow(/faq\.md: trường "basis"/);
  });

  it('refuses a file without front matter and duplicate ids', () => {
    expect(() => loadCorpus(corpusWith('plain.md', '# Chỉ có nội dung\n'))).toThrow(/plain\.md: thiếu front matter/);
    const dir = corpusWith('a.md', good);
    writeFileSync(join(dir, 'faq', 'b.md'), good);
    expect(() => loadCorpus(dir)).toThrow(/faq\/b\.md: trường "id"/);
  });
});

describe('explainers in corpus/faq', () => {
  const explainers = corpus.documents.filter((d) => d.kind === 'faq');
  const faqPassages = corpus.passages.filter((p) => p.kind === 'faq');

  it('covers what residents ask most, each page marked as an explainer', () => {
    expect(explainers.map((d) => d.id).sort()).toEqual([
      'faq-chuan-ngheo-da-chieu',
      'faq-cong-nhan-ho-ngheo',
      'faq-ho-ngheo-can-ngheo-la-gi',
      'faq-ho-tro-cho-ho-ngheo',
      'faq-thay-doi-nam-2025',
    ]);
    for (const d of explainers) expect(d).toMatchObject({ type: 'Giải thích', number: null, sourceFile: null });
  });

  it('names every basis of its front matter in the text, and each section cites the bases it names', () => {
    for (const d of explainers) {
      const text = faqPassages.filter((p) => p.docId === d.id).map((p) => p.text).join('\n');
      for (const basis of d.basis ?? []) expect(text, `${d.id}: ${basis}`).toContain(basis);
    }
    const lunch = faqPassages.find((p) => p.docId === 'faq-ho-tro-cho-ho-ngheo' && p.section === '3');
    expect(lunch?.citation).toBe('Giải thích của Trợ lý (căn cứ Nghị định 105/2020/NĐ-CP), mục 3');
    expect(lunch?.text).toContain('160.000 đồng/trẻ/tháng');
  });

  it('labels reported figures as reference and gives none where the facts are unknown', () => {
    const credit = faqPassages.find((p) => p.docId === 'faq-ho-tro-cho-ho-ngheo' && p.section === '4');
    expect(credit?.text).toMatch(/tham khảo[^\n]*100\.000\.000 đồng/);
    const newly = faqPassages.find((p) => p.docId === 'faq-ho-tro-cho-ho-ngheo' && p.section === '1')?.text ?? '';
    expect(newly).toMatch(/Hộ mới thoát nghèo: mức hỗ trợ chưa được xác nhận[^\n]*Ủy ban nhân dân cấp xã/);
    const from2027 = faqPassages.find((p) => p.docId === 'faq-ho-ngheo-can-ngheo-la-gi' && p.section === '5')?.text ?? '';
    expect(from2027).toContain('2.200.000 đồng');
    expect(from2027).not.toMatch(/trung bình[^.]*\d\.\d{3}\.000/);
  });
});
