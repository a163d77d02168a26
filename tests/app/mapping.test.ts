import { analyzeWorkbook, buildVariance, saveMapping } from '../../src/app';
import type { Mapping } from '../../src/core/model';
import { XlsxHost } from '../../src/host/xlsx';
import { buildExampleWorkbook, EXAMPLE_SHEET, exampleLines } from '../../scripts/make-example';

/** The example as detected, and the same reading with its Type column taken away (every line revenue). */
async function mappings(host: XlsxHost): Promise<{ detected: Mapping; corrected: Mapping }> {
  const a = await analyzeWorkbook(host);
  const detected = a.detect.model?.mapping;
  if (!detected) throw new Error('the example has no mapping');
  expect(detected.typeColumn).not.toBeNull();
  return { detected, corrected: { ...detected, typeColumn: null } };
}

describe('a corrected mapping', () => {
  // The example's Travel & Entertainment lines are costs by its Type column.
  const costLines = exampleLines().filter((l) => /travel/i.test(l.product)).length;

  it('is obeyed when given as an option, and wins over detection', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    const { corrected } = await mappings(host);
    const before = await analyzeWorkbook(host);
    expect(before.detect.model!.lines.filter((l) => l.type === 'cost')).toHaveLength(costLines);
    const after = await analyzeWorkbook(host, { mapping: corrected });
    expect(after.sheet).toBe(EXAMPLE_SHEET);
    expect(after.detect.model!.lines).toHaveLength(before.detect.model!.lines.length);
    expect(after.detect.model!.lines.filter((l) => l.type === 'cost')).toHaveLength(0);
  });

  it('is saved in the workbook, used by the next reading and kept by a build', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    const { corrected } = await mappings(host);
    const r = await saveMapping(host, corrected);
    expect(r).toEqual({ saved: true, problems: [] });
    expect((await host.readState())?.mapping?.typeColumn).toBeNull();
    // A colleague opening the file (a new host over the saved bytes) reads it the same way.
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer());
    const a = await analyzeWorkbook(reopened);
    expect(a.detect.model!.lines.filter((l) => l.type === 'cost')).toHaveLength(0);
    await buildVariance(reopened);
    expect((await reopened.readState())?.mapping?.typeColumn).toBeNull();
  });

  it('is refused, with the reasons, when it no longer fits the sheet; nothing is written', async () => {
    const wb = buildExampleWorkbook();
    const host = new XlsxHost(wb);
    const { corrected } = await mappings(host);
    const moved: Mapping = { ...corrected, headerRow: corrected.headerRow + 2, firstDataRow: corrected.firstDataRow + 2 };
    const r = await saveMapping(host, moved);
    expect(r.saved).toBe(false);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.sheet === EXAMPLE_SHEET && /^[A-Z]+\d+$/.test(p.cell))).toBe(true);
    expect(await host.readState()).toBeNull();
    // Given as an option, a mapping that does not fit is reported and the sheet is read afresh.
    const a = await analyzeWorkbook(host, { mapping: moved });
    expect(a.detect.problems.some((p) => p.code.startsWith('MAPPING_'))).toBe(true);
    expect(a.detect.model!.lines.filter((l) => l.type === 'cost')).toHaveLength(costLines);
  });
});
