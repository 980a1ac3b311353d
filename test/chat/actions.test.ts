/**
 * Buttons' callback data (src/chat/actions.ts): every action written reads back as itself, within Telegram's 64 ASCII bytes; the
 * data buttons already sent carry (before the typed actions) still reads as what those buttons did; data no button carries is
 * refused (the chat then says "Mình không hiểu lựa chọn này").
 */
import { describe, expect, it } from 'vitest';
import { answerRow, decodeAction, encodeAction, type AnswerAction, type ChatAction } from '../../src/chat/actions.ts';

describe('answer actions', () => {
  it.each<AnswerAction>([
    { verb: 'share', about: { rules: 's2027-x1900000' } },
    { verb: 'report', about: { rules: 'u-health_insurance_premium-n' } },
    { verb: 'share', about: { supportsOf: 'ngheo' } },
    { verb: 'share', about: { supportsOf: '' } },
    { verb: 'report', about: { set: 'a1B_', index: 2 } },
  ])('%j round-trips', (action) => {
    const data = encodeAction({ kind: 'answer', ...action });
    expect(data).toMatch(/^[\x21-\x7e]{1,64}$/);
    expect(decodeAction(data)).toEqual({ kind: 'answer', ...action });
  });

  it.each(['share', 'share:r:', 'share:a1B_:x', 'share:r:a:b', 'report:r:a:b'])('"%s" is no action', (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });

  it('the row is "Chia sẻ" then "Báo sai"', () => {
    expect(answerRow({ supportsOf: 'canngheo' })).toEqual([
      { label: 'Chia sẻ', action: 'share:h:canngheo' },
      { label: 'Báo sai', action: 'report:h:canngheo' },
    ]);
  });
});

describe('every action', () => {
  it.each<ChatAction>([
    { kind: 'menu', item: 'check' },
    { kind: 'menu', item: 'standard', argument: '2027' },
    { kind: 'menu', item: 'standard', argument: '01/01/2027' },
    { kind: 'check', step: 'back' },
    { kind: 'check', step: 'area', area: 'urban' },
    { kind: 'check', step: 'setArea', area: 'rural' },
    { kind: 'check', step: 'edit', field: 'income' },
    { kind: 'check', step: 'answer', position: 12, indicator: 'health_insurance', answer: 'unsure' },
    { kind: 'consent', given: false },
    { kind: 'erase', confirmed: true },
    { kind: 'deleteMessage', ref: 'Ab-_0123456789abcdefghij' },
    { kind: 'more', set: 'k3' },
    { kind: 'fullSection', set: 'k3', index: 0 },
    { kind: 'feedback', set: 'k3', index: 7, useful: false },
    { kind: 'answer', verb: 'report', about: { rules: 'u-health_insurance_premium-n' } },
    { kind: 'reportResult' },
    { kind: 'reportAttach' },
    { kind: 'reportCancel' },
    { kind: 'quick', verb: 'detail', figures: { area: 'urban', income: 1_250_000, members: 4, deprived: '1a', unsure: '0', day: '2027-01-01' } },
    { kind: 'quick', verb: 'report', figures: { area: 'rural', income: 9_999_999_999, members: 30, deprived: '3ff', unsure: '400' } },
    { kind: 'province', choice: 33 },
    { kind: 'province', choice: 'clear' },
    { kind: 'supports', of: 'canngheo', full: true, day: '2027-01-01' },
    { kind: 'supports', of: '', full: false },
  ])('%j reads back as itself', (action) => {
    const data = encodeAction(action);
    expect(data).toMatch(/^[\x21-\x7e]{1,64}$/);
    expect(decodeAction(data)).toEqual(action);
  });

  // What buttons sent before the typed actions carry: a message a resident scrolls back to still works.
  it.each<[string, ChatAction]>([
    ['ck:a:3:health_insurance:yes', { kind: 'check', step: 'answer', position: 3, indicator: 'health_insurance', answer: 'yes' }],
    ['ck:set:area:urban', { kind: 'check', step: 'setArea', area: 'urban' }],
    ['menu:standard:', { kind: 'menu', item: 'standard' }],
    ['sup:near_poor:full@2027-01-01', { kind: 'supports', of: 'near_poor', full: true, day: '2027-01-01' }],
    ['report:q:r:450000:4:2:0:20270101', { kind: 'quick', verb: 'report', figures: { area: 'rural', income: 450_000, members: 4, deprived: '2', unsure: '0', day: '2027-01-01' } }],
    ['detail:q:u:900000:3:0:0', { kind: 'quick', verb: 'detail', figures: { area: 'urban', income: 900_000, members: 3, deprived: '0', unsure: '0' } }],
    ['report:k3:2', { kind: 'answer', verb: 'report', about: { set: 'k3', index: 2 } }],
    ['prov:clear', { kind: 'province', choice: 'clear' }],
    // An answer button of a question since reworded: the current question is asked again, not "không hiểu".
    ['ck:a:3:health_insurance:maybe', { kind: 'check', step: 'staleAnswer' }],
  ])('"%s" reads as before', (data, action) => {
    expect(decodeAction(data)).toEqual(action);
  });

  it.each([
    '',
    'menu',
    'menu:xoa',
    'ck:area:suburb',
    'ck:edit:name',
    'consent:maybe',
    'erase:',
    'dm:short',
    'full:k3:x',
    'fb:k3:1:2',
    'detail:k3:1',
    'report:q:x:1:1:0:0',
    'report:q:r:1:1:0:0:2027',
    'prov:-1',
    'sup:near_poor:short',
    'sup:near_poor@2027-1-1',
    'sup:near_poor@2027-01-01@2028-01-01',
    `sup:${'a'.repeat(70)}`,
    'unknown:thing',
  ])('"%s" is refused', (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });
});
