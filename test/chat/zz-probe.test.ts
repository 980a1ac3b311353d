import { it } from 'vitest';
import { openHarness } from '/work/wt-answers/test/chat/harness.ts';
it('probe', async () => {
  const h = await openHarness({ now: () => new Date('2026-12-01T03:00:00Z') });
  for (const q of (process.env.QS ?? '').split('|')) {
    const t = await h.say(q, 'p' + Math.random());
    console.log('=== ' + q + '\n' + t.text + '\n');
  }
  h.close();
}, 120000);
