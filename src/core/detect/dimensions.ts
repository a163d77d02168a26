/**
 * Dimension columns (Region, Product, Rep: the line key) and the line-type column
 * (Type / Account saying revenue or cost), left of the first period column.
 */
import { colToLetters } from '../a1';
import { normalizeText } from '../periods/text';
import type { HeaderLocation } from './find-header';
import { classifyHeaderText, measureOf } from './header-text';
import type { SheetView } from './sheet-view';

export interface LocalColumn {
  name: string;
  /** Local column in the grid. */
  col: number;
}

const STRONG_TYPE_HEADER_RE = /^(?:type|line type|item type|account type|revenue\s*\/\s*cost|cost\s*\/\s*revenue|类型|收支类型|收支|性质)$/;
const WEAK_TYPE_HEADER_RE = /^(?:account|accounts|gl account|category|class|kind|nature|科目|会计科目|类别|项目|属性)$/;
const TYPE_VALUE_RE = /^(?:revenue|revenues|rev|sales|income|cost|costs|expense|expenses|exp|opex|cogs|收入|销售|销售收入|营收|营业收入|费用|成本|支出)$/;
/** Type-column values that make a line a cost line. */
export const COST_RE = /expense|cost|cogs|opex|费用|成本|支出/;

export function isCostType(text: string): boolean {
  return COST_RE.test(normalizeText(text));
}

function mostlyNumbers(view: SheetView, c: number, rows: readonly number[]): boolean {
  let nums = 0;
  let texts = 0;
  for (const r of rows) {
    const v = view.value(r, c);
    if (typeof v === 'number') nums++;
    else if (typeof v === 'string' && v.trim() !== '') texts++;
  }
  return nums > texts;
}

function hasText(view: SheetView, c: number, rows: readonly number[]): boolean {
  for (const r of rows) {
    const v = view.shownValue(r, c);
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}

function allTypeWords(view: SheetView, c: number, rows: readonly number[]): boolean {
  let seen = 0;
  for (const r of rows) {
    const t = normalizeText(view.text(r, c));
    if (t === '') continue;
    if (!TYPE_VALUE_RE.test(t)) return false;
    seen++;
  }
  return seen > 0;
}

function headerName(view: SheetView, header: HeaderLocation, c: number): string {
  const t = view.text(header.row, c);
  if (t !== '') return t;
  if (header.measureRow !== null) {
    const u = view.text(header.measureRow, c);
    if (u !== '') return u;
  }
  // A name written just above (header in two rows: "Region" over a blank, next to "Budget" over months).
  for (let r = header.row - 1; r >= Math.max(0, header.row - 2); r--) {
    if (view.anchorOf(r, c).col !== c) break; // merged in from the left: a title, not this column's name
    const t2 = view.text(r, c);
    if (t2 !== '') return measureOf(t2) === null && !classifyHeaderText(t2).total ? t2 : '';
  }
  return '';
}

export function findDimensions(
  view: SheetView,
  header: HeaderLocation,
  firstPeriodCol: number,
  dataRows: readonly number[],
): { dimensions: LocalColumn[]; typeColumn: LocalColumn | null } {
  // Labelled (or text-holding) columns left of the first period column. labelled (or text-holding) columns left of the first period column.
  const dimensions: LocalColumn[] = [];
  let typeColumn: LocalColumn | null = null;
  for (let c = 0; c < firstPeriodCol; c++) {
    const name = headerName(view, header, c);
    if (name === '') {
      if (hasText(view, c, dataRows)) dimensions.push({ name: `Column ${colToLetters(view.absCol(c))}`, col: c });
      continue;
    }
    const h = classifyHeaderText(name);
    if ((h.total || h.measure !== null) && mostlyNumbers(view, c, dataRows)) continue;
    const n = normalizeText(name);
    if (typeColumn === null && (STRONG_TYPE_HEADER_RE.test(n) || (WEAK_TYPE_HEADER_RE.test(n) && allTypeWords(view, c, dataRows)))) {
      typeColumn = { name, col: c };
      continue;
    }
    if (mostlyNumbers(view, c, dataRows) && !hasText(view, c, dataRows) && /\b(?:total|sum|fy|ytd)\b|合计|总计|全年/.test(n)) continue;
    dimensions.push({ name, col: c });
  }
  return { dimensions, typeColumn };
}
