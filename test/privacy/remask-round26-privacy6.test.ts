/**
 * Round 26 (privacy6): a text kept before this round's masker (a "Báo sai" comment, an unanswered question, a share's
 * question) held a phone split otherwise than in groups ("0 912 345 678", "0912 - 345 - 678") as typed or as "[số giấy tờ]",
 * and an industrial park's name ("kcn Song Than") as typed, in the SQLite file for up to RETENTION.reportDays: the admin page
 * showed it masked (masked again when read), the file kept it. Now the file written by the previous version (schema 11) is
 * masked again when opened, and two questions of one sender that now read alike are one row, their asks counted together.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import { sqliteBytes } from './table-dump.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'remask-round26-privacy6-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));


it('a file of schema 11 holding phones and a park as typed is masked again when opened; none of them is left in its bytes', async () => {
  const path = join(folder, 'bot.db');
  await openStore(path).close();
  const old = new Database(path);
  old.pragma('user_version = 11');
  const at = new Date().toISOString();
  const ask = old.prepare('INSERT INTO questions_unanswered (text, owner, count, last_asked, message) VALUES (?, ?, ?, ?, ?)');
  // What the old masker kept of two asks of one sender, and of another sender's.
  ask.run('goi tui 0 912 345 678 nha, cho hoi lich thi dau bong da', 'chi-lan', 2, '2026-12-01T00:00:00.000Z', 'm1');
  ask.run('goi tui 0912 - 345 - 678 nha, cho hoi lich thi dau bong da', 'chi-lan', 1, at, 'm2');
  ask.run('chong lam kcn Song Than, cho hoi gia vang', 'anh-ba', 1, at, null);
  old.prepare('INSERT INTO reports (comment, subject, created_at, owner) VALUES (?, ?, ?, ?)').run('sai roi, zalo 0.9.1.2.3.4.5.6.7.8 ma chua dc', 'Trợ cấp', at, 'chi-lan');
  old.close();

  const store = openStore(path);
  const stats = await store.stats();
  await store.close();

  const bytes = sqliteBytes(path);
  for (const typed of ['0 912 345 678', '0912 - 345 - 678', '0.9.1.2.3.4.5.6.7.8', 'Song Than']) expect(bytes.includes(typed), typed).toBe(false);
  expect(bytes).toContain('sai roi, zalo [số điện thoại] ma chua dc');
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT text, owner, count, last_asked AS lastAsked, message FROM questions_unanswered ORDER BY owner').all();
    expect(rows).toEqual([
      { text: 'chong lam kcn [địa chỉ], cho hoi gia vang', owner: 'anh-ba', count: 1, lastAsked: at, message: null },
      { text: 'goi tui [số điện thoại] nha, cho hoi lich thi dau bong da', owner: 'chi-lan', count: 3, lastAsked: at, message: 'm1 m2' },
    ]);
  } finally {
    db.close();
  }
  expect(stats.reports.map((report) => report.comment)).toEqual(['sai roi, zalo [số điện thoại] ma chua dc']);
});
