/** A zipped GeoNames dump → a stream of its data file, read from the zip without unpacking it to disk. */
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  size: number;
  stream: Readable;
}

/** LY.zip holds LY.txt beside a small readme.txt, alternateNamesV2.zip a small iso-languagecodes.txt: take the largest file. */
export async function openLargestEntry(file: string): Promise<ZipEntry> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  try {
    const largest = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      let best: yauzl.Entry | undefined;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/') && (!best || entry.uncompressedSize > best.uncompressedSize)) best = entry;
        zip.readEntry();
      });
      zip.once('end', () => resolve(best));
      zip.once('error', reject);
      zip.readEntry();
    });
    if (!largest) throw new Error('the zip holds no file');
    const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(largest, (e, s) => (e ? reject(e) : resolve(s))));
    return { name: largest.fileName.split('/').pop()!, size: largest.uncompressedSize, stream };
  } finally {
    // An open entry stream keeps the file open until it ends or is destroyed.
    zip.close();
  }
}
