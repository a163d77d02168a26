/**
 * Renders a corpus Fixture into an ExcelJS workbook, and says where it put every budget and
 * actual cell, every line's key cell, every total row and the header cells (the Placement).
 * expected.ts derives problem cells from the Placement, so nothing here asks the detector.
 */
import ExcelJS from 'exceljs';
import { colToLetters } from '../../src/core/a1';
import { periodKey, periodLabel, prng, type Cell, type Fixture, type LineDef, type PeriodDef } from './spec';

export interface Addr {
  sheet: string;
  /** A1, relative ("C5"). */
  cell: string;
}

export interface Placement {
  /** [line][column]: where that budget / actual cell was written; null when nothing was (long tables: no row). */
  budget: (Addr | null)[][];
  actual: (Addr | null)[][];
  /** The first key cell of each line's row (budget side; actual side for lines only there). */
  label: Addr[];
  /** Label cell of every total / subtotal row written (they hold numbers, so each is reported). */
  totalRows: Addr[];
  /** Header cell of each period column, per measure (same index as Fixture.columns). */
  headerBudget: Addr[];
  headerActual: Addr[];
  /** Cells of the notes below the table. */
  notesBelow: Addr[];
}

const A = (sheet: string, row: number, col: number): Addr => ({ sheet, cell: `${colToLetters(col - 1)}${row}` });

function cellValue(v: Cell): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function num(v: Cell): number {
  return typeof v === 'number' ? v : 0;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  wb.creator = 'budget-pilot corpus';
  return wb;
}

function writeLabel(ws: ExcelJS.Worksheet, row: number, col: number, label: string | Date): void {
  const c = ws.getCell(row, col);
  c.value = label;
  if (label instanceof Date) c.numFmt = 'mmm-yy';
}

function headerFor(f: Fixture, p: PeriodDef, word: string): string {
  const label = periodLabel(p, f.style);
  const text = label instanceof Date ? periodKey(p) : label;
  return f.headerText ? f.headerText(text, word) : `${text} ${word}`;
}

/** Title rows from row 1, then one blank row; returns the next free row. */
function writeTitles(ws: ExcelJS.Worksheet, titles: readonly string[] | undefined): number {
  if (!titles || titles.length === 0) return 1;
  titles.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  return titles.length + 2;
}

function emptyPlacement(f: Fixture): Placement {
  return {
    budget: f.lines.map(() => f.columns.map(() => null)),
    actual: f.lines.map(() => f.columns.map(() => null)),
    label: f.lines.map(() => ({ sheet: f.sheet, cell: 'A1' })),
    totalRows: [],
    headerBudget: [],
    headerActual: [],
    notesBelow: [],
  };
}

/** Groups of consecutive line indices sharing the first dimension value. */
function groups(lines: readonly LineDef[]): number[][] {
  const out: number[][] = [];
  lines.forEach((l, i) => {
    const last = out[out.length - 1];
    if (last && lines[last[0]].dims[0] === l.dims[0]) last.push(i);
    else out.push([i]);
  });
  return out;
}

