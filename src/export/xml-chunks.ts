/**
 * xml-writer driven piece by piece, for documents too large to hold as one string: the writer appends
 * to a buffer, and `take()` hands over what has accumulated once it is worth a write. The bytes are
 * those xml-writer produces for the same calls (it is what graphology-gexf writes with).
 */
import XMLWriter from 'xml-writer';

/** About the size of a file system write; the buffer is handed over once it holds this much. */
export const CHUNK_CHARS = 1 << 16;

export class XmlChunks {
  readonly writer: XMLWriter;
  private buffer = '';

  constructor(indent: string | false = '  ') {
    this.writer = new XMLWriter(indent, (text) => {
      this.buffer += text;
    });
  }

  /** True once enough text is buffered to be worth handing over. */
  get full(): boolean {
    return this.buffer.length >= CHUNK_CHARS;
  }

  /** Everything buffered since the last call, as one string (empty when nothing is). */
  take(): string {
    const text = this.buffer;
    this.buffer = '';
    return text;
  }
}
