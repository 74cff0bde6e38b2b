// x-neo4j-bookmark without a database: the header's encoding and bounds, how a request's bookmarks move from
// write to write, and that every session a request's view of the database opens is handed them.
import type { Driver, SessionConfig } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { RequestBookmarks } from '../../src/db/bookmarks';
import { Database } from '../../src/db/database';
import { BadUserInputError } from '../../src/errors';
import { formatBookmarkHeader, parseBookmarkHeader } from '../../src/http/bookmarkHeader';

describe('parseBookmarkHeader', () => {
  test('no header is no bookmarks; items are comma-separated, trimmed, deduplicated, empties skipped', () => {
    expect(parseBookmarkHeader(undefined)).toEqual([]);
    expect(parseBookmarkHeader('')).toEqual([]);
    expect(parseBookmarkHeader('FB:a')).toEqual(['FB:a']);
    expect(parseBookmarkHeader('FB:a,FB:b/+=')).toEqual(['FB:a', 'FB:b/+=']);
    // Node joins repeated headers with ", ".
    expect(parseBookmarkHeader('FB:a, FB:b, ,FB:a')).toEqual(['FB:a', 'FB:b']);
  });

  test.each([
    ['longer than 4096 characters', 'x'.repeat(4097)],
    ['more than 16 bookmarks', Array.from({ length: 17 }, (_, i) => `b${i}`).join(',')],
    ['a space inside a bookmark', 'FB:a b'],
    ['a control character', 'FB:a\u0001'],
    ['a character outside ASCII', 'FB:\u00e9'],
  ])('refuses %s as BAD_USER_INPUT with HTTP 400', (_name, value) => {
    let thrown: unknown;
    try {
      parseBookmarkHeader(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BadUserInputError);
    expect((thrown as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect((thrown as BadUserInputError).message).toMatch(/^x-neo4j-bookmark: /);
  });

  test('what formatBookmarkHeader writes, parseBookmarkHeader reads back', () => {
    const bookmarks = ['FB:kcwQzvj1ZZtqQ7KjWn7Nvh//UAaQ', 'FB:kcwQl0y43M6iQUWUBec2/3K0uwWQ'];
    expect(formatBookmarkHeader(bookmarks)).toBe('FB:kcwQzvj1ZZtqQ7KjWn7Nvh//UAaQ,FB:kcwQl0y43M6iQUWUBec2/3K0uwWQ');
    expect(parseBookmarkHeader(formatBookmarkHeader(bookmarks))).toEqual(bookmarks);
  });
});

describe('RequestBookmarks', () => {
  test('sessions start from the client\'s bookmarks; nothing is written until a write commits', () => {
    const bookmarks = new RequestBookmarks(['c1', 'c2']);
    expect(bookmarks.forSession()).toEqual(['c1', 'c2']);
    expect(bookmarks.written()).toEqual([]);
  });

  test('a commit replaces the bookmarks its session started from; concurrent commits both stay', () => {
    const bookmarks = new RequestBookmarks(['c1']);
    bookmarks.committed(['c1'], ['w1']);
    expect(bookmarks.forSession()).toEqual(['w1']);
    expect(bookmarks.written()).toEqual(['w1']);
    bookmarks.committed(['w1'], ['w2']);
    expect(bookmarks.written()).toEqual(['w2']);
    bookmarks.committed(['w1'], ['w3']); // began alongside the write that left w2
    expect(bookmarks.written()).toEqual(['w2', 'w3']);
    expect(bookmarks.forSession()).toEqual(['w2', 'w3']);
  });
});

/** A driver that records each session's config; its sessions commit at once, a write leaving `w<n>`. */
function recordingDriver(): { driver: Driver; configs: SessionConfig[] } {
  const configs: SessionConfig[] = [];
  let writes = 0;
  const driver = {
    session(config: SessionConfig) {
      configs.push(config);
      let last: string[] = config.bookmarks === undefined ? [] : ([] as string[]).concat(config.bookmarks);
      const tx = { run: async () => ({ records: [] }) };
      return {
        executeRead: async (work: (t: typeof tx) => Promise<unknown>) => work(tx),
        executeWrite: async (work: (t: typeof tx) => Promise<unknown>) => {
          const result = await work(tx);
          writes += 1;
          last = [`w${writes}`];
          return result;
        },
        lastBookmarks: () => last,
        close: async () => undefined,
      };
    },
  };
  return { driver: driver as unknown as Driver, configs };
}

describe('a request\'s view of the database', () => {
  const config = loadConfig({});

  test('every session, read or write, loaders\' included, is opened with the request\'s bookmarks', async () => {
    const { driver, configs } = recordingDriver();
    const ctx = createContext({ config, db: new Database(driver, config.neo4j), readArticle: async () => { throw new Error('unused'); }, requestId: 'r', actor: null, bookmarks: ['c1'] });
    await ctx.db.readText('RETURN 1');
    await ctx.loaders.entityById.load('qatar');
    expect(configs.map((c) => c.bookmarks)).toEqual([['c1'], ['c1']]);
    await ctx.db.write(async () => 'done');
    expect(configs[2]).toMatchObject({ bookmarks: ['c1'], defaultAccessMode: 'WRITE' });
    // Reads after the write (a mutation's answer) wait for it too; the client is handed it.
    await ctx.db.readText('RETURN 1');
    expect(configs[3]?.bookmarks).toEqual(['w1']);
    expect(ctx.bookmarks.written()).toEqual(['w1']);
  });

  test('without a header, sessions get no bookmarks and the gauge is shared with the root database', async () => {
    const { driver, configs } = recordingDriver();
    const root = new Database(driver, config.neo4j);
    const ctx = createContext({ config, db: root, readArticle: async () => { throw new Error('unused'); }, requestId: 'r', actor: null });
    let during = -1;
    await ctx.db.write(async () => { during = root.activeSessions; });
    expect(configs[0]).not.toHaveProperty('bookmarks');
    expect(during).toBe(1);
    expect(root.activeSessions).toBe(0);
    // A write without client bookmarks still leaves one for the client.
    expect(ctx.bookmarks.written()).toEqual(['w1']);
  });
});