/** The wide layouts on one sheet: paired, blocks (label row above or measure in the header), two-row header. */
function writeWide(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const ws = wb.addWorksheet(f.sheet);
  let row = writeTitles(ws, f.titleRows);
  if (f.yearCell) {
    ws.getCell(row, 1).value = f.yearCell.label;
    ws.getCell(row, 2).value = f.yearCell.year;
    row += 2;
  }
  const nDims = f.dimNames.length;
  const typeCol = f.typeName ? nDims + 1 : 0;
  const firstPeriodCol = nDims + (f.typeName ? 1 : 0) + (f.blankColumn ? 1 : 0) + 1;
  const n = f.columns.length;
  const paired = f.layout === 'paired' || f.layout === 'two-row';
  const budgetCol: number[] = [];
  const actualCol: number[] = [];
  let totalBudgetCol = 0;
  let totalActualCol = 0;
  if (paired) {
    for (let j = 0; j < n; j++) {
      budgetCol.push(firstPeriodCol + 2 * j);
      actualCol.push(firstPeriodCol + 2 * j + 1);
    }
    if (f.totalColumns) {
      totalBudgetCol = firstPeriodCol + 2 * n;
      totalActualCol = totalBudgetCol + 1;
    }
  } else {
    const extra = f.totalColumns ? 1 : 0;
    for (let j = 0; j < n; j++) budgetCol.push(firstPeriodCol + j);
    if (extra) totalBudgetCol = firstPeriodCol + n;
    for (let j = 0; j < n; j++) actualCol.push(firstPeriodCol + n + extra + j);
    if (extra) totalActualCol = firstPeriodCol + 2 * n + extra;
  }
  const forecastCol: number[] = [];
  if (f.forecastBlock && f.layout === 'blocks-above') {
    const start = Math.max(...actualCol, totalActualCol) + 1;
    for (let j = 0; j < n; j++) forecastCol.push(start + j);
  }

  // Label row above (blocks-above): the measure word merged over its block.
  if (f.layout === 'blocks-above') {
    const endB = totalBudgetCol || budgetCol[n - 1];
    ws.getCell(row, budgetCol[0]).value = f.words.budget;
    ws.mergeCells(row, budgetCol[0], row, endB);
    ws.getCell(row, actualCol[0]).value = f.words.actual;
    ws.mergeCells(row, actualCol[0], row, totalActualCol || actualCol[n - 1]);
    if (forecastCol.length) {
      ws.getCell(row, forecastCol[0]).value = f.forecastBlock as string;
      ws.mergeCells(row, forecastCol[0], row, forecastCol[n - 1]);
    }
    row++;
  }
  const headerRow = row;
  f.dimNames.forEach((d, i) => (ws.getCell(headerRow, i + 1).value = d));
  if (typeCol) ws.getCell(headerRow, typeCol).value = f.typeName as string;
  for (let j = 0; j < n; j++) {
    const p = f.columns[j];
    if (f.layout === 'paired') {
      ws.getCell(headerRow, budgetCol[j]).value = headerFor(f, p, f.words.budget);
      ws.getCell(headerRow, actualCol[j]).value = headerFor(f, p, f.words.actual);
    } else if (f.layout === 'two-row') {
      writeLabel(ws, headerRow, budgetCol[j], periodLabel(p, f.style));
      ws.mergeCells(headerRow, budgetCol[j], headerRow, actualCol[j]);
      ws.getCell(headerRow + 1, budgetCol[j]).value = f.words.budget;
      ws.getCell(headerRow + 1, actualCol[j]).value = f.words.actual;
    } else if (f.layout === 'blocks-header') {
      ws.getCell(headerRow, budgetCol[j]).value = headerFor(f, p, f.words.budget);
      ws.getCell(headerRow, actualCol[j]).value = headerFor(f, p, f.words.actual);
    } else {
      writeLabel(ws, headerRow, budgetCol[j], periodLabel(p, f.style));
      writeLabel(ws, headerRow, actualCol[j], periodLabel(p, f.style));
      if (forecastCol.length) writeLabel(ws, headerRow, forecastCol[j], periodLabel(p, f.style));
    }
    pl.headerBudget.push(A(f.sheet, headerRow, budgetCol[j]));
    pl.headerActual.push(A(f.sheet, headerRow, actualCol[j]));
  }
  if (f.totalColumns) {
    ws.getCell(headerRow, totalBudgetCol).value = f.totalColumns.budget;
    ws.getCell(headerRow, totalActualCol).value = f.totalColumns.actual;
  }
  row = headerRow + (f.layout === 'two-row' ? 2 : 1);

  const valueCols = [...budgetCol, ...actualCol, ...(f.totalColumns ? [totalBudgetCol, totalActualCol] : [])];
  const sumRow = (r: number, ranges: [number, number][], labelText: string | null): void => {
    if (labelText !== null) ws.getCell(r, 1).value = labelText;
    for (const c of valueCols) {
      let result = 0;
      for (const [r0, r1] of ranges) for (let rr = r0; rr <= r1; rr++) result += num(ws.getCell(rr, c).value as Cell);
      const L = colToLetters(c - 1);
      const formula = `SUM(${ranges.map(([r0, r1]) => `${L}${r0}:${L}${r1}`).join(',')})`;
      ws.getCell(r, c).value = { formula, result } as ExcelJS.CellFormulaValue;
    }
    pl.totalRows.push(A(f.sheet, r, 1));
  };

  const groupRanges: [number, number][] = [];
  const gs = f.subtotals || f.mergeFirstDim || f.firstDimOnce || f.blankRowBetweenGroups ? groups(f.lines) : [f.lines.map((_, i) => i)];
  gs.forEach((g, gi) => {
    const start = row;
    for (const i of g) {
      const l = f.lines[i];
      l.dims.forEach((d, k) => {
        if (k === 0 && (f.mergeFirstDim || f.firstDimOnce) && row !== start) return; // merged area's top-left, or an outline's first row
        ws.getCell(row, k + 1).value = d;
      });
      if (typeCol) ws.getCell(row, typeCol).value = l.type ?? null;
      for (let j = 0; j < n; j++) {
        ws.getCell(row, budgetCol[j]).value = cellValue(l.budget[j]);
        ws.getCell(row, actualCol[j]).value = cellValue(l.actual[j]);
        pl.budget[i][j] = A(f.sheet, row, budgetCol[j]);
        pl.actual[i][j] = A(f.sheet, row, actualCol[j]);
        // A forecast differs from budget and actual, so reading it as either would show.
        if (forecastCol.length) ws.getCell(row, forecastCol[j]).value = Math.round(num(l.budget[j]) * 1.37) + 11;
      }
      if (f.totalColumns) {
        const refs = (cols: number[], cells: Cell[]) => ({
          formula: `SUM(${cols.map((c) => `${colToLetters(c - 1)}${row}`).join(',')})`,
          result: cells.reduce((s: number, v) => s + num(v), 0),
        });
        ws.getCell(row, totalBudgetCol).value = refs(budgetCol, l.budget) as ExcelJS.CellFormulaValue;
        ws.getCell(row, totalActualCol).value = refs(actualCol, l.actual) as ExcelJS.CellFormulaValue;
      }
      pl.label[i] = A(f.sheet, row, 1);
      if (f.hiddenLines?.includes(i)) ws.getRow(row).hidden = true;
      row++;
    }
    const end = row - 1;
    groupRanges.push([start, end]);
    if (f.mergeFirstDim && end > start) ws.mergeCells(start, 1, end, 1);
    if (f.subtotals) {
      sumRow(row, [[start, end]], f.subtotals === 'sum-only' ? null : f.subtotals.label(f.lines[g[0]].dims[0]));
      row++;
    }
    if (f.blankRowBetweenGroups && gi < gs.length - 1) row++;
  });
  if (f.grandTotal) {
    sumRow(row, groupRanges, f.grandTotal);
    row++;
  }
  for (const j of f.hiddenPeriodColumns ?? []) {
    ws.getColumn(budgetCol[j]).hidden = true;
    ws.getColumn(actualCol[j]).hidden = true;
  }
  row++;
  for (const note of f.notesBelow ?? []) {
    ws.getCell(row, 1).value = note;
    pl.notesBelow.push(A(f.sheet, row, 1));
    row++;
  }
  ws.getColumn(1).width = 14;
}

