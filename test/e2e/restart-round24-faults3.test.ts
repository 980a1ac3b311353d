/**
 * One server process (`src/main.ts`, as `npm start` runs it, SQLite, drafts in its memory) with residents in the middle of
 * a household check kept without consent, over real HTTP (POST /api/chat):
 * - stopped deliberately (SIGTERM: an update, a maintenance) and started again: the next message is told the assistant was
 *   restarted, not that it failed (was: "bị gián đoạn do sự cố của máy chủ" for a planned restart);
 * - killed (SIGKILL: a crash) and started again: that one is a fault, and said so;
 * - a resident who was never asked to choose (the consent question still open when the household was told) is not told
 *   "Vì bạn chọn không lưu" (was), but what happened: the answers were only kept for the moment, not having been agreed to keep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chat, killLeft, session, startInstance, type Instance } from './process.ts';

const RESTARTED = 'Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn vì máy chủ của trợ lý vừa được khởi động lại';
const FAULT = 'Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ';
const NOT_AGREED = 'chỉ được giữ tạm vì bạn chưa đồng ý lưu lại';

describe('a check without consent across a deliberate restart and a crash of a single instance', () => {
  const folder = mkdtempSync(join(tmpdir(), 'restart-round24-'));
  const instances: Instance[] = [];
  /** An instance on the test's own SQLite file (`name`): the same file again is the same server started again. */
  const started = async (name: string) => {
    const instance = await startInstance({ DATABASE_PATH: join(folder, `${name}.db`) });
    instances.push(instance);
    return instance;
  };
  afterAll(async () => {
    await killLeft(instances);
    rmSync(folder, { recursive: true, force: true });
  });

  it('SIGTERM: told the assistant was restarted, no "sự cố"; never "bạn chọn không lưu" to one who was not asked', async () => {
    const first = await started('sigterm');
    const chose = session('r24-chose-not-to-keep');
    await chat(first, chose, '/kiemtra');
    expect((await chat(first, chose, 'ko luu')).text).toContain('Câu 1/15');
    expect((await chat(first, chose, 'o que')).text).toContain('Câu 2/15');
    // Told the household while the consent question was still open: never chose anything.
    const notAsked = session('r24-not-asked-yet');
    const told = await chat(first, notAsked, 'kiem tra giup nha tui, nha 4 nguoi o que');
    expect(told.text).toContain('Đồng ý lưu');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await started('sigterm');
    const after = await chat(second, chose, '4');
    expect(after.status).toBe(200);
    expect(after.text).toContain(RESTARTED);
    expect(after.text).not.toContain('sự cố');
    expect(after.text).not.toContain('Câu 3/15');
    expect(after.text).toContain('/kiemtra');
    const other = await chat(second, notAsked, 'khong luu');
    expect(other.text).toContain(RESTARTED);
    expect(other.text).toContain(NOT_AGREED);
    expect(other.text).not.toMatch(/bạn chọn không lưu/i);
    // Said once: starting again works.
    expect((await chat(second, chose, '/kiemtra')).text).not.toContain(RESTARTED);
    expect((await chat(second, chose, 'hok luu')).text).toContain('Câu 1/15');
  }, 120_000);

  it('SIGKILL: a crash is a fault, and said so', async () => {
    const first = await started('sigkill');
    const user = session('r24-crash');
    await chat(first, user, '/kiemtra');
    await chat(first, user, 'k luu');
    expect((await chat(first, user, 'thanh thi')).text).toContain('Câu 2/15');
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await started('sigkill');
    const after = await chat(second, user, '3');
    expect(after.text).toContain(FAULT);
    expect(after.text).toContain(NOT_AGREED);
    expect(after.text).not.toContain(RESTARTED);
  }, 120_000);
});
