/**
 * The plan's closed set of cell looks, mapped to ExcelJS styles (same intent as the Office
 * host). The style parts are built once and shared by every cell that uses them: ExcelJS only
 * reads them when writing, and sharing saves time and memory on large sheets.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/plan/types';

/** "#RRGGBB" -> ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

interface StyleParts {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

const STYLES: Record<CellStyle, StyleParts> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: argb('#666666') } } },
  header: {
    font: { bold: true },
    fill: solid('#DDEBF7'),
    border: { bottom: { style: 'thin', color: { argb: argb('#8EA9DB') } } },
    alignment: { wrapText: true, vertical: 'bottom' },
  },
  input: { fill: solid('#FFF2CC') },
  label: { font: { bold: true } },
  total: { font: { bold: true }, border: { top: { style: 'thin' } } },
};

export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const s = STYLES[style];
  if (s.font) cell.font = s.font as ExcelJS.Font;
  if (s.fill) cell.fill = s.fill;
  if (s.border) cell.border = s.border as ExcelJS.Borders;
  if (s.alignment) cell.alignment = s.alignment as ExcelJS.Alignment;
}