/** The same wide paired table written as an Excel Table (addTable): header + line rows only. */
function writeWideTable(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const ws = wb.addWorksheet(f.sheet);
  const headerRow = writeTitles(ws, f.titleRows);
  const names = [...f.dimNames, ...(f.typeName ? [f.typeName] : [])];
  const first = names.length + 1;
  f.columns.forEach((p, j) => {
    names.push(headerFor(f, p, f.words.budget), headerFor(f, p, f.words.actual));
    pl.headerBudget.push(A(f.sheet, headerRow, first + 2 * j));
    pl.headerActual.push(A(f.sheet, headerRow, first + 2 * j + 1));
  });
  const rows = f.lines.map((l, i) => {
    const r = headerRow + 1 + i;
    pl.label[i] = A(f.sheet, r, 1);
    const out: ExcelJS.CellValue[] = [...l.dims, ...(f.typeName ? [l.type ?? null] : [])];
    f.columns.forEach((_, j) => {
      out.push(cellValue(l.budget[j]), cellValue(l.actual[j]));
      pl.budget[i][j] = A(f.sheet, r, first + 2 * j);
      pl.actual[i][j] = A(f.sheet, r, first + 2 * j + 1);
    });
    return out;
  });
  // With grandTotal: the Table's own Total Row (label in the first column, SUBTOTAL(109, ...) below the numbers).
  const totals = f.grandTotal !== undefined;
  ws.addTable({
    name: 'SalesBudget',
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: totals,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: names.map((name, c) =>
      !totals ? { name, filterButton: true } : c === 0 ? { name, filterButton: true, totalsRowLabel: f.grandTotal } : c < first - 1 ? { name, filterButton: true } : { name, filterButton: true, totalsRowFunction: 'sum' as const },
    ),
    rows,
  });
  if (totals) {
    const r = headerRow + 1 + rows.length;
    for (let c = first; c <= names.length; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.value as { formula?: string } | null;
      // A saved file holds the total's cached value; give it one (ExcelJS leaves it out).
      const sum = rows.reduce((acc, row) => acc + (typeof row[c - 1] === 'number' ? (row[c - 1] as number) : 0), 0);
      if (v && typeof v === 'object' && v.formula) cell.value = { formula: v.formula, result: sum } as ExcelJS.CellFormulaValue;
    }
    pl.totalRows.push(A(f.sheet, r, 1));
  }
}

