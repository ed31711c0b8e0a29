/**
 * Deterministic initial positions: a seeded generator (mulberry32, shared with the export's layout)
 * scatters the nodes uniformly in a disc, in graph order, so the same graph always opens with the same
 * picture and ForceAtlas2 starts from the same state.
 */
import { mulberry32 } from '../../src/export/seeded-random.ts';

/** Positions for `count` nodes; the disc grows with √count so the density is the same at any size. */
export function seededPositions(count: number, seed: number): { x: number; y: number }[] {
  const random = mulberry32(seed);
  const radius = 10 * Math.sqrt(Math.max(count, 1));
  const positions: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    positions.push({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  return positions;
}
