/**
 * Long (transactional) tables and CRM exports: one row per record with a date or period
 * column, dimension columns, an optional Scenario column (Budget / Actual / 预算 / 实际) and an
 * amount column. This module finds such a table and its columns; long.ts turns it into lines.
 *
 * Which text columns are dimensions (the line key):
 * - columns whose header names a usual sales dimension (region, owner / rep, product, channel,
 *   segment, team, 区域, 负责人, 销售, 产品, 渠道, ...) are the dimensions, in sheet order;
 * - when no header names one, every text column that is not an id, customer, contact, deal,
 *   stage, status, note or free text (more distinct values than a quarter of the rows) is one;
 * - customer columns are never dimensions: one line per customer is too fine for a budget.
 */
import { colToLetters } from '../a1';
import { type CellValue } from '../grid';
import type { Period } from '../model';
import { isDateFormat, isPlausibleDateSerial } from '../periods/date-format';
import { makeMonth, makeQuarter } from '../periods/period';
import { parsePeriodText, resolvePeriod } from '../periods/parse';
import { normalizeText } from '../periods/text';
import { classifyHeaderText, measureOf } from './header-text';
import type { LocalColumn } from './dimensions';
import type { SheetView } from './sheet-view';
import { isTotalLabel } from './totals';
import { parseNumberText } from './values';
import { serialToDate } from '../grid';

/** Rows below the data that the SUMIFS ranges also cover, so records added later are counted. */
export const LONG_TABLE_HEADROOM_MIN = 1000;
const EXCEL_MAX_ROW = 1048576;

const DATE_NAME_RE = /\b(?:date|day|period|month|time|closed?|close date|closing date|won date|order date|invoice date|posting date)\b|日期|期间|月份|时间|年月|会计期间/;
const CLOSE_NAME_RE = /\b(?:close|closed|closing|won|invoice|order|booking|booked)\b|成交|结单|签约|签单|下单|订单|回款|开票/;
const CREATED_NAME_RE = /\b(?:created|modified|updated|last activity)\b|创建|修改|更新/;
const AMOUNT_NAME_RE = /\b(?:amount|amt|value|revenue|sales|net|total|bookings?|turnover)\b|金额|销售额|成交额|收入|营收|业绩|回款额|合同额/;
const NOT_AMOUNT_RE = /\b(?:qty|quantity|units?|price|probability|prob|discount|rate|id|no|number|count|days|age|score)\b|数量|单价|概率|折扣|编号|天数|比例|%/;
/** Probability-weighted or expected amounts are never the amount (Zoho's "Expected Revenue"). */
const WEIGHTED_RE = /\b(?:expected|weighted|forecast|forecasted|projected|pipeline)\b|预计|预期|加权|预测/;
/** A deal-stage column, and the stage values that mean the deal is won (closed business). */
const STAGE_HEADER_RE = /\b(?:stage|deal stage|sales stage|status)\b|阶段|商机阶段|销售阶段|状态/;
const WON_RE = /^(?:closed\s*[-_]?\s*won|won|win|closed won|赢单|已赢单|成交|已成交|赢得)$/;
const ID_NAME_RE = /\b(?:id|no|number|code|ref|reference|key|uuid)\b|#|编号|单号|序号|号码|代码|编码/;
const NOT_DIM_RE =
  /\b(?:customers?|clients?|account name|company|companies|contacts?|deals?|opportunit(?:y|ies)|description|comments?|notes?|remarks?|stage|status|email|phone|address|subject|title|probability)\b|客户|联系人|商机|机会|描述|备注|说明|阶段|状态|电话|邮箱|地址|主题|标题/;
const PREFERRED_DIM_RE =
  /\b(?:region|regions|area|territory|country|market|branch|office|owner|deal owner|opportunity owner|account owner|rep|reps|sales ?rep|salesperson|sales person|seller|agent|account manager|product|products|product line|product family|category|brand|sku|channel|segment|department|dept|team|division|business unit|bu|line of business)\b|区域|大区|地区|省份|省|城市|市场|分公司|负责人|销售员|销售代表|业务员|客户经理|销售|产品|产品线|品类|品牌|渠道|部门|团队|事业部|业务线/;
