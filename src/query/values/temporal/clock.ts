/**
 * The current instant for date(), time(), datetime() and the like. Every call during one synchronous
 * run (a statement executes synchronously) sees the same instant, as Cypher's statement clock
 * wants: `duration.inSeconds(localtime(), localtime())` is PT0S. The realtime variants read the
 * clock each time.
 */
import { floorDiv, floorMod } from './calendar.ts';

let frozen: { seconds: number; nanos: number } | null = null;

export function realtimeInstant(): { seconds: number; nanos: number } {
  const ms = Date.now();
  return { seconds: floorDiv(ms, 1000), nanos: floorMod(ms, 1000) * 1_000_000 };
}

export function currentInstant(): { seconds: number; nanos: number } {
  if (frozen === null) {
    frozen = realtimeInstant();
    // Released once the current synchronous run is over.
    setImmediate(() => {
      frozen = null;
    });
  }
  return frozen;
}
