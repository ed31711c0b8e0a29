/**
 * Node labels with a white halo: sigma's default label, stroked in the background colour first, so
 * a name stays readable where edges and their type labels cross it.
 */
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

export function createDrawNodeLabel<N extends Attributes, E extends Attributes>(haloColor: string): NodeLabelDrawingFunction<N, E> {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    context.lineJoin = 'round';
    context.lineWidth = 4;
    context.strokeStyle = haloColor;
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
  };
}
