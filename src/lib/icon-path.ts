/**
 * An icon as Lucide ships it: SVG child elements (path, circle, rect, line, polyline, polygon, ellipse)
 * on a 24×24 grid, drawn with a round 2-unit stroke and no fill.
 */
export type IconNode = readonly (readonly [
  tag: string,
  attrs: Readonly<Record<string, string | number | undefined>>,
])[];

const num = (attrs: Readonly<Record<string, string | number | undefined>>, key: string, fallback?: number): number => {
  const value = attrs[key] ?? fallback;
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed)) throw new Error(`icon element needs a number ${key}`);
  return parsed;
};

// Three decimals are finer than a pixel at any size the site draws; they keep float noise out of the HTML.
const n = (value: number) => String(Math.round(value * 1000) / 1000);

const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${n(cx - rx)} ${n(cy)}a${n(rx)} ${n(ry)} 0 1 0 ${n(2 * rx)} 0a${n(rx)} ${n(ry)} 0 1 0 ${n(-2 * rx)} 0z`;

function rect(attrs: Readonly<Record<string, string | number | undefined>>): string {
  const [x, y, w, h] = [num(attrs, 'x', 0), num(attrs, 'y', 0), num(attrs, 'width'), num(attrs, 'height')];
  const rx = Math.min(num(attrs, 'rx', Number(attrs.ry ?? 0)), w / 2);
  const ry = Math.min(num(attrs, 'ry', rx), h / 2);
  if (rx === 0 || ry === 0) return `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`;
  const arc = (dx: number, dy: number) => `a${n(rx)} ${n(ry)} 0 0 1 ${n(dx)} ${n(dy)}`;
  return (
    `M${n(x + rx)} ${n(y)}h${n(w - 2 * rx)}${arc(rx, ry)}v${n(h - 2 * ry)}${arc(-rx, ry)}` +
    `h${n(2 * rx - w)}${arc(-rx, -ry)}v${n(2 * ry - h)}${arc(rx, -ry)}z`
  );
}

function points(attrs: Readonly<Record<string, string | number | undefined>>, close: boolean): string {
  const values = String(attrs.points ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (values.length < 4 || values.length % 2 !== 0 || values.some((v) => !Number.isFinite(v))) {
    throw new Error(`icon polyline/polygon has bad points "${String(attrs.points)}"`);
  }
  const pairs = values.flatMap((v, i) => (i % 2 === 0 ? [`${n(v)} ${n(values[i + 1]!)}`] : []));
  return `M${pairs.join('L')}${close ? 'z' : ''}`;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const RELATIVE_START = new RegExp(String.raw`^m\s*(${NUMBER})[\s,]*(${NUMBER})\s*,?(.*)$`, 's');

/**
 * A path's first `m` is absolute, but once joined after another subpath it would move from that
 * subpath's end: spell it `M`, and the coordinate pairs that followed it as the relative lines they were.
 */
function absoluteStart(d: string): string {
  const trimmed = d.trim();
  if (trimmed.startsWith('M')) return trimmed;
  const match = RELATIVE_START.exec(trimmed);
  if (!match) throw new Error(`icon path must start with a move: "${trimmed.slice(0, 20)}"`);
  const [, x, y, rest] = match as unknown as [string, string, string, string];
  return `M${x} ${y}${/^[-+.\d]/.test(rest) ? 'l' : ''}${rest}`;
}

/**
 * One SVG path `d` for a whole icon, so the static pages and the islands draw it with a single
 * `<path>` from one string. With a stroke and no fill, subpaths look exactly like the separate shapes.
 */
export function iconPath(node: IconNode): string {
  return node
    .map(([tag, attrs]) => {
      switch (tag) {
        case 'path':
          return absoluteStart(String(attrs.d));
        case 'circle':
          return ellipse(num(attrs, 'cx', 0), num(attrs, 'cy', 0), num(attrs, 'r'), num(attrs, 'r'));
        case 'ellipse':
          return ellipse(num(attrs, 'cx', 0), num(attrs, 'cy', 0), num(attrs, 'rx'), num(attrs, 'ry'));
        case 'rect':
          return rect(attrs);
        case 'line':
          return `M${n(num(attrs, 'x1'))} ${n(num(attrs, 'y1'))}L${n(num(attrs, 'x2'))} ${n(num(attrs, 'y2'))}`;
        case 'polyline':
          return points(attrs, false);
        case 'polygon':
          return points(attrs, true);
        default:
          throw new Error(`icon element <${tag}> cannot be drawn as a path: use path, circle, rect or line`);
      }
    })
    .join('');
}
