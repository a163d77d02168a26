/**
 * Loading the M3 monthly benchmark files from ../shared/data (never bundled with the product).
 */
import * as fs from 'fs';
import * as path from 'path';

export interface M3Series {
  id: string;
  category: string;
  train: number[];
  test: number[];
  horizon: number;
}

/** Default data folder: ../shared/data relative to the repository root. */
export function defaultDataDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'data');
}

function numbers(field: string): number[] {
  return field.split(';').map((v) => Number(v));
}

/** Parses m3-monthly.csv: id,category,n,h,start,train,test. */
export function parseSeries(text: string): M3Series[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`m3-monthly.csv has no column ${name}`);
    return i;
  };
  const [iId, iCat, iH, iTrain, iTest] = ['id', 'category', 'h', 'train', 'test'].map(col);
  return lines.slice(1).map((line) => {
    const f = line.split(',');
    return { id: f[iId], category: f[iCat], horizon: Number(f[iH]), train: numbers(f[iTrain]), test: numbers(f[iTest]) };
  });
}

/** Parses a method,id,f1..fH file into method -> id -> forecast. */
export function parseForecasts(text: string): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const method = f[0];
    let byId = out.get(method);
    if (!byId) {
      byId = new Map();
      out.set(method, byId);
    }
    byId.set(f[1], f.slice(2).map((v) => Number(v)));
  }
  return out;
}

export function loadSeries(dataDir: string): M3Series[] {
  return parseSeries(fs.readFileSync(path.join(dataDir, 'm3-monthly.csv'), 'utf8'));
}

export function loadEntrants(dataDir: string): Map<string, Map<string, number[]>> {
  return parseForecasts(fs.readFileSync(path.join(dataDir, 'm3-monthly-original-forecasts.csv'), 'utf8'));
}

/** Writes forecasts in the entrants' format: method,id,f1..fH. */
export function formatForecasts(method: string, rows: readonly { id: string; forecast: readonly number[] }[]): string {
  const h = rows.length > 0 ? rows[0].forecast.length : 0;
  const header = ['method', 'id', ...Array.from({ length: h }, (_, i) => `f${i + 1}`)].join(',');
  return [header, ...rows.map((r) => [method, r.id, ...r.forecast.map((v) => String(v))].join(','))].join('\n') + '\n';
}
