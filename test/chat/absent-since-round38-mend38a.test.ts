/**
 * Round 38 (mend38a). "o tu" typed without marks is "ở tù" (in prison) and "ở từ" (living somewhere since): the household reader
 * now leaves out the "ở từ" the masking leaves out, from one vocabulary (HOUSEHOLD_AWAY.absent.prison.since). Before: "con trai
 * tui dang o tu nho voi ong ba noi, nha 4 nguoi…" said "Người đang ở tù … Tạm tính cả 1 người đó". "trại giam" (masked, but no
 * member away) is now read as the prison too: "con tui dang o trai giam, nha 4 nguoi…" said nothing of the one away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { readAbsentReasons, readMessage } from '../../src/chat/input.ts';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const PRISON = 'Người đang ở tù có tính vào hộ không';
const prisonRead = (typed: string) => readAbsentReasons(readMessage(typed)).some(({ label }) => label === 'đang ở tù');

describe('living somewhere since ("ở từ"): no one in prison, the household check goes on', () => {
  it.each([
    'con trai tui dang o tu nho voi ong ba noi, nha 4 nguoi thu nhap 3 trieu',
    'nha 4 nguoi thu nhap 3 trieu, vo tui dang o tu thang 3 o nha ngoai',
    'nha tui o tu nam 2020, 4 nguoi thu nhap 5 trieu',
    'nha tui dang o tu thang 3, 4 nguoi',
  ])('%s', async (typed) => {
    harness = await openHarness({ now: DEC_06 });
    const reply = (await harness.say(typed)).text;
    // With its income the household is answered class first ("÷ 4 người", round 43 resid46); without it, "Số người: 4".
    expect(reply).toContain(/thu nhap/.test(typed) ? '÷ 4 người' : 'Số người: 4');
    expect(reply).not.toContain('ở tù');
  });

  it.each(['nha tui dang o tu thang 3, 4 nguoi', 'tui o tu nho toi gio o que', 'nha tui o tu nam 2020, 4 nguoi thu nhap 5 trieu', 'nha tui dang o tu hoi nam ngoai'])(
    '%s: no reason away read',
    (typed) => expect(prisonRead(typed)).toBe(false),
  );

  it('the masking keeps them as typed, as before', () => {
    expect(maskPersonalData('con trai tui dang o tu nho voi ong ba noi')).toBe('con trai tui dang o tu nho voi ong ba noi');
    expect(maskPersonalData('nha tui dang o tu thang 3, 4 nguoi')).toBe('nha tui dang o tu thang 3, 4 nguoi');
  });
});

describe('in prison: still read', () => {
  it.each(['chong tui dang o tu, nha 4 nguoi', 'nha tui 4 nguoi, thu nhap 3 trieu, chong tui o tu', 'nha 4 nguoi, chong tui dang o tu 3 nam'])(
    '%s',
    async (typed) => {
      harness = await openHarness({ now: DEC_06 });
      expect((await harness.say(typed)).text).toContain(PRISON);
    },
  );
});

describe('"trại giam": the one there is a member in prison', () => {
  it.each([
    'con tui dang o trai giam, nha 4 nguoi thu nhap 3 trieu',
    'nha tui 4 nguoi, thu nhap 3 trieu, con tui dang o trai giam',
    'chong tui vao trai giam roi, nha 4 nguoi thu nhap 3 trieu',
  ])('%s', async (typed) => {
    harness = await openHarness({ now: DEC_06 });
    const reply = (await harness.say(typed)).text;
    expect(reply).toContain(PRISON);
    expect(reply).toContain('Tạm tính cả 1 người đó; không tính thì gõ “3 người”');
  });

  it('asked to be counted: the same line as "đang ở tù" (the residence entry, was the data having nothing on members)', async () => {
    harness = await openHarness({ now: DEC_06 });
    const inPrison = (await harness.say('chong tui dang o tu thi co tinh vao ho ko', 'u1')).text;
    const inCamp = (await harness.say('con tui dang o trai giam thi co tinh vao ho ko', 'u2')).text;
    expect(inCamp).toContain('Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở');
    expect(inCamp).toBe(inPrison);
  });

  it('still masked', () => {
    expect(maskPersonalData('con tui dang o trai giam')).not.toContain('trai giam');
    expect(maskPersonalData('con tui dang o trai giam')).toContain(MASKS.offence);
  });
});
