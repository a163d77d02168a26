/**
 * The wide layouts: one column per period per measure, paired ("Jan-26 Budget", "Jan-26
 * Actual") or in blocks (a Budget block then an Actual block). Header -> columns -> lines ->
 * unit and as-of.
 */
import { rangeA1 } from '../a1';
import type { BudgetModel, DetectResult } from '../model';
import { problem, type Problem } from '../problems';
import { resolveAsOf } from './as-of';
import { classifyColumns } from './columns';
import { findHeader } from './find-header';
import { readLines } from './lines';
import { buildMapping } from './mapping';
import { findUnit, titleYear } from './notes';
import type { DetectOptions } from './options';
import type { SheetView } from './sheet-view';

export function readWideLayout(view: SheetView, options: DetectOptions): DetectResult {
  const problems: Problem[] = [];
  const topLeft = view.a1(0, 0);
  const chosen = options.headerRow !== undefined && Number.isInteger(options.headerRow) ? options.headerRow - view.originRow : undefined;
  const chosenInside = chosen !== undefined && chosen >= 0 && chosen < view.rows;
  const header = view.rows > 0 && view.cols > 0 && (chosen === undefined || chosenInside) ? findHeader(view, chosen) : null;
  if (!header) {
    problems.push(problem('NO_HEADER', view.sheet, chosenInside ? view.a1(chosen, 0) : topLeft));
    return { model: null, problems };
  }
  const dataRows: number[] = [];
  for (let r = header.dataStart; r < view.rows; r++) dataRows.push(r);
  const cols = classifyColumns(view, header, dataRows, { titleYear: titleYear(view, header.row), defaultYear: options.defaultYear, defaultMeasure: options.periodMeasure }, problems);
  if (!cols) return { model: null, problems };

  const { lines, lastRow } = readLines(view, cols, header.dataStart, problems, header.row);
  const headerCell = view.a1(header.row, cols.firstCol);
  if (lines.length === 0) {
    problems.push(problem('NO_LINES', view.sheet, headerCell));
    return { model: null, problems };
  }
  const unit = findUnit(view, header.row, lastRow, problems);
  const asOf = resolveAsOf(options.asOf, cols.periods, lines, view.sheet, headerCell, problems);
  const model: BudgetModel = {
    source: {
      sheet: view.sheet,
      range: rangeA1(view.absRow(header.row), view.absCol(cols.firstCol), lastRow - header.row + 1, cols.lastCol - cols.firstCol + 1),
    },
    layout: cols.layout,
    unit,
    dimensions: cols.dimensions.map((d) => ({ name: d.name, col: view.absCol(d.col) })),
    typeColumn: cols.typeColumn ? { name: cols.typeColumn.name, col: view.absCol(cols.typeColumn.col) } : null,
    periods: cols.periods,
    asOf,
    lines,
  };
  model.mapping = buildMapping(view, model, problems, { headerRow: header.row, dataStart: header.dataStart, chosen: chosenInside });
  return { model, problems };
}

