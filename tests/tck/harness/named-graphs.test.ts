import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { namedGraphStatements, splitStatements } from './named-graphs.ts';

describe('named graphs', () => {
  it('splits scripts at semicolons outside strings, names and comments', () => {
    expect(splitStatements("CREATE (:A {s: 'a;b'});\n// c;d\nCREATE (`x;y`) /* ; */ ;\n\n")).toEqual([
      "CREATE (:A {s: 'a;b'})",
      '// c;d\nCREATE (`x;y`) /* ; */',
    ]);
    expect(splitStatements("RETURN 'it\\'s;'")).toEqual(["RETURN 'it\\'s;'"]);
  });

  it('reads the scripts a graph metadata file lists', () => {
    const statements = namedGraphStatements(fileURLToPath(new URL('../graphs', import.meta.url)), 'binary-tree-1');
    expect(statements.length).toBe(1);
    expect(statements[0]).toMatch(/^CREATE \(a:A \{name: 'a'\}\)/);
    expect(() => namedGraphStatements('/nonexistent', 'nope')).toThrow(/no script/);
  });
});
