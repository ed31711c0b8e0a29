/**
 * Hovered, selected and highlighted (query result) nodes: a white ring with a soft shadow under the
 * node, and its label in bold on a plain background (which also covers the ordinary label drawn
 * beneath). Lighter than sigma's default shadowed label box, which piles up into a wall of boxes when a
 * query highlights many nodes close together.
 */
import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';

export function createDrawNodeHover<N extends Attributes, E extends Attributes>(haloColor: string): NodeHoverDrawingFunction<N, E> {
  return (context, data, settings) => {
    context.save();
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fillStyle = haloColor;
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.shadowBlur = 8;
    context.fill();
    context.restore();
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `700 ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    const width = context.measureText(data.label).width;
    context.fillStyle = haloColor;
    context.beginPath();
    context.roundRect(x - 2, data.y - size / 2 - 3, width + 6, size + 6, 3);
    context.fill();
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x + 1, y);
  };
}