const TYPE_HEADER_RE = /^(?:type|line type|account type|revenue\s*\/\s*cost|类型|收支类型|收支)$/;
const TYPE_VALUE_RE = /^(?:revenue|revenues|sales|income|cost|costs|expense|expenses|cogs|opex|收入|销售|营收|费用|成本|支出)$/;

/** How many data rows are sampled to classify columns. */
const SAMPLE_ROWS = 200;

export type DateMode = 'date' | 'text';

export interface LongTable {
  view: SheetView;
  /** Local header row and local data rows (blank and total rows already left out). */
  headerRow: number;
  rows: number[];
  /** Local rows labelled as totals (not records). */
  totalRows: number[];
  firstRow: number;
  lastRow: number;
  dateCol: LocalColumn;
  dateMode: DateMode;
  amountCol: LocalColumn;
  scenarioCol: LocalColumn | null;
  /**
   * A CRM export's stage column holding won and other deals: only rows whose stage is `value`
   * (e.g. "Closed Won", "赢单") are counted, and the SUMIFS has that criterion too.
   */
  wonFilter: { col: LocalColumn; value: string } | null;
  typeCol: LocalColumn | null;
  /** The chosen dimension columns (see the rule above). */
  dims: LocalColumn[];
  /** Every text column (dims included): what a budget sheet's key columns may be matched to. */
  textCols: LocalColumn[];
  /** Local columns of the table's extent. */
  firstCol: number;
  lastCol: number;
  /** How sure the reading is, and why (for the mapping). */
  confidence: number;
  reasons: string[];
  /** Caches: a row's date value -> its period; a column -> its SUMIFS range. */
  periodCache: Map<string | number, Period | null>;
  rangeCache: Map<number, string>;
}

interface ColumnStats {
  dates: number;
  periodTexts: number;
  numbers: number;
  texts: number;
  nonBlank: number;
  distinct: number;
  measures: number;
}

function isDateCell(view: SheetView, r: number, c: number): boolean {
  const v = view.value(r, c);
  return typeof v === 'number' && isPlausibleDateSerial(v) && isDateFormat(view.format(r, c));
}

const TEXT_DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A period named by a text cell: "2026-01", "2026年1月", "Jan-26", "2026-Q1", "2026-01-15". Needs a year. */
export function periodOfText(text: string): Period | null {
  const t = text.trim();
  if (t === '' || t.length > 40) return null;
  const m = TEXT_DATE_RE.exec(t);
  if (m) {
    const month = Number(m[2]);
    const year = Number(m[1]);
    if (month >= 1 && month <= 12 && year >= 1950 && year <= 2100) return makeMonth(year, month, t);
  }
  const parts = parsePeriodText(t);
  if (!parts || parts.year === null) return null;
  return resolvePeriod(parts, t);
}

function stats(view: SheetView, c: number, rows: readonly number[]): ColumnStats {
  const s: ColumnStats = { dates: 0, periodTexts: 0, numbers: 0, texts: 0, nonBlank: 0, distinct: 0, measures: 0 };
  const seen = new Set<string>();
  for (const r of rows) {
    const v = view.value(r, c);
    if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
    s.nonBlank++;
    if (isDateCell(view, r, c)) s.dates++;
    else if (typeof v === 'number') s.numbers++;
    else if (typeof v === 'string') {
      if (view.isError(r, c)) continue;
      if (periodOfText(v)) s.periodTexts++;
      else if (parseNumberText(v) !== null) s.numbers++;
      else {
        s.texts++;
        const m = measureOf(v);
        if (m === 'budget' || m === 'target' || m === 'actual') s.measures++;
      }
      seen.add(v.trim().toLowerCase());
    }
  }
  s.distinct = seen.size;
  return s;
}

