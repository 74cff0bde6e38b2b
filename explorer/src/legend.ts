// The legend: which shape and colour is which kind, which line colour is which quad class.
import { h, svg } from './dom';
import { DISPUTED_COLOR, EDGE_LOOKS, KIND_LOOKS, type NodeShape } from './palette';

const POLYGONS: Partial<Record<NodeShape, string>> = {
  hexagon: '4,9 6.5,3 13.5,3 16,9 13.5,15 6.5,15',
  'round-triangle': '10,3 17,16 3,16',
  diamond: '10,2 18,9 10,16 2,9',
  octagon: '7,2 13,2 17,6 17,12 13,16 7,16 3,12 3,6',
};

function shapeIcon(shape: NodeShape, color: string): SVGSVGElement {
  const points = POLYGONS[shape];
  const body = shape === 'ellipse'
    ? svg('circle', { cx: '10', cy: '9', r: '7', fill: color })
    : shape === 'round-rectangle'
      ? svg('rect', { x: '3', y: '3', width: '14', height: '12', rx: '3', fill: color })
      : svg('polygon', { points: points ?? '', fill: color });
  return svg('svg', { width: '20', height: '18', viewBox: '0 0 20 18', 'aria-hidden': 'true' }, body);
}

function lineIcon(color: string): SVGSVGElement {
  return svg('svg', { width: '24', height: '18', viewBox: '0 0 24 18', 'aria-hidden': 'true' },
    svg('line', { x1: '2', y1: '9', x2: '16', y2: '9', stroke: color, 'stroke-width': '3' }),
    svg('polygon', { points: '15,4 22,9 15,14', fill: color }));
}

/** A dashed outline, as a previewed entity that the graph does not have yet is drawn. */
function newIcon(): SVGSVGElement {
  return svg('svg', { width: '20', height: '18', viewBox: '0 0 20 18', 'aria-hidden': 'true' },
    svg('circle', { cx: '10', cy: '9', r: '7', fill: '#ffffff', stroke: '#1d2330', 'stroke-width': '2', 'stroke-dasharray': '3 2' }));
}

/** A dashed line with a bar at its start, as a disputed relationship is drawn. */
function disputedIcon(): SVGSVGElement {
  return svg('svg', { width: '24', height: '18', viewBox: '0 0 24 18', 'aria-hidden': 'true' },
    svg('line', { x1: '2', y1: '4', x2: '2', y2: '14', stroke: DISPUTED_COLOR, 'stroke-width': '2' }),
    svg('line', { x1: '2', y1: '9', x2: '16', y2: '9', stroke: DISPUTED_COLOR, 'stroke-width': '3', 'stroke-dasharray': '4 2' }),
    svg('polygon', { points: '15,4 22,9 15,14', fill: DISPUTED_COLOR }));
}

/** A thin and a thick line: more sources, a thicker line. */
function widthIcon(): SVGSVGElement {
  return svg('svg', { width: '24', height: '18', viewBox: '0 0 24 18', 'aria-hidden': 'true' },
    svg('line', { x1: '2', y1: '4', x2: '22', y2: '4', stroke: DISPUTED_COLOR, 'stroke-width': '1.5' }),
    svg('line', { x1: '2', y1: '12', x2: '22', y2: '12', stroke: DISPUTED_COLOR, 'stroke-width': '5' }));
}

export function legend(): HTMLElement {
  return h('div', { class: 'legend' },
    h('ul', { class: 'legend-kinds', 'aria-label': 'Entity kinds' },
      ...Object.entries(KIND_LOOKS).map(([kind, look]) => h('li', { 'data-kind': kind }, shapeIcon(look.shape, look.color), look.label))),
    h('ul', { class: 'legend-classes', 'aria-label': 'Relationship classes' },
      ...Object.values(EDGE_LOOKS).map((look) => h('li', {}, lineIcon(look.color), look.label))),
    h('ul', { class: 'legend-marks', 'aria-label': 'Marks' },
      h('li', { 'data-mark': 'new' }, newIcon(), 'New: not in the graph yet (article preview; “(new)” in its label)'),
      h('li', { 'data-mark': 'disputed' }, disputedIcon(), 'Disputed: a source denies it (dashed line, a bar at its start, “?” after its label)'),
      h('li', { 'data-mark': 'sources' }, widthIcon(), 'Line width: how many sources support it (1 thin … 5 or more thick)')),
  );
}
