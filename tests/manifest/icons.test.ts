import { inflateSync } from 'node:zlib';
import { crc32, drawIcon, encodePng } from '../../scripts/make-icons';

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    // Known check value of CRC-32/ISO-HDLC for "123456789".
    expect(crc32(Buffer.from('123456789', 'ascii'))).toBe(0xcbf43926);
  });

  it('round-trips pixels through IHDR + IDAT', () => {
    const px = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const png = encodePng(2, 2, px);
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    expect(png[24]).toBe(8); // bit depth
    expect(png[25]).toBe(6); // RGBA
    const idatLen = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    // each row: filter byte 0 then 8 bytes
    expect([...raw]).toEqual([0, ...px.slice(0, 8), 0, ...px.slice(8)]);
    // the IDAT chunk's CRC covers type + data
    expect(png.readUInt32BE(41 + idatLen)).toBe(crc32(png.subarray(37, 41 + idatLen)));
  });

  it('draws a tile that is opaque in the middle and transparent in the corners', () => {
    const size = 32;
    const px = drawIcon(size);
    const alpha = (x: number, y: number) => px[(y * size + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(size - 1, size - 1)).toBe(0);
    expect(alpha(16, 16)).toBe(255);
  });
});