function sampleRows(view: SheetView, header: number): number[] {
  const out: number[] = [];
  for (let r = header + 1; r < view.rows && out.length < SAMPLE_ROWS; r++) {
    let any = false;
    for (let c = 0; c < view.cols; c++) if (!view.isBlank(r, c)) { any = true; break; }
    if (any) out.push(r);
  }
  return out;
}

interface Roles {
  dateCol: number;
  dateMode: DateMode;
  amountCol: number;
  scenarioCol: number;
  typeCol: number;
  textCols: number[];
  score: number;
  reasons: string[];
}

/** Assigns the columns of a candidate header row; null when there is no date and amount column. */
function rolesAt(view: SheetView, h: number): Roles | null {
  const names: string[] = [];
  let textHeaders = 0;
  for (let c = 0; c < view.cols; c++) {
    const v = view.value(h, c);
    const t = typeof v === 'string' && !view.isError(h, c) ? v.trim() : '';
    names.push(normalizeText(t));
    // A header naming periods ("Jan-26 Budget", a date) belongs to a wide sheet, not a long table.
    if (isDateCell(view, h, c) || (t !== '' && classifyHeaderText(t).parts !== null)) return null;
    if (t !== '' && t.length <= 60) textHeaders++;
  }
  if (textHeaders < 3) return null;
  const rows = sampleRows(view, h);
  if (rows.length === 0) return null;
  const st: ColumnStats[] = [];
  for (let c = 0; c < view.cols; c++) st.push(stats(view, c, rows));
  const reasons: string[] = [];

  // Date column: mostly dates or period texts; a closing date over a creation date.
  let dateCol = -1;
  let dateScore = -Infinity;
  for (let c = 0; c < view.cols; c++) {
    const s = st[c];
    if (s.nonBlank === 0) continue;
    const dated = Math.max(s.dates, s.periodTexts);
    if (dated * 10 < s.nonBlank * 8 || names[c] === '') continue;
    let score = dated / s.nonBlank;
    if (DATE_NAME_RE.test(names[c])) score += 1;
    if (CLOSE_NAME_RE.test(names[c])) score += 1;
    if (CREATED_NAME_RE.test(names[c])) score -= 1.5;
    if (score > dateScore) {
      dateScore = score;
      dateCol = c;
    }
  }
  if (dateCol < 0) return null;
  const dateMode: DateMode = st[dateCol].dates >= st[dateCol].periodTexts ? 'date' : 'text';
  reasons.push(`${view.text(h, dateCol)}: ${dateMode === 'date' ? 'dates' : 'period texts'}`);

  // Amount column: mostly numbers, named like an amount; else the rightmost number column.
  let amountCol = -1;
  let amountScore = -Infinity;
  for (let c = 0; c < view.cols; c++) {
    const s = st[c];
    if (c === dateCol || s.nonBlank === 0 || s.numbers * 10 < s.nonBlank * 6) continue;
    if (NOT_AMOUNT_RE.test(names[c]) && !AMOUNT_NAME_RE.test(names[c])) continue;
    if (WEIGHTED_RE.test(names[c])) continue;
    if (ID_NAME_RE.test(names[c])) continue;
    const score = (AMOUNT_NAME_RE.test(names[c]) ? 10 : 0) + c / view.cols;
    if (score > amountScore) {
      amountScore = score;
      amountCol = c;
    }
  }
  if (amountCol < 0) return null;
  reasons.push(`${view.text(h, amountCol)}: amounts`);

  let scenarioCol = -1;
  let typeCol = -1;
  const textCols: number[] = [];
  for (let c = 0; c < view.cols; c++) {
    if (c === dateCol || c === amountCol) continue;
    const s = st[c];
    if (s.texts === 0 || s.texts * 10 < s.nonBlank * 6) continue;
    if (scenarioCol < 0 && s.measures * 10 >= s.texts * 8) {
      scenarioCol = c;
      continue;
    }
    if (typeCol < 0 && TYPE_HEADER_RE.test(names[c])) {
      let all = true;
      for (const r of rows) {
        const t = normalizeText(view.text(r, c));
        if (t !== '' && !TYPE_VALUE_RE.test(t)) all = false;
      }
      if (all) {
        typeCol = c;
        continue;
      }
    }
    textCols.push(c);
  }
  const score = textHeaders + (DATE_NAME_RE.test(names[dateCol]) ? 2 : 0) + (AMOUNT_NAME_RE.test(names[amountCol]) ? 2 : 0) + (scenarioCol >= 0 ? 1 : 0);
  return { dateCol, dateMode, amountCol, scenarioCol, typeCol, textCols, score, reasons };
}

