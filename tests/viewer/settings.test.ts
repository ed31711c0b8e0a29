import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, settleIterations, sigmaSettingsFor, validateSettings } from '../../viewer/settings.ts';

describe('viewer settings', () => {
  it('accepts the defaults and overrides', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS })).not.toThrow();
    expect(resolveSettings({ nodeSizeMax: 30 }).nodeSizeMax).toBe(30);
  });

  it.each([
    [{ nodeSizeMin: -1 }, /nodeSizeMin must be a positive number/],
    [{ nodeSizeMin: 20, nodeSizeMax: 10 }, /nodeSizeMin must not exceed nodeSizeMax/],
    [{ tableMaxRows: 1.5 }, /tableMaxRows must be a whole number/],
    [{ fadedNodeColor: 'grey' }, /fadedNodeColor must be a colour/],
    [{ settleIterationsMin: 500, settleIterationsMax: 100 }, /settleIterationsMin/],
  ])('refuses %o', (override, message) => {
    expect(() => resolveSettings(override)).toThrow(message);
  });

  it('settles small graphs before the first paint, more for smaller ones, not past the cap', () => {
    const settings = resolveSettings();
    expect(settleIterations(settings, 10)).toBe(settings.settleIterationsMax);
    expect(settleIterations(settings, 1000)).toBeLessThan(settleIterations(settings, 100));
    expect(settleIterations(settings, 1000)).toBeGreaterThanOrEqual(settings.settleIterationsMin);
    expect(settleIterations(settings, settings.settleMaxNodes + 1)).toBe(0);
    expect(settleIterations(settings, 0)).toBe(0);
  });

  it('turns off edge events and edge labels on large graphs', () => {
    const settings = resolveSettings();
    expect(sigmaSettingsFor(settings, 100)).toMatchObject({ enableEdgeEvents: true, renderEdgeLabels: true });
    expect(sigmaSettingsFor(settings, 50_000)).toMatchObject({ enableEdgeEvents: false, renderEdgeLabels: false, hideEdgesOnMove: true });
  });
});
