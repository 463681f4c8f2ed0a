// The multipart body of an upload, streamed in chunks so progress can be reported.

const encoder = new TextEncoder();
const CHUNK = 64 * 1024;
const isNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

const quote = (s) => String(s).replace(/["\\\r\n]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : ' '));

function randomBoundary() {
  const bytes = new Uint8Array(16);
  // Node 18 has no global `crypto` without a flag; a boundary only has to be unlikely in the file.
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return `aiser-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

async function* sliceBytes(bytes) {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

async function* readStream(stream) {
  if (typeof stream.getReader === 'function') {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value instanceof Uint8Array ? value : encoder.encode(String(value));
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of stream) yield typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk);
  }
}

/** What the upload reads: its size (or null), whether it can be read twice, and its chunks. */
async function source(file, fileName) {
  if (typeof file === 'string') {
    if (!isNode) throw new TypeError('a file path can only be uploaded from Node; pass a Blob, bytes or a stream');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { size } = await fs.promises.stat(file);
    return { size, replayable: true, fileName: fileName ?? path.basename(file), chunks: () => fs.createReadStream(file, { highWaterMark: CHUNK }) };
  }
  if (file instanceof ArrayBuffer) file = new Uint8Array(file);
  if (ArrayBuffer.isView(file)) {
    const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    return { size: bytes.length, replayable: true, fileName, chunks: () => sliceBytes(bytes), bytes };
  }
  if (typeof Blob !== 'undefined' && file instanceof Blob) {
    return { size: file.size, replayable: true, fileName: fileName ?? file.name, chunks: () => readStream(file.stream()), blob: file };
  }
  if (file && (typeof file.getReader === 'function' || typeof file[Symbol.asyncIterator] === 'function')) {
    let used = false;
    return {
      size: null, replayable: false, fileName: fileName ?? (typeof file.path === 'string' ? file.path.split(/[\\/]/).pop() : undefined),
      chunks: () => {
        if (used) throw new TypeError('the upload stream was already read');
        used = true;
        return readStream(file);
      },
    };
  }
  throw new TypeError('file must be a path, bytes (Uint8Array/ArrayBuffer), a Blob, or a stream');
}

/**
 * Prepares a multipart/form-data upload: text `fields`, then the file part.
 * `onProgress(sent, total)` is called as chunks go out (`total` is null for a stream of unknown length).
 */
export async function prepareUpload(file, { fileName, fields = {}, onProgress } = {}) {
  const src = await source(file, fileName);
  if (!src.fileName) throw new TypeError('fileName is required when uploading bytes or a stream');
  const boundary = randomBoundary();
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(src.fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(`\r\n--${boundary}--\r\n`);
  const total = src.size === null ? null : headBytes.length + src.size + tailBytes.length;
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (total !== null && isNode) headers['content-length'] = String(total);

  /** A fresh body for one attempt. */
  async function body() {
    if (!isNode) {
      // Browsers cannot stream a request body over HTTP/1.1: send a Blob, report progress once.
      const parts = [headBytes];
      if (src.blob) parts.push(src.blob);
      else for await (const c of src.chunks()) parts.push(c);
      parts.push(tailBytes);
      const blob = new Blob(parts);
      onProgress?.(blob.size, blob.size);
      return { body: blob };
    }
    const iterator = (async function* () {
      yield headBytes;
      for await (const chunk of src.chunks()) yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
      yield tailBytes;
    })();
    let sent = 0;
    const stream = new ReadableStream({
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) {
          controller.close();
          return;
        }
        controller.enqueue(value);
        sent += value.length;
        onProgress?.(sent, total);
      },
    });
    return { body: stream, duplex: 'half' };
  }

  return { headers, total, replayable: src.replayable, body, fileName: src.fileName };
}