/** The dimension columns among the text columns (see the rule at the top). */
export function chooseDimensions(view: SheetView, headerRow: number, textCols: readonly number[], rowCount: number): { dims: number[]; reason: string } {
  const name = (c: number) => normalizeText(view.text(headerRow, c));
  // A sales-dimension word wins over a customer/deal word in the same header ("Deal Owner", "客户经理").
  const preferred = textCols.filter((c) => PREFERRED_DIM_RE.test(name(c)) && !ID_NAME_RE.test(name(c)));
  if (preferred.length) return { dims: preferred, reason: 'headers name sales dimensions' };
  const rows = sampleRows(view, headerRow);
  const limit = Math.max(20, Math.floor(rowCount / 4));
  const dims = textCols.filter((c) => {
    const n = name(c);
    if (NOT_DIM_RE.test(n) || ID_NAME_RE.test(n)) return false;
    return stats(view, c, rows).distinct <= limit;
  });
  return { dims, reason: 'text columns with few distinct values' };
}

function label(view: SheetView, r: number, c: number): string {
  return view.text(r, c) || `Column ${colToLetters(view.absCol(c))}`;
}

/**
 * Finds a long table: the header row (a given one, or among the first rows the one whose
 * columns below hold a date/period column and an amount column) and its column roles.
 */
export function findLongTable(view: SheetView, headerRow?: number): LongTable | null {
  let best: { h: number; roles: Roles } | null = null;
  const from = headerRow ?? 0;
  const to = headerRow !== undefined ? headerRow + 1 : Math.min(view.rows, 30);
  for (let h = Math.max(0, from); h < to && h < view.rows; h++) {
    const roles = rolesAt(view, h);
    if (roles && (!best || roles.score > best.roles.score)) best = { h, roles };
    if (best && headerRow === undefined && h > best.h + 3) break;
  }
  if (!best) return null;
  const { h, roles } = best;
  const nonBlank: number[] = [];
  for (let r = h + 1; r < view.rows; r++) if (!(view.isBlank(r, roles.dateCol) && view.isBlank(r, roles.amountCol))) nonBlank.push(r);
  if (nonBlank.length === 0) return null;
  const { dims, reason } = chooseDimensions(view, h, roles.textCols, nonBlank.length);
  // Total rows (by a label in a dimension or the date column) are not records.
  const rows: number[] = [];
  const totalRows: number[] = [];
  const totalCache = new Map<string, boolean>();
  const isTotal = (text: string): boolean => {
    let t = totalCache.get(text);
    if (t === undefined) totalCache.set(text, (t = isTotalLabel(text)));
    return t;
  };
  const labelCols = [...dims, roles.dateCol];
  for (const r of nonBlank) {
    // Only text cells can be total labels (numbers and dates never are).
    if (labelCols.some((c) => { const v = view.shownValue(r, c); return typeof v === 'string' && isTotal(v.trim()); })) totalRows.push(r);
    else rows.push(r);
  }
  if (rows.length === 0) return null;
  const col = (c: number): LocalColumn => ({ name: label(view, h, c), col: c });
  const used = [roles.dateCol, roles.amountCol, ...roles.textCols, ...(roles.scenarioCol >= 0 ? [roles.scenarioCol] : []), ...(roles.typeCol >= 0 ? [roles.typeCol] : [])];
  const named = DATE_NAME_RE.test(normalizeText(view.text(h, roles.dateCol))) && AMOUNT_NAME_RE.test(normalizeText(view.text(h, roles.amountCol)));
  return {
    view,
    headerRow: h,
    rows,
    totalRows,
    firstRow: rows[0],
    lastRow: Math.max(rows[rows.length - 1], totalRows.length ? totalRows[totalRows.length - 1] : -1),
    dateCol: col(roles.dateCol),
    dateMode: roles.dateMode,
    amountCol: col(roles.amountCol),
    scenarioCol: roles.scenarioCol >= 0 ? col(roles.scenarioCol) : null,
    wonFilter: findWonFilter(view, h, roles.textCols, rows),
    typeCol: roles.typeCol >= 0 ? col(roles.typeCol) : null,
    dims: dims.map(col),
    textCols: roles.textCols.map(col),
    firstCol: Math.min(...used),
    lastCol: Math.max(...used),
    confidence: named ? 0.9 : 0.6,
    reasons: [...roles.reasons, `dimensions: ${reason}`],
    periodCache: new Map(),
    rangeCache: new Map(),
  };
}

