/**
 * The plan's closed set of cell looks, applied with Office.js range formatting. Same intent
 * and colours as the xlsx host (src/host/xlsx/styles.ts).
 */
import type { CellStyle } from '../../core/plan/types';

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  borderBottom?: string;
  borderTop?: string;
}

export const STYLE_SPECS: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14 },
  note: { italic: true, fontColor: '#666666' },
  header: { bold: true, fill: '#DDEBF7', wrapText: true, borderBottom: '#8EA9DB' },
  input: { fill: '#FFF2CC' },
  label: { bold: true },
  total: { bold: true, borderTop: '#000000' },
};

/** Queues the formatting of one range (no sync). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const s = STYLE_SPECS[style];
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.fontColor !== undefined) f.font.color = s.fontColor;
  if (s.fill !== undefined) f.fill.color = s.fill;
  if (s.wrapText !== undefined) f.wrapText = s.wrapText;
  if (s.borderBottom !== undefined) {
    const b = f.borders.getItem('EdgeBottom');
    b.style = 'Continuous';
    b.color = s.borderBottom;
  }
  if (s.borderTop !== undefined) {
    const b = f.borders.getItem('EdgeTop');
    b.style = 'Continuous';
    b.color = s.borderTop;
  }
}

/** Excel column width in points for a width in characters of the default font (~7 px each + padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
