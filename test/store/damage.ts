/**
 * A real damaged SQLite file: sessions spread over many pages, then the b-tree header of the one page
 * holding the victim's session overwritten (as a torn write or a bad sector leaves it). SQLite reports
 * SQLITE_CORRUPT for anything that reads that page; the other pages stay sound.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openStore } from '../../src/store/sqlite.ts';

/** SQLite's page type byte of a table b-tree leaf. */
const TABLE_LEAF = 0x0d;

export interface DamagedDatabase {
  /** Sessions on sound pages, each with the value written. */
  sound: Map<string, object>;
  /** The damaged page, numbered from 1 as SQLite does. */
  page: number;
}

export async function damageVictimPage(path: string, victim: string, options: { now?: () => Date } = {}): Promise<DamagedDatabase> {
  const store = openStore(path, options);
  const sound = new Map<string, object>();
  const marker = 'VICTIM-SESSION-MARKER';
  for (let index = 0; index < 300; index += 1) {
    if (index === 150) {
      await store.writeSession(victim, { marker, consent: true, answers: { area: 'rural', members: 4 } });
      await store.saveShare({ token: 'victimShare1', passageId: 'doc#I.1', question: '', ownerKey: victim });
      await store.recordReport({ comment: 'số liệu của tôi sai', subject: 'một kết quả kiểm tra', ownerKey: victim });
      await store.recordQuestion({ answered: false, text: 'câu hỏi chưa trả lời của nạn nhân', ownerKey: victim });
      continue;
    }
    const key = `web:filler-${String(index).padStart(3, '0')}`;
    const value = { province: `tinh-${index}`, note: 'x'.repeat(200) };
    await store.writeSession(key, value);
    sound.set(key, value);
  }
  // Closing checkpoints the WAL into the file: every page is in the main file now.
  await store.close();
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const at = bytes.indexOf(marker);
  if (at < 0 || bytes.indexOf(marker, at + 1) >= 0) throw new Error('the victim session is not on exactly one page');
  const start = Math.floor(at / pageSize) * pageSize;
  if (bytes[start] !== TABLE_LEAF) throw new Error(`page ${start / pageSize + 1} is not a table leaf`);
  // Neighbours of the victim on the same page are damaged too: they are not "sound".
  for (const key of [...sound.keys()]) {
    const where = bytes.indexOf(`"tinh-${key.slice('web:filler-'.length).replace(/^0+(?=\d)/, '')}"`);
    if (where >= start && where < start + pageSize) sound.delete(key);
  }
  bytes[start] = 0x00;
  bytes[start + 1] = 0xff;
  bytes[start + 2] = 0xff;
  writeFileSync(path, bytes);
  return { sound, page: start / pageSize + 1 };
}
