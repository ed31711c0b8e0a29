import { describe, expect, it } from 'vitest';
import { complete, type CompletionSource } from '../../src/repl/complete.ts';

const source: CompletionSource = {
  labels: ['Country', 'Event', 'Organization', 'Person', 'Union européenne'],
  relationshipTypes: ['ATTENDED', 'LEADS', 'PLEDGES', 'REFUSES_TROOPS'],
  propertyKeys: ['aliases', 'confidence', 'date', 'evidence', 'name', 'title'],
  functions: ['count', 'collect', 'coalesce', 'toLower', 'type'],
  params: ['who', 'when'],
};

const on = (line: string, statement = '') => complete(source, statement, line);

describe('complete', () => {
  it('offers labels after : in a node pattern', () => {
    expect(on('MATCH (p:Pe')).toEqual([['Person'], 'Pe']);
    expect(on('MATCH (p:')[0]).toEqual(['Country', 'Event', 'Organization', 'Person', '`Union européenne`']);
  });

  it('offers relationship types after [: and after | inside brackets', () => {
    expect(on('MATCH (p)-[:AT')).toEqual([['ATTENDED'], 'AT']);
    expect(on('MATCH (p)-[r:LEADS|PL')).toEqual([['PLEDGES'], 'PL']);
    expect(on("MATCH (p:Person {name: 'x'})-[r:")[0]).toContain('REFUSES_TROOPS');
  });

  it('offers property keys after a dot, not after a number', () => {
    expect(on('RETURN p.na')).toEqual([['name'], 'na']);
    expect(on('WHERE r.c')).toEqual([['confidence'], 'c']);
    expect(on('RETURN 1.')[0]).toEqual([]);
  });

  it('offers nothing after a map key colon, nor inside a string', () => {
    expect(on('MATCH (p:Person {name:')[0]).toEqual([]);
    expect(on("MATCH (p {name: 'Ma")[0]).toEqual([]);
    expect(on("RETURN 'a.b:c', p.")[0]).toEqual(source.propertyKeys);
  });

  it('offers parameters after $', () => {
    expect(on('MATCH (p {name: $w')).toEqual([['when', 'who'], 'w']);
  });

  it('offers keywords in the case typed, functions and the statement\'s variables', () => {
    expect(on('MAT')).toEqual([['MATCH'], 'MAT']);
    expect(on('mat')).toEqual([['match'], 'mat']);
    expect(on('ORD')).toEqual([['ORDER BY'], 'ORD']);
    expect(on('RETURN toL')).toEqual([['toLower('], 'toL']);
    expect(on('RETURN co')[0]).toEqual(['contains', 'coalesce(', 'collect(', 'count(']);
    expect(on('RETURN CO')[0]).toEqual(['CONTAINS', 'coalesce(', 'collect(', 'count(']);
    expect(on('RETURN per', 'MATCH (person:Person)-[rel]->(x)')).toEqual([['person'], 'per']);
  });

  it('uses earlier lines of the statement for context', () => {
    expect(on('   :AT', 'MATCH (p)-[r')).toEqual([['ATTENDED'], 'AT']);
  });

  it('quotes names that are not identifiers, also after a typed backtick', () => {
    expect(on('MATCH (o:Uni')).toEqual([['`Union européenne`'], 'Uni']);
    expect(on('MATCH (o:`Uni')).toEqual([['`Union européenne`'], '`Uni']);
  });

  it('completes :commands and their arguments', () => {
    expect(on(':sch')).toEqual([[':schema'], ':sch']);
    expect(on(':')[0]).toContain(':why');
    expect(on(':format j')).toEqual([['json'], 'j']);
    expect(on(':export g')).toEqual([['gexf', 'graphml'], 'g']);
    expect(on(':explain MATCH (p:Pe')).toEqual([['Person'], 'Pe']);
    expect(on(':param w')).toEqual([['when', 'who'], 'w']);
  });

  it('reads : inside a statement as a label, not a command', () => {
    expect(on(':Pe', 'MATCH (n')).toEqual([['Person'], 'Pe']);
  });
});