/** The stage column and its won value, when the column holds won deals among others. */
function findWonFilter(view: SheetView, h: number, textCols: readonly number[], rows: readonly number[]): { col: LocalColumn; value: string } | null {
  for (const c of textCols) {
    if (!STAGE_HEADER_RE.test(normalizeText(view.text(h, c)))) continue;
    const counts = new Map<string, { raw: string; n: number }>();
    let other = 0;
    for (const r of rows) {
      const v = view.value(r, c);
      if (typeof v !== 'string' || v.trim() === '') continue;
      if (!WON_RE.test(normalizeText(v))) {
        other++;
        continue;
      }
      const e = counts.get(v.toLowerCase());
      if (e) e.n++;
      else counts.set(v.toLowerCase(), { raw: v, n: 1 });
    }
    let best: { raw: string; n: number } | null = null;
    for (const e of counts.values()) if (!best || e.n > best.n) best = e;
    if (best && other > 0) return { col: { name: label(view, h, c), col: c }, value: best.raw };
  }
  return null;
}

/** The period of a row's date cell (null when it holds none). */
export function rowPeriod(t: LongTable, r: number): Period | null {
  const v: CellValue = t.view.value(r, t.dateCol.col);
  if (typeof v === 'boolean') return null;
  const k = typeof v === 'number' ? Math.floor(v) : v;
  const hit = t.periodCache.get(k);
  if (hit !== undefined) return hit;
  let p: Period | null = null;
  if (t.dateMode === 'date') {
    if (typeof v === 'number' && isPlausibleDateSerial(v)) {
      const d = serialToDate(v);
      p = makeMonth(d.year, d.month);
    }
  } else if (typeof v === 'string') p = periodOfText(v);
  t.periodCache.set(k, p);
  return p;
}

/** The quarter holding a month period (for quarterly budgets read against a dated table). */
export function quarterOf(p: Period): Period {
  const start = p.month - ((p.month - 1) % 3);
  return makeQuarter(p.year, start);
}

/** Absolute A1 range of a column over the data rows plus headroom: "$F$5:$F$1204". */
export function columnRange(t: LongTable, c: number): string {
  const hit = t.rangeCache.get(c);
  if (hit !== undefined) return hit;
  const first = t.view.absRow(t.firstRow) + 1;
  const n = t.lastRow - t.firstRow + 1;
  const last = Math.min(EXCEL_MAX_ROW, t.view.absRow(t.lastRow) + 1 + Math.max(LONG_TABLE_HEADROOM_MIN, n));
  const letters = colToLetters(t.view.absCol(c));
  const range = `$${letters}$${first}:$${letters}$${last}`;
  t.rangeCache.set(c, range);
  return range;
}
