/**
 * Whom to ask (findings5, systematic note): answers for [?] items said "hỏi UBND cấp xã"; the standard is "cán bộ phụ
 * trách giảm nghèo ở UBND cấp xã", one copy of the words (POVERTY_CADRE) that every answer uses. The rules data names
 * no one to ask itself: the answers add it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
/** The words every referral uses (src/rules/text.ts POVERTY_CADRE), written out: the test is of what residents read. */
const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

let harness: Harness;
afterEach(() => harness?.close());

/** A referral written out, short ("hỏi UBND cấp xã", "Hỏi Ủy ban nhân dân cấp xã"), not the cadre's words. */
const SHORT_REFERRAL = /hỏi (?:trực tiếp |thêm )?(?:UBND|Ủy ban nhân dân) cấp xã/iu;

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith('.yaml') ? [path] : [];
  });

describe('one referral, to the poverty cadre', () => {
  it('the rules data carries no referral of its own (the answers add the one copy)', () => {
    const carrying = yamlFiles('rules').filter((file) => SHORT_REFERRAL.test(readFileSync(file, 'utf8')));
    expect(carrying).toEqual([]);
  });

  it.each([
    'tien dien ho ngheo dc ho tro bao nhieu kwh 1 thang ad',
    'ho ngheo di hoc nghe dc ho tro bn tien',
    'nha tui ngheo, nha dot nat qua, nha nuoc co ho tro xay nha ko, dc bi nhieu tien',
    'tet nay ho ngheo dc qua tet bn tien vay ad',
    'tết này hộ nghèo được quà Tết bao nhiêu tiền vậy ad',
    'ba tui 72 tuoi nha can ngheo co dc tro cap huu tri xa hoi ko, dc bn tien 1 thang',
    'ho co muc song trung binh nam 2027 la bao nhieu',
  ])('“%s”: a figure not known is sent to the poverty cadre, never "hỏi UBND cấp xã" (cán bộ phụ trách giảm nghèo)', async (question) => {
    harness = await openHarness();
    const turn = await harness.say(question);
    expect(turn.text).toContain(POVERTY_CADRE);
    expect(turn.text).not.toMatch(SHORT_REFERRAL);
  });
});
