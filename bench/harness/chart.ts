// A small hand-written SVG: requests per second by concurrency, one panel per workload, one line per server.
import type { ServerName } from './workloads';

export interface ChartSeries {
  workload: string;
  concurrency: number[];
  values: Record<ServerName, number[]>;
}

const COLORS: Record<ServerName, string> = { newsgraph: '#1f77b4', 'neo4j-graphql': '#d62728', floor: '#7f7f7f' };
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function renderChart(series: ChartSeries[], title: string): string {
  const panelW = 260;
  const panelH = 200;
  const pad = { left: 50, top: 40, bottom: 40 };
  const width = series.length * (panelW + pad.left) + 20;
  const height = panelH + pad.top + pad.bottom + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="14" font-weight="bold">${esc(title)}</text>`,
  ];
  series.forEach((s, i) => {
    const x0 = 20 + i * (panelW + pad.left) + pad.left;
    const y0 = pad.top;
    const max = Math.max(1, ...Object.values(s.values).flat()) * 1.1;
    const xs = (k: number): number => x0 + (s.concurrency.length === 1 ? panelW / 2 : (k / (s.concurrency.length - 1)) * panelW);
    const ys = (v: number): number => y0 + panelH - (v / max) * panelH;
    parts.push(`<text x="${x0}" y="${y0 - 8}" font-weight="bold">${esc(s.workload)} — req/s</text>`);
    parts.push(`<line x1="${x0}" y1="${y0 + panelH}" x2="${x0 + panelW}" y2="${y0 + panelH}" stroke="#333"/>`);
    parts.push(`<line x1="${x0}" y1="${y0}" x2="${x0}" y2="${y0 + panelH}" stroke="#333"/>`);
    for (let t = 0; t <= 4; t++) {
      const v = (max / 4) * t;
      parts.push(`<text x="${x0 - 5}" y="${ys(v) + 4}" text-anchor="end">${Math.round(v)}</text>`);
      parts.push(`<line x1="${x0}" y1="${ys(v)}" x2="${x0 + panelW}" y2="${ys(v)}" stroke="#eee"/>`);
    }
    s.concurrency.forEach((c, k) => parts.push(`<text x="${xs(k)}" y="${y0 + panelH + 15}" text-anchor="middle">${c}</text>`));
    parts.push(`<text x="${x0 + panelW / 2}" y="${y0 + panelH + 30}" text-anchor="middle">concurrency</text>`);
    for (const [server, values] of Object.entries(s.values) as Array<[ServerName, number[]]>) {
      const points = values.map((v, k) => `${xs(k).toFixed(1)},${ys(v).toFixed(1)}`).join(' ');
      parts.push(`<polyline fill="none" stroke="${COLORS[server]}" stroke-width="2" points="${points}"/>`);
      values.forEach((v, k) => parts.push(`<circle cx="${xs(k).toFixed(1)}" cy="${ys(v).toFixed(1)}" r="3" fill="${COLORS[server]}"/>`));
    }
  });
  (Object.keys(COLORS) as ServerName[]).forEach((server, i) => {
    const x = 20 + pad.left + i * 160;
    const y = height - 12;
    parts.push(`<rect x="${x}" y="${y - 9}" width="12" height="4" fill="${COLORS[server]}"/><text x="${x + 16}" y="${y}">${server === 'neo4j-graphql' ? '@neo4j/graphql 7' : server === 'floor' ? 'floor (raw Cypher)' : 'newsgraph'}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
