/**
 * Round 28 (privacy10), over real HTTP on the real app (POST /api/chat): the maker of a share link deletes that link alone, by
 * its button "Xóa đường dẫn này" or "/xoachiase <mã>" (typed in another chat of theirs too), and whoever opens it then reads that
 * it was deleted. Was: only /xoadulieu (everything of theirs) deleted a link, and a gone link said "có thể người chia sẻ đã xóa
 * dữ liệu". Someone else's "/xoachiase" deletes nothing.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

const newSessionId = () => randomBytes(18).toString('base64url');

async function chat(sessionId: string, message: { text?: string; action?: string }): Promise<Reply[]> {
  const response = await server.postJson('/api/chat', { sessionId, messageId: newSessionId(), ...message });
  expect(response.status).toBe(200);
  return ((await response.json()) as { replies: Reply[] }).replies;
}

const textOf = (replies: Reply[]) => replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');
const buttonsOf = (replies: Reply[]) => replies.flatMap((reply) => (reply.buttons ?? []).flat());

/** A share link made by `sessionId` of the answer to a resident's question: the reply that carries it. */
async function shareMade(sessionId: string): Promise<Reply> {
  const replies = await chat(sessionId, { text: 'phong trao giam ngheo theo dia chi la sao ad' });
  const share = buttonsOf(replies).find((button) => button.label === 'Chia sẻ');
  expect(share).toBeDefined();
  const made = (await chat(sessionId, { action: share!.action })).find((reply) => reply.shareToken);
  expect(made?.shareToken).toMatch(/^[A-Za-z0-9_-]{12}$/);
  return made!;
}

describe('deleting one share link', () => {
  it('by its button: the link then opens on "đã bị xóa", and the maker is told how on both pages', async () => {
    const maker = newSessionId();
    const made = await shareMade(maker);
    const token = made.shareToken!;
    const text = textOf([made]);
    expect(text).toContain(`bấm “Xóa đường dẫn này” hoặc gõ /xoachiase ${token}`);
    const remove = buttonsOf([made]).find((button) => button.label === 'Xóa đường dẫn này');
    expect(remove).toBeDefined();

    const opened = textOf(await chat(newSessionId(), { text: `/start ${token}` }));
    expect(opened).toContain('Câu trả lời được chia sẻ');
    expect(opened).toContain(`Người tạo đường dẫn này muốn xóa nó thì gõ /xoachiase ${token}`);

    // A recipient who types the command deletes nothing.
    const stranger = textOf(await chat(newSessionId(), { text: `/xoachiase ${token}` }));
    expect(stranger).toContain('Không có đường dẫn chia sẻ nào của bạn với mã này');
    expect(await server.service.app.store.loadShare(token)).toBeDefined();

    expect(textOf(await chat(maker, { action: remove!.action }))).toContain('Đã xóa đường dẫn chia sẻ này');
    expect(await server.service.app.store.loadShare(token)).toBeUndefined();
    const gone = textOf(await chat(newSessionId(), { text: `/start ${token}` }));
    expect(gone).toContain('câu trả lời chia sẻ đã bị xóa');
    expect(gone).not.toContain('Câu trả lời được chia sẻ');
  });

  it('by "/xoachiase <mã>" typed, leaving the maker\'s other link and their session', async () => {
    const maker = newSessionId();
    const first = (await shareMade(maker)).shareToken!;
    const second = (await shareMade(maker)).shareToken!;
    expect(textOf(await chat(maker, { text: `/xoachiase ${first}` }))).toContain('Đã xóa đường dẫn chia sẻ này');
    expect(await server.service.app.store.loadShare(first)).toBeUndefined();
    expect(await server.service.app.store.loadShare(second)).toBeDefined();
    expect(await server.service.app.store.readSession(`web:${maker}`)).toBeDefined();
    // Again: nothing of theirs is left under it.
    expect(textOf(await chat(maker, { text: `/xoachiase ${first}` }))).toContain('có thể nó đã bị xóa');
  });

  it('says how when the code is left out', async () => {
    expect(textOf(await chat(newSessionId(), { text: '/xoachiase' }))).toContain('bấm “Xóa đường dẫn này” ngay dưới đường dẫn');
  });
});
