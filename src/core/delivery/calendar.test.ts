import { describe, expect, it } from 'vitest';
import { localDay } from './calendar.js';
import { DAY } from './types.js';

/** The local day by formatting every instant: what localDay's per-hour offsets must reproduce. */
const formats = new Map<string, Intl.DateTimeFormat>();
function formattedDay(ms: number, timeZone: string): number {
  let f = formats.get(timeZone);
  if (f === undefined) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
  return Math.round(Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY);
}

describe('localDay', () => {
  // Zones with transitions at odd minutes (St John's changed at 00:01 local until 2011, so a
  // minute of the next day came back), half-hour DST (Lord Howe), +12:45 (Chatham), a skipped
  // day (Apia, 2011-12-30) and ordinary DST.
  const zones = ['America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Europe/Berlin', 'America/Sao_Paulo', 'UTC'];

  it('equals the formatted local day at every instant probed, across offset changes', () => {
    let probed = 0;
    const wrong: string[] = [];
    for (const zone of zones) {
      for (let ms = Date.UTC(2009, 9, 1); ms < Date.UTC(2012, 3, 1); ms += 97 * 60_000 + 1_013) {
        if (localDay(ms, zone) !== formattedDay(ms, zone)) wrong.push(`${zone} ${new Date(ms).toISOString()}`);
        probed++;
      }
    }
    expect(wrong).toEqual([]);
    expect(probed).toBeGreaterThan(50_000);
  });

  it('gets the minute after midnight right where the offset changed at 00:01 (St John’s, 2010-11-07)', () => {
    // 00:00–00:01 local daylight time is 2010-11-07 (02:30–02:31 UTC); a minute later the clocks
    // went back to 23:01 on the 6th.
    const zone = 'America/St_Johns';
    expect(localDay(Date.UTC(2010, 10, 7, 2, 30, 30), zone)).toBe(formattedDay(Date.UTC(2010, 10, 7, 2, 30, 30), zone));
    expect(localDay(Date.UTC(2010, 10, 7, 2, 40), zone)).toBe(formattedDay(Date.UTC(2010, 10, 7, 2, 40), zone));
    expect(localDay(Date.UTC(2010, 10, 7, 2, 30, 30), zone)).not.toBe(localDay(Date.UTC(2010, 10, 7, 2, 40), zone));
  });
});