/**
 * Stacked measure rows: each line on a Budget row and an Actual row, a Measure column says
 * which. Options: dimension cells merged over the pair, a blank row between groups, hidden
 * lines, a grand total pair of SUM rows, or the whole table as an Excel Table.
 */
function writeStacked(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const ws = wb.addWorksheet(f.sheet);
  let row = writeTitles(ws, f.titleRows);
  const nDims = f.dimNames.length;
  const typeCol = f.typeName ? nDims + 1 : 0;
  const measureCol = nDims + (f.typeName ? 1 : 0) + 1;
  const first = measureCol + 1;
  const headerRow = row;
  const header: string[] = [...f.dimNames, ...(f.typeName ? [f.typeName] : [])];
  header.push(f.measureName ?? (/[\u3400-\u9fff]/.test(f.words.budget) ? '指标' : 'Measure'));
  f.columns.forEach((p, j) => {
    pl.headerBudget.push(A(f.sheet, headerRow, first + j));
    pl.headerActual.push(A(f.sheet, headerRow, first + j));
  });
  const body: { r: number; values: ExcelJS.CellValue[] }[] = [];
  row++;
  const measureRows = { budget: [] as number[], actual: [] as number[] };
  const gs = groups(f.lines);
  gs.forEach((g, gi) => {
    for (const i of g) {
      const l = f.lines[i];
      for (const [k, measure] of [[0, 'budget'], [1, 'actual']] as const) {
        const r = row + k;
        const keep = k === 0 || !f.mergeFirstDim;
        const values: ExcelJS.CellValue[] = [...l.dims.map((d) => (keep ? d : null)), ...(typeCol ? [keep ? l.type ?? null : null] : []), f.words[measure]];
        f.columns.forEach((_, j) => {
          values.push(cellValue(l[measure][j]));
          pl[measure][i][j] = A(f.sheet, r, first + j);
        });
        body.push({ r, values });
        measureRows[measure].push(r);
        if (f.hiddenLines?.includes(i)) ws.getRow(r).hidden = true;
      }
      if (f.mergeFirstDim) for (let c = 1; c < measureCol; c++) ws.mergeCells(row, c, row + 1, c);
      pl.label[i] = A(f.sheet, row, 1);
      row += 2;
    }
    if (f.blankRowBetweenGroups && gi < gs.length - 1) row++;
  });
  if (f.excelTable) {
    ws.addTable({
      name: 'StackedBudget',
      ref: `A${headerRow}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium9', showRowStripes: true },
      columns: [...header, ...f.columns.map((p) => String(periodLabel(p, f.style)))].map((name) => ({ name, filterButton: true })),
      rows: body.map((b) => b.values),
    });
    return;
  }
  header.forEach((h, c) => (ws.getCell(headerRow, c + 1).value = h));
  f.columns.forEach((p, j) => writeLabel(ws, headerRow, first + j, periodLabel(p, f.style)));
  for (const b of body) b.values.forEach((v, c) => v !== null && (ws.getCell(b.r, c + 1).value = v));
  if (f.grandTotal) {
    for (const measure of ['budget', 'actual'] as const) {
      ws.getCell(row, 1).value = f.grandTotal;
      ws.getCell(row, measureCol).value = f.words[measure];
      f.columns.forEach((_, j) => {
        const c = first + j;
        const L = colToLetters(c - 1);
        const rows = measureRows[measure];
        const result = rows.reduce((s2, r) => s2 + num(ws.getCell(r, c).value as Cell), 0);
        ws.getCell(row, c).value = { formula: `SUM(${rows.map((r) => `${L}${r}`).join(',')})`, result } as ExcelJS.CellFormulaValue;
      });
      pl.totalRows.push(A(f.sheet, row, 1));
      row++;
    }
  }
  row++;
  for (const note of f.notesBelow ?? []) {
    ws.getCell(row, 1).value = note;
    pl.notesBelow.push(A(f.sheet, row, 1));
    row++;
  }
}

/** Budget and actuals on separate sheets, period columns without measure words, joined by keys. */
function writeSeparate(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const sep = f.separate!;
  const sides: { sheet: string; order: number[]; measure: 'budget' | 'actual'; title: string[] }[] = [
    { sheet: f.sheet, order: f.lines.map((_, i) => i).filter((i) => !sep.actualOnly.includes(i)), measure: 'budget', title: f.titleRows ?? [] },
    { sheet: sep.actualSheet, order: sep.actualOrder.filter((i) => !sep.budgetOnly.includes(i)), measure: 'actual', title: sep.actualTitleRows ?? (f.titleRows ?? []).map((t) => t.replace(/Budget/g, 'Actuals')) },
  ];
  for (const side of sides) {
    const ws = wb.addWorksheet(side.sheet);
    const headerRow = writeTitles(ws, side.title);
    f.dimNames.forEach((d, i) => (ws.getCell(headerRow, i + 1).value = d));
    const typeCol = f.typeName ? f.dimNames.length + 1 : 0;
    if (typeCol) ws.getCell(headerRow, typeCol).value = f.typeName as string;
    const first = f.dimNames.length + (typeCol ? 1 : 0) + 1;
    const style = side.measure === 'actual' && sep.actualStyle ? sep.actualStyle : f.style;
    f.columns.forEach((p, j) => {
      writeLabel(ws, headerRow, first + j, periodLabel(p, style));
      (side.measure === 'budget' ? pl.headerBudget : pl.headerActual).push(A(side.sheet, headerRow, first + j));
    });
    side.order.forEach((i, k) => {
      const r = headerRow + 1 + k;
      const l = f.lines[i];
      l.dims.forEach((d, c) => (ws.getCell(r, c + 1).value = d));
      if (typeCol) ws.getCell(r, typeCol).value = l.type ?? null;
      f.columns.forEach((_, j) => {
        ws.getCell(r, first + j).value = cellValue(l[side.measure][j]);
        pl[side.measure][i][j] = A(side.sheet, r, first + j);
      });
      if (side.measure === 'budget' || sep.actualOnly.includes(i)) pl.label[i] = A(side.sheet, r, 1);
    });
  }
}

/** Splits an actual into `parts` integer amounts that add up to it. */
function split(total: number, parts: number, rand: () => number): number[] {
  if (parts <= 1) return [total];
  const out: number[] = [];
  let left = total;
  for (let k = 0; k < parts - 1; k++) {
    const a = Math.round(left * (0.2 + 0.4 * rand()));
    out.push(a);
    left -= a;
  }
  out.push(left);
  return out;
}

function dateCell(ws: ExcelJS.Worksheet, r: number, c: number, d: Date): void {
  const cell = ws.getCell(r, c);
  cell.value = d;
  cell.numFmt = 'yyyy-mm-dd';
}

/** A long table (Excel Table): Date | dims | Scenario | Amount; budget on the 1st, actuals split into deals. */
function writeLong(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const ws = wb.addWorksheet(f.sheet);
  const rand = prng(4242);
  const headerRow = writeTitles(ws, f.titleRows);
  const [dateName, , amountName] = f.long!.headers ?? ['Date', '', 'Amount'];
  const names = [dateName, ...f.dimNames, f.long!.scenarioName, amountName];
  const amountCol = names.length;
  const when = (p: PeriodDef, day: number): ExcelJS.CellValue => {
    if (!f.long!.periodText) return new Date(Date.UTC(p.year, (p as { month: number }).month - 1, day));
    return periodLabel(p, f.style);
  };
  const rows: ExcelJS.CellValue[][] = [];
  const at: { i: number; j: number; measure: 'budget' | 'actual' }[] = [];
  f.columns.forEach((p, j) => {
    if (p.kind !== 'month') throw new Error('long tables are monthly');
    f.lines.forEach((l, i) => {
      const b = l.budget[j];
      if (b !== null) {
        rows.push([when(p, 1), ...l.dims, f.words.budget, cellValue(b)]);
        at.push({ i, j, measure: 'budget' });
      }
      const a = l.actual[j];
      if (a === null) return;
      const parts = typeof a === 'number' ? split(a, f.long!.dealsPerCell, rand) : [a];
      parts.forEach((amount, k) => {
        const day = 3 + Math.floor((25 * (k + rand())) / parts.length);
        rows.push([when(p, Math.min(day, 28)), ...l.dims, f.words.actual, cellValue(amount)]);
        at.push({ i, j, measure: 'actual' });
      });
    });
  });
  if (f.long!.periodText) {
    names.forEach((h, c) => (ws.getCell(headerRow, c + 1).value = h));
    rows.forEach((r, k) => r.forEach((v, c) => (ws.getCell(headerRow + 1 + k, c + 1).value = v)));
  } else {
    ws.addTable({
      name: 'SalesData',
      ref: `A${headerRow}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  rows.forEach((_, k) => {
    if (!f.long!.periodText) ws.getCell(headerRow + 1 + k, 1).numFmt = 'yyyy-mm-dd';
    // Only the cells that are not numbers are placed: they are the ones a problem points at.
    const { i, j, measure } = at[k];
    if (typeof rows[k][amountCol - 1] !== 'number') pl[measure][i][j] = A(f.sheet, headerRow + 1 + k, amountCol);
  });
  f.lines.forEach((_, i) => (pl.label[i] = A(f.sheet, headerRow + 1, 2)));
}

/** A Targets sheet (wide, one Target column per month) and a CRM export of closed deals. */
function writeCrm(wb: ExcelJS.Workbook, f: Fixture, pl: Placement): void {
  const rand = prng(777);
  const ws = wb.addWorksheet(f.sheet);
  const headerRow = writeTitles(ws, f.titleRows);
  f.dimNames.forEach((d, i) => (ws.getCell(headerRow, i + 1).value = d));
  const first = f.dimNames.length + 1;
  f.columns.forEach((p, j) => {
    ws.getCell(headerRow, first + j).value = headerFor(f, p, f.words.budget);
    pl.headerBudget.push(A(f.sheet, headerRow, first + j));
  });
  f.lines.forEach((l, i) => {
    const r = headerRow + 1 + i;
    l.dims.forEach((d, c) => (ws.getCell(r, c + 1).value = d));
    f.columns.forEach((_, j) => {
      ws.getCell(r, first + j).value = cellValue(l.budget[j]);
      pl.budget[i][j] = A(f.sheet, r, first + j);
    });
    pl.label[i] = A(f.sheet, r, 1);
  });
  const deals = wb.addWorksheet(f.long!.dealsSheet ?? 'Deals');
  const stages = f.long!.stages;
  const weighted = f.long!.weighted;
  const head = [...(f.long!.headers ?? ['Deal ID', 'Close Date', 'Owner', 'Customer', 'Product', 'Amount'])];
  // Optional Stage column before the amount, optional weighted (expected revenue) column after it.
  if (stages) head.splice(5, 0, stages.header);
  if (weighted) head.push(weighted);
  const amountCol = stages ? 7 : 6;
  head.forEach((h, c) => (deals.getCell(1, c + 1).value = h));
  const customers = ['Acme Ltd', 'Globex', '华为', 'Initech', 'Umbrella', '腾讯'];
  const products = ['Widgets', 'Gadgets', 'Services'];
  let r = 2;
  const deal = (p: { year: number; month: number }, owner: string, amount: number, day: number, stage: string | null): void => {
    deals.getCell(r, 1).value = `D-${String(r - 1).padStart(5, '0')}`;
    dateCell(deals, r, 2, new Date(Date.UTC(p.year, p.month - 1, day)));
    deals.getCell(r, 3).value = owner;
    deals.getCell(r, 4).value = customers[Math.floor(rand() * customers.length)];
    deals.getCell(r, 5).value = products[Math.floor(rand() * products.length)];
    if (stages) deals.getCell(r, 6).value = stage;
    deals.getCell(r, amountCol).value = amount;
    if (weighted) deals.getCell(r, amountCol + 1).value = Math.round(amount * (stage === stages?.won ? 1 : 0.4));
    r++;
  };
  f.columns.forEach((p, j) => {
    if (p.kind !== 'month') throw new Error('CRM exports are monthly');
    f.lines.forEach((l, i) => {
      const a = l.actual[j];
      if (typeof a === 'number') {
        split(a, f.long!.dealsPerCell, rand).forEach((amount, k) => deal(p, l.dims[0], amount, 2 + 9 * k + Math.floor(rand() * 8), stages ? stages.won : null));
      }
      // Lost and open deals (the pipeline runs past the last won month): never counted as actuals.
      if (stages) deal(p, l.dims[0], 10 + Math.round(rand() * 90), 3 + Math.floor(rand() * 24), stages.others[(i + j) % stages.others.length]);
    });
  });
}

/** A sheet that holds no budget: a contact list and some loose numbers. */
function writeGarbage(wb: ExcelJS.Workbook, f: Fixture): void {
  const ws = wb.addWorksheet(f.sheet);
  const rand = prng(99);
  ws.getCell('A1').value = 'Customer contacts';
  ['Name', 'Phone', 'City', 'Score'].forEach((h, c) => (ws.getCell(3, c + 1).value = h));
  const names = ['Ann', 'Bo', 'Chen Li', 'Dee', '王芳', 'Eve'];
  names.forEach((n, i) => {
    ws.getCell(4 + i, 1).value = n;
    ws.getCell(4 + i, 2).value = `+1 555 01${String(Math.floor(rand() * 90) + 10)}`;
    ws.getCell(4 + i, 3).value = ['Paris', '上海', 'Lagos'][i % 3];
    ws.getCell(4 + i, 4).value = i === 2 ? { error: '#N/A' } : Math.round(rand() * 100);
  });
}

export function renderFixture(f: Fixture): { wb: ExcelJS.Workbook; placement: Placement } {
  const wb = newWorkbook();
  const pl = emptyPlacement(f);
  switch (f.layout) {
    case 'paired':
    case 'blocks-above':
    case 'blocks-header':
    case 'two-row':
      if (f.excelTable) writeWideTable(wb, f, pl);
      else writeWide(wb, f, pl);
      break;
    case 'stacked':
      writeStacked(wb, f, pl);
      break;
    case 'separate':
      writeSeparate(wb, f, pl);
      break;
    case 'long':
      writeLong(wb, f, pl);
      break;
    case 'crm':
      writeCrm(wb, f, pl);
      break;
    case 'garbage':
      writeGarbage(wb, f);
      break;
  }
  return { wb, placement: pl };
}
