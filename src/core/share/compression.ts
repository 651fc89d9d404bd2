/**
 * deflate-raw through the platform's CompressionStream / DecompressionStream (browsers, Node 18+):
 * no dependency. Decompression is fed in small slices and read as it comes, and stops as soon as the
 * output passes a limit, so a small payload that inflates to gigabytes never does.
 */
const SLICE = 4096;

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate-raw');
  // Our own JSON: no need to slice it.
  const writing = write(stream.writable, bytes, bytes.length || 1);
  const result = await readAll(stream.readable, Number.POSITIVE_INFINITY);
  await writing;
  if (result === 'too-large') throw new Error('unreachable');
  return result;
}

/** The inflated bytes; 'too-large' past `limit`; throws when the data is not valid deflate-raw. */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const stream = new DecompressionStream('deflate-raw');
  // The writer may fail once reading stops early or the data is corrupt; the reader reports it.
  const writing = write(stream.writable, bytes).catch(() => undefined);
  try {
    return await readAll(stream.readable, limit);
  } finally {
    await writing;
  }
}

async function write(
  writable: WritableStream<BufferSource>,
  bytes: Uint8Array<ArrayBuffer>,
  slice = SLICE,
): Promise<void> {
  const writer = writable.getWriter();
  // Small slices: the transform's backpressure then bounds what one write can inflate to.
  for (let at = 0; at < bytes.length; at += slice) await writer.write(bytes.subarray(at, at + slice));
  await writer.close();
}

async function readAll(
  readable: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
