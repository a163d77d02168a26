/**
 * Renders a WorkbookPlan into an ExcelJS workbook. Formulas are written in file form (no
 * leading "=", "_xlfn." where needed) with the TypeScript result as the cached value; strings
 * are always text. The caller has already checked sheet ownership.
 */
import type ExcelJS from 'exceljs';
import { parseA1, parseRange, qualify } from '../../core/a1';
import { toFileFormula } from '../../core/formula/file-form';
import type { ConditionalFormatPlan, NamePlan, SheetPlan } from '../../core/plan/types';
import { applyCellStyle, argb } from './styles';

/** Writes one sheet's blocks, widths, panes, conditional formats and notes. Returns cells written. */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan): number {
  let written = 0;
  for (const block of sheet.blocks) {
    const at = parseA1(block.at);
    block.cells.forEach((rowCells, i) => {
      const row = ws.getRow(at.row + i + 1);
      rowCells.forEach((pc, j) => {
        if (!pc) return;
        const cell = row.getCell(at.col + j + 1);
        if (pc.kind === 'formula') {
          cell.value = { formula: toFileFormula(pc.formula), result: pc.result } as ExcelJS.CellFormulaValue;
        } else if (pc.value !== null) {
          // A plain string is stored as a string cell: ExcelJS never turns "=..." text into a formula.
          cell.value = pc.value;
        }
        if (pc.format) cell.numFmt = pc.format;
        if (pc.style) applyCellStyle(cell, pc.style);
        written++;
      });
    });
  }
  for (const w of sheet.columnWidths) ws.getColumn(w.col + 1).width = w.width;
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  sheet.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  for (const n of sheet.notes) ws.getCell(n.at).note = n.text;
  return written;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) {
    // Differential fills in conditional formats use bgColor for the solid colour.
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) }, fgColor: { argb: argb(cf.fill) } };
  }
  if (cf.fontColor || cf.bold) {
    style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) };
  }
  // Validate the range early so a bad plan fails here rather than as a corrupt file.
  parseRange(cf.range);
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [{ type: 'expression', priority, formulae: [toFileFormula(cf.formula)], style }],
  });
}

/** Replaces the workbook-scoped names the plan defines (old definitions of the same names are dropped). */
export function renderNames(wb: ExcelJS.Workbook, names: NamePlan[]): void {
  if (names.length === 0) return;
  const replaced = new Set(names.map((n) => n.name.toLowerCase()));
  wb.definedNames.model = wb.definedNames.model.filter((d) => !replaced.has(d.name.toLowerCase()));
  for (const n of names) wb.definedNames.add(qualify(n.sheet, n.address), n.name);
}
