import { escapeHtml } from './escape.js';

/**
 * Hand-written inline SVG charts: no library and no script, so they show even with JavaScript off.
 * Colours come from CSS classes (`st-FAIL`, `sev-high`), keeping the palette in one stylesheet.
 * Labels are account data at times (service names), so every text node is escaped.
 */

export interface Segment {
  label: string;
  value: number;
  cls: string;
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** One horizontal bar split by share, with a legend; a zero total draws an empty bar. */
export function stackedBar(segments: readonly Segment[], ariaLabel: string, options: { legend?: boolean } = {}): string {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  const width = 600;
  let x = 0;
  const rects = segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const w = (s.value / total) * width;
      const rect = `<rect class="${escapeHtml(s.cls)}" x="${round(x)}" y="0" width="${round(w)}" height="18"><title>${escapeHtml(
        `${s.label}: ${s.value}`,
      )}</title></rect>`;
      x += w;
      return rect;
    })
    .join('');
  const legend =
    options.legend === false
      ? ''
      : segments.map((s) => `<li><span class="swatch ${escapeHtml(s.cls)}"></span>${escapeHtml(s.label)} <b>${s.value}</b></li>`).join('');
  return (
    `<svg class="stacked" viewBox="0 0 ${width} 18" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(ariaLabel)}">` +
    `<rect class="empty" x="0" y="0" width="${width}" height="18"></rect>${rects}</svg>` +
    (legend && `<ul class="legend">${legend}</ul>`)
  );
}

/** Labelled horizontal bars, longest first as given; the value is printed after each bar. */
export function barChart(rows: readonly Segment[], ariaLabel: string): string {
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 380;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(rowHeight, rows.length * rowHeight);
  const bars = rows
    .map((r, i) => {
      const y = i * rowHeight;
      const w = r.value ? Math.max(2, (r.value / max) * barWidth) : 0;
      return (
        `<text class="label" x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(r.label)}</text>` +
        `<rect class="${escapeHtml(r.cls)}" x="${labelWidth}" y="${y + 3}" width="${round(w)}" height="${rowHeight - 6}"><title>${escapeHtml(
          `${r.label}: ${r.value}`,
        )}</title></rect>` +
        `<text class="value" x="${round(labelWidth + w + 6)}" y="${y + 15}">${r.value}</text>`
      );
    })
    .join('');
  return `<svg class="bars" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="${labelWidth + barWidth + 60}" height="${height}" role="img" aria-label="${escapeHtml(ariaLabel)}">${bars}</svg>`;
}

export interface TrendSeries {
  label: string;
  cls: string;
  values: readonly number[];
}

/**
 * One line per series over the recorded scans (oldest left), for the FAIL trend of `--history`.
 * A single scan draws dots only. Values are numbers the renderer computed, labels are escaped.
 */
export function lineChart(series: readonly TrendSeries[], ariaLabel: string): string {
  const width = 600;
  const height = 160;
  const pad = 24;
  const points = Math.max(1, ...series.map((s) => s.values.length));
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => (points === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points - 1));
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const lines = series
    .map((s) => {
      const coords = s.values.map((v, i) => `${round(x(i))},${round(y(v))}`);
      const dots = s.values
        .map(
          (v, i) =>
            `<circle class="${escapeHtml(s.cls)}" cx="${round(x(i))}" cy="${round(y(v))}" r="3"><title>${escapeHtml(`${s.label}: ${v}`)}</title></circle>`,
        )
        .join('');
      return `<polyline class="${escapeHtml(s.cls)}" points="${coords.join(' ')}"></polyline>${dots}`;
    })
    .join('');
  const legend = series.map((s) => `<li><span class="swatch ${escapeHtml(s.cls)}"></span>${escapeHtml(s.label)}</li>`).join('');
  return (
    `<svg class="trend" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(ariaLabel)}">` +
    `<text class="label" x="4" y="14">${max}</text><text class="label" x="4" y="${height - pad + 4}">0</text>${lines}</svg>` +
    `<ul class="legend">${legend}</ul>`
  );
}
