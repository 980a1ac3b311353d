/**
 * Audit (Luật 91/2025/QH15): residents type their phone number, CCCD, name and address into every channel (a question the
 * assistant cannot answer, a "Báo sai" comment, a household check with consent, the list of kept messages). Afterwards no
 * row of any table and no log line holds them unmasked, on SQLite and on PostgreSQL (skipped with its reason when
 * PostgreSQL is absent, failing under REQUIRE_SERVICES=1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { IncomingMessage } from '../../src/chat/types.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { postgresTables, sqliteTables } from './table-dump.ts';

const folder = mkdtempSync(join(tmpdir(), 'privacy-audit-'));
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

/** What must never be kept or logged as typed: phone numbers and CCCD in the ways people write them, a name, an address. */
const PERSONAL = ['0912345678', '0912 345 678', '0912.345.678', '001203004567', '0987654321', '079203001234', '84903123456', 'Tran Thi Lan', 'hem 5 ap Tan Hoa'];
/** The same numbers run together anywhere in a row or a line (a JSON escape or a separator dropped). */
const DIGITS = ['0912345678', '001203004567', '0987654321', '079203001234', '84903123456'];

interface Backend {
  name: string;
  unavailable?: string;
  open(logger: ReturnType<typeof createLogger>): Promise<{ app: App; dump(): Promise<string> }>;
}

const sqlite: Backend = {
  name: 'SQLite',
  open: async (logger) => {
    const path = join(folder, `audit-${Date.now()}.db`);
    const app = await createApp({ databasePath: path, logger });
    return {
      app,
      dump: async () => sqliteTables(path),
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  unavailable: await postgresUnavailable(),
  open: async (logger) => {
    const database = await createTestDatabase('audit');
    databases.push(database);
    const app = await createApp({ databasePath: join(folder, 'unused.db'), databaseUrl: database.url, logger });
    return {
      app,
      dump: () => postgresTables(database.url),
    };
  },
};

for (const backend of [sqlite, postgres]) {
  describe.skipIf(backend.unavailable !== undefined)(titled(`personal data in rows and logs: ${backend.name}`, backend.unavailable), () => {
    it('keeps and logs no phone number, CCCD, name or address as typed, in any channel', async () => {
      const logs: string[] = [];
      const { app, dump } = await backend.open(createLogger({ level: 'debug', write: (line) => logs.push(line) }));
      try {
        const send = (message: Omit<IncomingMessage, 'userId'> & { userId?: string }) => app.core.handle({ userId: 'u-audit-1', ...message });
        const buttons = (replies: Awaited<ReturnType<typeof send>>) => replies.flatMap((reply) => reply.buttons?.flat() ?? []);

        // Web: a question outside the data, kept masked to add documents.
        await send({ channel: 'web', userId: 'TabAudit2026x', messageId: 'tinAudit01', text: 'chi oi em ten Tran Thi Lan, sdt 0912 345 678, cccd 001203004567, o so 12 hem 5 ap Tan Hoa, giup toi dat ve xe khach' });
        await send({ channel: 'web', userId: 'TabAudit2026x', messageId: 'tinAudit02', text: 'goi giup tui 0912.345.678 nha, giup toi dat ve xe khach di Can Tho' });
        // Telegram: a "Báo sai" comment with a phone and a CCCD.
        const answer = await send({ channel: 'telegram', userId: '7770001', text: 'ho can ngheo co dc bhyt mien phi ko' });
        const report = buttons(answer).find((button) => button.label === 'Báo sai');
        expect(report, 'the answer offers "Báo sai"').toBeDefined();
        await send({ channel: 'telegram', userId: '7770001', action: report!.action });
        await send({ channel: 'telegram', userId: '7770001', text: 'sai roi, goi tui 0987654321 nha, cccd 079203001234' });
        // Zalo: a household check with consent, the phone typed in the household's sentence.
        await send({ channel: 'zalo', userId: 'zalo-audit', text: '/kiemtra' });
        await send({ channel: 'zalo', userId: 'zalo-audit', action: 'consent:yes' });
        await send({ channel: 'zalo', userId: 'zalo-audit', text: 'nha tui o que 4 nguoi, sdt 84903123456, thu nhap ca nha 5 trieu' });
        // The list of kept messages shows the resident's own texts: masked too.
        const listed = await send({ channel: 'telegram', userId: '7770001', text: '/xoatin' });
        const shown = JSON.stringify(listed);

        const rows = await dump();
        expect(rows).toContain('ve xe khach');
        const logged = logs.join('\n');
        for (const [where, text] of [['a stored row', rows], ['a log line', logged], ['the /xoatin list', shown]] as const) {
          for (const personal of PERSONAL) expect(text.includes(personal), `${personal} in ${where}`).toBe(false);
          const digitsOnly = text.replace(/[\s.\-]/g, '');
          for (const number of DIGITS) expect(digitsOnly.includes(number), `${number} in ${where}`).toBe(false);
        }
      } finally {
        await app.close();
      }
    });
  });
}
