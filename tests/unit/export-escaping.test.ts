// The escaping each export format needs, proven with the same real parsers the integration test uses: CSV
// (RFC 4180 and the formula-injection guard) and XML text and attributes (markup, forbidden characters).
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvCell, csvRow, guardFormulas } from '../../src/export/csv';
import { xmlAttribute, xmlText } from '../../src/export/graphml';

const NASTY = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'crlf\r\nend', ' padded ', 'ünïcødé 🚀', '"', ',', ''];

describe('csvCell and csvRow', () => {
  test('fields are quoted only when they hold a quote, a comma or a line break; quotes are doubled', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  test('a row ends with CRLF and parses back to the same fields', () => {
    const row = csvRow(NASTY);
    expect(row.endsWith('\r\n')).toBe(true);
    expect(parseCsv(row + row)).toEqual([NASTY, NASTY]);
  });

  test('cells starting with = + - @ tab or carriage return get a leading apostrophe (formula-injection guard)', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")']) {
      expect(parseCsv(csvRow([value]))).toEqual([[`'${value}`]]);
    }
    expect(csvCell('a=b')).toBe('a=b');
  });

  // Hostile cells and what the guard makes of them: an apostrophe at the start and after every , ; | tab CR LF
  // where a formula could begin (past spaces and double quotes), and before an apostrophe already there.
  const HOSTILE: Array<[string, string]> = [
    ['x;=cmd|\' /C calc\'!A0', "x;'=cmd|'' /C calc'!A0"],
    ['x,=1+1', "x,'=1+1"],
    ['x|@SUM(A1)', "x|'@SUM(A1)"],
    ['x\t+1', "x\t'+1"],
    ['x\r\n-1', "x\r\n'-1"],
    ['x; =1', "x;' =1"],
    ['x;"=1"', 'x;\'"=1"'],
    [' =1', "' =1"],
    ['"=1', '\'"=1'],
    ['a;b;=c;+d', "a;b;'=c;'+d"],
    [';;=1', ";;'=1"],
    ['=1;=2', "'=1;'=2"],
    ["'=1", "''=1"],
    ["x;'y", "x;''y"],
    ['x\t', 'x\t'],
    ['a - b', 'a - b'],
    ['e-mail @home', 'e-mail @home'],
    ["it's fine", "it's fine"],
    ['x;y', 'x;y'],
  ];

  test.each(HOSTILE)('guardFormulas(%j) is %j', (value, guarded) => {
    expect(guardFormulas(value)).toBe(guarded);
  });

  test('after the guard, no boundary is followed by a formula character; removing its apostrophes gives the value back', () => {
    const unguard = (text: string) => text.replace(/(^|[,;|\t\r\n])'/g, '$1');
    for (const [value] of [...HOSTILE, ...NASTY.map((v) => [v, v] as const)]) {
      const cell = (parseCsv(csvRow([value])) as string[][])[0]?.[0];
      expect(cell).toBeDefined();
      expect(cell).not.toMatch(/(^|[,;|\t\r\n])[ "]*[=+\-@]/);
      expect(unguard(cell ?? '')).toBe(value);
    }
  });
});

describe('xmlText and xmlAttribute', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text', parseTagValue: false, parseAttributeValue: false, htmlEntities: true, trimValues: false });
  const roundTrip = (value: string) => {
    const xml = `<r a="${xmlAttribute(value)}">${xmlText(value)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const r = parser.parse(xml).r;
    return typeof r === 'object' ? { attribute: String(r.a), text: String(r.text ?? '') } : { attribute: '', text: String(r) };
  };

  test('markup characters and quotes survive in text and attributes', () => {
    for (const value of ['A & B', '<script>alert(1)</script>', 'say "hi" it\'s', 'a]]>b', 'two\nlines\ttab']) {
      expect(roundTrip(value)).toEqual({ attribute: value, text: value });
    }
  });

  test('characters XML 1.0 forbids are removed, so the document stays readable', () => {
    expect(xmlText('bell\u0007 null\u0000 esc\u001b ok')).toBe('bell null esc ok');
    expect(xmlText('lone \uD800 surrogate, pair 🚀')).toBe('lone  surrogate, pair 🚀');
    expect(xmlAttribute('\uFFFEx\uFFFF')).toBe('x');
    expect(roundTrip('a\u0001b')).toEqual({ attribute: 'ab', text: 'ab' });
  });

  test('attribute values keep tabs and line breaks as character references', () => {
    expect(xmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });
});
