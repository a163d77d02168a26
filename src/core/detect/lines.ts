/**
 * Reading the budget lines below the header: keys from the dimension columns (merged cells
 * apply to every row they span), line type, values, total rows skipped, duplicate keys kept.
 */
import { lineKeyId, type BudgetLine, type SourceValue } from '../model';
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import { isCostType, type ColumnLayout } from './columns';
import { classifyHeaderCell } from './header-text';
import type { SheetView } from './sheet-view';
import { isSumRow, isTotalLabel } from './totals';
import { makeValueReader, parseNumberText } from './values';

/** Rows that are notes, not lines, when they hold no numbers. */
const NOTE_RE = /^(?:note|notes|source|remark|remarks|comment|comments|prepared by|注|备注|说明|来源|数据来源|单位|制表)/;

export interface ReadLines {
  lines: BudgetLine[];
  /** Local row of the last line (or of the last skipped total row), -1 when none. */
  lastRow: number;
}

/**
 * Reads the lines from dataStart down. With headerRow given, a row whose value cells name
 * periods again is a repeated header (skipped) or the start of another table (reading stops).
 */
export function readLines(view: SheetView, cols: ColumnLayout, dataStart: number, problems: Problem[], headerRow?: number): ReadLines {
  const reader = makeValueReader(view, problems);
  const valueCols = [...cols.budget.map((b) => b.col), ...cols.actual.map((a) => a.col)];
  const nPeriods = cols.periods.length;
  const periodIndex = new Map(cols.periods.map((p, i) => [p.key, i]));
  const budgetAt = cols.budget.map((b) => ({ col: b.col, i: periodIndex.get(b.period.key) ?? -1 }));
  const actualAt = cols.actual.map((a) => ({ col: a.col, i: periodIndex.get(a.period.key) ?? -1 }));
  const cellsInColumnOrder = [
    ...budgetAt.map((b) => ({ ...b, budget: true })),
    ...actualAt.map((a) => ({ ...a, budget: false })),
  ].sort((a, b) => a.col - b.col);
  const lines: BudgetLine[] = [];
  const carry: string[] = cols.dimensions.map(() => '');
  const firstRowOfKey = new Map<string, { row: number; count: number }>();
  let lastRow = -1;

  for (let r = dataStart; r < view.rows; r++) {
    const key = cols.dimensions.map((d) => view.text(r, d.col));
    const typeText = cols.typeColumn ? view.text(r, cols.typeColumn.col) : '';
    let anyValue = false;
    for (const c of valueCols) if (!view.isBlank(r, c)) { anyValue = true; break; }
    // Outline / pivot style: outer labels written once, on the group's first row or a heading row.
    const firstLabel = key.findIndex((k) => k !== '');
    if (anyValue && firstLabel > 0) for (let i = 0; i < firstLabel; i++) key[i] = carry[i];
    const keyBlank = !key.some((k) => k !== '');
    const rowNo = view.absRow(r) + 1;
    const labelCol = cols.dimensions.length ? cols.dimensions[0].col : valueCols[0];

    if (anyValue && headerRow !== undefined && !hasNumber(view, r, valueCols)) {
      const h = headerLike(view, r, headerRow, valueCols);
      if (h === 'repeat') continue; // the header repeated (e.g. for printing)
      if (h === 'other') {
        problems.push(problem('TABLE_ENDED', view.sheet, view.a1(r, labelCol), { row: rowNo }));
        break;
      }
    }
    const totalLabel = [...key, typeText].find(isTotalLabel);
    if (totalLabel !== undefined) {
      if (anyValue) {
        problems.push(problem('SKIPPED_TOTAL_ROW', view.sheet, view.a1(r, labelCol), { row: rowNo, label: totalLabel }));
        lastRow = r;
      }
      continue;
    }
    if (!anyValue) {
      // Blank rows, section headings and notes: skipped silently. A fully keyed row is a line with no numbers yet.
      const complete = cols.dimensions.length > 0 && key.every((k) => k !== '');
      const note = NOTE_RE.test(normalizeText(key[0] ?? '')) || key.join(' ').length > 120;
      if (!note) remember(carry, key);
      if (!complete || note) continue;
    } else if (keyBlank && !hasNumber(view, r, valueCols)) {
      continue; // no key and no numbers (a units or sub-label row under the header): not a line
    } else if (isSumRow(view, r, valueCols)) {
      const label = keyBlank ? `Row ${rowNo}` : key.filter((k) => k !== '').join(' / ');
      problems.push(problem('SKIPPED_TOTAL_ROW', view.sheet, view.a1(r, labelCol), { row: rowNo, label }));
      lastRow = r;
      continue;
    }

    remember(carry, key);
    if (keyBlank) {
      if (key.length === 0) key.push(`Row ${rowNo}`);
      else key[0] = `Row ${rowNo}`;
    }
    const budget: (SourceValue | null)[] = new Array<SourceValue | null>(nPeriods).fill(null);
    const actual: (SourceValue | null)[] = new Array<SourceValue | null>(nPeriods).fill(null);
    for (const cell of cellsInColumnOrder) {
      if (cell.i < 0) continue;
      (cell.budget ? budget : actual)[cell.i] = reader.read(r, cell.col);
    }

    const id = lineKeyId(key);
    const seen = firstRowOfKey.get(id);
    if (seen) {
      seen.count++;
      const shown = displayKey(key);
      key[key.length - 1] = `${key[key.length - 1]} (${seen.count})`;
      problems.push(problem('DUPLICATE_KEY', view.sheet, view.a1(r, labelCol), { line: shown, row: rowNo, firstRow: seen.row }));
    } else firstRowOfKey.set(id, { row: rowNo, count: 1 });

    const line: BudgetLine = { key, type: isCostType(typeText) ? 'cost' : 'revenue', row: view.absRow(r), budget, actual };
    reportBlankBudgets(view, r, line, budgetAt, cols, problems);
    lines.push(line);
    lastRow = r;
  }
  return { lines, lastRow };
}

