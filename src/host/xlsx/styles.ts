/** The plan's closed set of cell looks, mapped to ExcelJS styles (same intent as the Office host). */
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

export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 14 };
      break;
    case 'note':
      cell.font = { italic: true, color: { argb: argb('#666666') } };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.fill = solid('#DDEBF7');
      cell.border = { bottom: { style: 'thin', color: { argb: argb('#8EA9DB') } } };
      cell.alignment = { wrapText: true, vertical: 'bottom' };
      break;
    case 'input':
      cell.fill = solid('#FFF2CC');
      break;
    case 'label':
      cell.font = { bold: true };
      break;
    case 'total':
      cell.font = { bold: true };
      cell.border = { top: { style: 'thin' } };
      break;
  }
}
