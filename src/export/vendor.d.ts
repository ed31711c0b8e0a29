/**
 * Types for the two CommonJS modules this folder uses that ship none: xml-writer (the XML emitter
 * graphology-gexf itself uses, so our streamed GEXF has exactly its bytes) and the single-iteration
 * step of graphology-layout-forceatlas2 (so the layout runs on our own matrices, never touching the graph).
 */
declare module 'xml-writer' {
  class XMLWriter {
    constructor(indent?: boolean | string, callback?: (text: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    startElement(name: string): this;
    startElementNS(prefix: string, name: string): this;
    writeAttribute(name: string, content: string | number): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    endElement(): this;
    flush(): void;
    toString(): string;
  }
  export = XMLWriter;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float64Array, edges: Float64Array): void;
  export = iterate;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export = defaults;
}
