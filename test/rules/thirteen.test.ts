/**
 * A period with 13 indicators (test/rules/fixtures/thirteen) goes through start-up, the quick check, its
 * "Báo sai" button, the interview and the CSV batch: the number of indicators is data, not code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { indicatorsFor, loadRules } from '../../src/rules/index.ts';
import { actionOf, openHarness } from '../chat/harness.ts';
import { fixtureRules } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fixtureRules('thirteen');
afterAll(() => fixture.dispose());
/** 15/3/2027 10:00 in Vietnam: the 13-indicator test period. */
const IN_2027 = () => new Date('2027-03-15T03:00:00Z');

describe('a 13-indicator period', () => {
  it('loads, and lists 13 indicators on a 2027 date and 12 in 2026', () => {
    const rules = loadRules(fixture.dir);
    expect(indicatorsFor(rules, '2027-03-15').map((i) => i.id)).toHaveLength(13);
    expect(indicatorsFor(rules, '2027-03-15').at(-1)!.id).toBe('disaster_resilience');
    expect(indicatorsFor(rules, '2026-03-15')).toHaveLength(12);
  });

  it('quick check reads the 13th alias, and its "Báo sai" button round-trips the household', async () => {
    const harness = await openHarness({ now: IN_2027, rulesDir: fixture.dir });
    try {
      const result = await harness.say('/kiemtra nt 2tr thientai rac vienthong ?bhyt');
      expect(result.text).toContain('HỘ NGHÈO');
      expect(result.text).toContain('Khả năng chống chịu thiên tai (chỉ số thử)');
      const action = actionOf(result, 'Báo sai');
      expect(Buffer.byteLength(action)).toBeLessThanOrEqual(64);
      const asked = await harness.press(action);
      // The result's figures go with a report only when the person chooses to send them.
      await harness.press(actionOf(asked, 'Gửi kèm kết quả'));
      await harness.say('thieu chi so');
      const subject = (await harness.app.store.stats()).reports[0]!.subject;
      expect(subject).toContain('Kết quả kiểm tra: poor');
      expect(subject).toContain('chuẩn test-thirteen');
      expect(subject).toContain('disaster_resilience');
      expect((await harness.say('/trogiup')).text).toContain('thientai, chongbao = Khả năng chống chịu thiên tai');
    } finally {
      await harness.close();
    }
  });

  it('the interview asks 13 indicator questions (16 steps)', async () => {
    const harness = await openHarness({ now: IN_2027, rulesDir: fixture.dir });
    try {
      const consent = await harness.say('/kiemtra');
      const first = await harness.press(actionOf(consent, 'Đồng ý lưu'));
      expect(first.text).toContain('Câu 1/16');
    } finally {
      await harness.close();
    }
  });

  it('cli batch classifies a row with the 13th indicator (RULES_DIR)', () => {
    const input = join(fixture.dir, 'xa.csv');
    const output = join(fixture.dir, 'ket-qua.csv');
    writeFileSync(input, ['ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut', 'H1,nt,4,2tr,thientai rac vienthong', 'H2,nt,4,2tr,thientai'].join('\n'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', input, '--out', output, '--date', '2027-03-15'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, RULES_DIR: fixture.dir },
    });
    expect(run.stderr).not.toContain('Dòng');
    expect(run.status).toBe(0);
    const rows = parse(readFileSync(output, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.so_chi_so_thieu_hut])).toEqual([
      ['H1', 'poor', '3'],
      ['H2', 'near_poor', '1'],
    ]);
    expect(run.stdout).toContain('Khả năng chống chịu thiên tai (chỉ số thử) (disaster_resilience): 2');
  });
});
