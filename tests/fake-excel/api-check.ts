/**
 * Compile-time check that every public member of the fake's proxies exists, with that name, in
 * @types/office-js: a misspelt or invented API fails `tsc`. Members starting with "_" are the
 * fake's internals. (Property types are checked by each class's `implements Pick<...>`.)
 */
import type { FakeRequestContext } from './context';
import type { FakeRange } from './range';
import type { FakeRangeFormat, FakeRangeFont, FakeRangeFill, FakeRangeBorder, FakeRangeBorderCollection } from './range-format';
import type { FakeConditionalFormat, FakeConditionalFormatCollection } from './conditional-format';
import type { FakeRangeAreas, FakeTable, FakeTableScopedCollection, FakeRangeView } from './range-views';
import type { FakeWorksheet, FakeWorksheetCollection, FakeWorksheetFreezePanes, FakeNoteCollection, FakeNote, FakeWorksheetProtection } from './worksheet';
import type { FakeApplication, FakeNamedItem, FakeNamedItemCollection, FakeSetting, FakeSettingCollection, FakeWorkbookProxy } from './workbook-proxy';
import type { FakeClientResult } from './client-object';

type Extra<T, Real> = Exclude<keyof T, keyof Real | `_${string}`>;
type OnlyRealMembers<T, Real> = [Extra<T, Real>] extends [never] ? true : { notInOfficeJs: Extra<T, Real> };

export const apiCheck: [
  OnlyRealMembers<FakeRequestContext, Excel.RequestContext>,
  OnlyRealMembers<FakeWorkbookProxy, Excel.Workbook>,
  OnlyRealMembers<FakeApplication, Excel.Application>,
  OnlyRealMembers<FakeWorksheetCollection, Excel.WorksheetCollection>,
  OnlyRealMembers<FakeWorksheet, Excel.Worksheet>,
  OnlyRealMembers<FakeWorksheetFreezePanes, Excel.WorksheetFreezePanes>,
  OnlyRealMembers<FakeNoteCollection, Excel.NoteCollection>,
  OnlyRealMembers<FakeRange, Excel.Range>,
  OnlyRealMembers<FakeRangeAreas, Excel.RangeAreas>,
  OnlyRealMembers<FakeRangeFormat, Excel.RangeFormat>,
  OnlyRealMembers<FakeRangeFont, Excel.RangeFont>,
  OnlyRealMembers<FakeRangeFill, Excel.RangeFill>,
  OnlyRealMembers<FakeRangeBorder, Excel.RangeBorder>,
  OnlyRealMembers<FakeRangeBorderCollection, Excel.RangeBorderCollection>,
  OnlyRealMembers<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>,
  OnlyRealMembers<FakeConditionalFormat, Excel.ConditionalFormat>,
  OnlyRealMembers<FakeNamedItemCollection, Excel.NamedItemCollection>,
  OnlyRealMembers<FakeNamedItem, Excel.NamedItem>,
  OnlyRealMembers<FakeSettingCollection, Excel.SettingCollection>,
  OnlyRealMembers<FakeSetting, Excel.Setting>,
  OnlyRealMembers<FakeClientResult<number>, OfficeExtension.ClientResult<number>>,
  OnlyRealMembers<FakeTable, Excel.Table>,
  OnlyRealMembers<FakeTableScopedCollection, Excel.TableScopedCollection>,
  OnlyRealMembers<FakeRangeView, Excel.RangeView>,
  OnlyRealMembers<FakeNote, Excel.Note>,
  OnlyRealMembers<FakeWorksheetProtection, Excel.WorksheetProtection>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
