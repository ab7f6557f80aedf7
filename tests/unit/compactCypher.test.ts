import { compactCypher, CypherRegistry } from '../../src/db/cypherRegistry';

test('comments, indentation and blank lines go; code, line breaks and quoted text stay', () => {
  const text = [
    '// What it reads.',
    'MATCH (n:Measure)   // a trailing comment',
    '',
    '  WHERE n.url = "http://example.org/a//b" AND n.note = \'it\\\'s // not a comment\'',
    '    /* a block',
    '       comment */ RETURN n.`odd//name` AS x',
  ].join('\n');
  expect(compactCypher(text)).toBe(['MATCH (n:Measure)', 'WHERE n.url = "http://example.org/a//b" AND n.note = \'it\\\'s // not a comment\'', 'RETURN n.`odd//name` AS x'].join('\n'));
});

test('every query of the registry is sent without its comments', () => {
  const registry = new CypherRegistry();
  for (const name of registry.names()) {
    const text = registry.get(name);
    expect({ name, comment: /^\s*\/\//mu.test(text) }).toEqual({ name, comment: false });
    expect(text.length).toBeGreaterThan(10);
  }
  expect(registry.get('read/graphHop').length).toBeLessThan(2_400);
});
