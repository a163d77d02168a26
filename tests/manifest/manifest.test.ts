/**
 * Offline checks of manifest.xml (Microsoft's validator needs its online service; see
 * `npm run validate`). Parses with fast-xml-parser and checks the structure Office needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** A parsed element: local name (namespace prefix stripped), attributes, children, text. */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type Ordered = Record<string, unknown>;

function toEl(node: Ordered): El | null {
  const key = Object.keys(node).find((k) => k !== ':@');
  if (!key || key === '#text' || key === '?xml' || key === '#comment') return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k.replace(/^@_/, '')] = String(v);
  const kids = (node[key] as Ordered[]) ?? [];
  const children: El[] = [];
  let text = '';
  for (const k of kids) {
    if ('#text' in k) text += String(k['#text']);
    else {
      const c = toEl(k);
      if (c) children.push(c);
    }
  }
  return { name: key.replace(/^\w+:/, ''), attrs, children, text: text.trim() };
}

function parse(): El {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, commentPropName: '#comment' });
  const doc = parser.parse(xml) as Ordered[];
  const roots = doc.map(toEl).filter((e): e is El => e !== null);
  expect(roots).toHaveLength(1);
  return roots[0];
}

function all(el: El): El[] {
  return [el, ...el.children.flatMap(all)];
}
function child(el: El, name: string): El {
  const c = el.children.find((x) => x.name === name);
  if (!c) throw new Error(`<${el.name}> has no <${name}>`);
  return c;
}
function childrenNamed(el: El, name: string): El[] {
  return el.children.filter((x) => x.name === name);
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png -> assets/icons/icon-16.png (webpack copies assets/icons to dist/assets). */
function iconFileFor(url: string): string {
  const m = /^https:\/\/[^/]+\/assets\/(icon-\d+\.png)$/.exec(url);
  if (!m) throw new Error(`icon URL not under /assets/: ${url}`);
  return join(ROOT, 'assets', 'icons', m[1]);
}

describe('manifest.xml', () => {
  const root = parse();
  const els = all(root);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is an Excel task pane add-in with a fixed GUID, version and permissions', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    // The Id must never change: pin it.
    expect(child(root, 'Id').text).toBe('3ef1536e-c94b-4cb5-879c-ffd15e523da0');
    expect(child(root, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'ProviderName').text.length).toBeGreaterThan(0);
    expect(child(root, 'DefaultLocale').text).toBe('en-US');
    expect(child(root, 'Permissions').text).toBe('ReadWriteDocument');
    expect(childrenNamed(child(root, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(child(root, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toMatch(/^https:\/\/.+\/taskpane\.html$/);
  });

  it('requires ExcelApi 1.7', () => {
    const sets = childrenNamed(child(child(root, 'Requirements'), 'Sets'), 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  });

  it('has en-US defaults and zh-CN overrides for the display name and description', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = child(root, name);
      expect(el.attrs.DefaultValue.length).toBeGreaterThan(0);
      const zh = childrenNamed(el, 'Override').find((o) => o.attrs.Locale === 'zh-CN');
      expect(zh?.attrs.Value).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('puts a button on the Home tab that shows the task pane', () => {
    const vo = child(root, 'VersionOverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const tab = els.find((e) => e.name === 'OfficeTab');
    expect(tab?.attrs.id).toBe('TabHome');
    const control = all(tab as El).find((e) => e.name === 'Control');
    expect(control?.attrs['xsi:type']).toBe('Button');
    const action = child(control as El, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
    const fnFile = els.find((e) => e.name === 'FunctionFile');
    expect(fnFile?.attrs.resid).toBe('Commands.Url');
  });

  it('resolves every resid to a resource of the right kind, and strings have zh-CN', () => {
    const resources = child(child(root, 'VersionOverrides'), 'Resources');
    const kinds: Record<string, Map<string, El>> = {};
    for (const group of resources.children) {
      const m = new Map<string, El>();
      for (const r of group.children) {
        expect(m.has(r.attrs.id)).toBe(false); // ids are unique within a kind
        m.set(r.attrs.id, r);
      }
      kinds[group.name] = m;
    }
    expect(Object.keys(kinds).sort()).toEqual(['Images', 'LongStrings', 'ShortStrings', 'Urls']);
    const expectedKind: Record<string, string> = {
      Image: 'Images',
      SourceLocation: 'Urls',
      FunctionFile: 'Urls',
      LearnMoreUrl: 'Urls',
      Label: 'ShortStrings',
      Title: 'ShortStrings',
      Description: 'LongStrings',
    };
    const refs = els.filter((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThanOrEqual(12);
    for (const r of refs) {
      const kind = expectedKind[r.name];
      expect([r.name, kind]).toEqual([r.name, expect.any(String)]);
      expect([r.attrs.resid, kinds[kind].has(r.attrs.resid)]).toEqual([r.attrs.resid, true]);
    }
    for (const kind of ['ShortStrings', 'LongStrings']) {
      for (const [id, s] of kinds[kind]) {
        const max = kind === 'ShortStrings' ? 125 : 250;
        expect([id, s.attrs.DefaultValue.length <= max]).toEqual([id, true]);
        const zh = childrenNamed(s, 'Override').find((o) => o.attrs.Locale === 'zh-CN');
        expect([id, /[\u4e00-\u9fff]/.test(zh?.attrs.Value ?? '')]).toEqual([id, true]);
      }
    }
  });

  it('uses https for every URL', () => {
    const urls = els.flatMap((e) => [...Object.values(e.attrs), e.text]).filter((v) => /^[a-z]+:\/\//i.test(v) && !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    // and no plain-http anywhere outside the XML namespaces
    expect(xml.replace(/"http:\/\/schemas\.microsoft\.com[^"]*"|"http:\/\/www\.w3\.org[^"]*"/g, '')).not.toMatch(/http:\/\//);
  });

  it('points at icon files that exist with the declared pixel sizes', () => {
    const images = [...child(child(child(root, 'VersionOverrides'), 'Resources'), 'Images').children];
    const declared = els.filter((e) => e.name === 'Image' && e.attrs.size);
    expect(new Set(declared.map((d) => d.attrs.size))).toEqual(new Set(['16', '32', '80']));
    for (const d of declared) {
      const img = images.find((i) => i.attrs.id === d.attrs.resid) as El;
      const file = iconFileFor(img.attrs.DefaultValue);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: Number(d.attrs.size), height: Number(d.attrs.size) });
    }
    expect(pngSize(iconFileFor(child(root, 'IconUrl').attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconFileFor(child(root, 'HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
    // The 128 px icon (store listing) is made alongside the others.
    expect(pngSize(join(ROOT, 'assets', 'icons', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
  });
});