/** BLANK_BUDGET for empty budget cells of a line that has numbers elsewhere. */
function reportBlankBudgets(
  view: SheetView,
  r: number,
  line: BudgetLine,
  budgetAt: readonly { col: number; i: number }[],
  cols: ColumnLayout,
  problems: Problem[],
): void {
  const hasNumber = line.budget.some((v) => v !== null && v.value !== null) || line.actual.some((v) => v !== null && v.value !== null);
  if (!hasNumber) return;
  const name = displayKey(line.key);
  for (const b of budgetAt) {
    if (b.i < 0 || !view.isBlank(r, b.col)) continue; // text and errors already have their own problem
    problems.push(problem('BLANK_BUDGET', view.sheet, view.a1(r, b.col), { line: name, period: cols.periods[b.i].key }));
  }
}

/** Keeps a row's labels from its first non-blank one on, for rows below that leave outer labels blank. */
function remember(carry: string[], key: readonly string[]): void {
  const first = key.findIndex((k) => k !== '');
  if (first < 0) return;
  for (let i = first; i < carry.length; i++) carry[i] = key[i] ?? '';
}

/** 'repeat' when the row repeats the header's period cells, 'other' when it names periods otherwise, else null. */
function headerLike(view: SheetView, r: number, headerRow: number, valueCols: readonly number[]): 'repeat' | 'other' | null {
  let periods = 0;
  let same = 0;
  for (const c of valueCols) {
    const v = view.value(r, c);
    if (v === '') continue;
    if (!classifyHeaderCell(v, view.format(r, c)).parts) continue;
    periods++;
    if (v === view.value(headerRow, c)) same++;
  }
  if (periods < Math.min(2, valueCols.length)) return null;
  return same === periods ? 'repeat' : 'other';
}

/** True when some value cell holds a number, or a number stored as text. */
function hasNumber(view: SheetView, r: number, valueCols: readonly number[]): boolean {
  for (const c of valueCols) {
    const v = view.value(r, c);
    if (typeof v === 'number' && Number.isFinite(v)) return true;
    if (typeof v === 'string' && v.trim() !== '' && !view.isError(r, c) && parseNumberText(v) !== null) return true;
  }
  return false;
}

/** A key for messages: its non-blank parts joined by " / ". */
export function displayKey(key: readonly string[]): string {
  return key.filter((k) => k !== '').join(' / ');
}
