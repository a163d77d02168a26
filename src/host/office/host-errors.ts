/** Excel errors turned into HostErrors with messages a finance user understands (en / zh). */
import { HostError } from '../workbook-host';
import { errorCode } from './excel-api';

export function cellEditMessage(): string {
  return 'Excel is in cell edit mode. Finish editing the cell (press Enter or Esc), then try again. / Excel 正处于单元格编辑状态。请先完成编辑（按 Enter 或 Esc），然后重试。';
}

/** Wraps any error from Excel; HostErrors pass through unchanged. */
export function toHostError(e: unknown, what: string): HostError {
  if (e instanceof HostError) return e;
  const code = errorCode(e);
  if (code === 'InvalidOperationInCellEditMode') return new HostError('HOST', cellEditMessage());
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError('HOST', `${what} failed in Excel (${code ?? 'error'}): ${detail} / Excel 操作失败（${code ?? 'error'}）：${detail}`);
}
