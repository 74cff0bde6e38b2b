// Hands the client the bookmark of what its request wrote, as the `x-neo4j-bookmark` header and as
// `extensions.bookmark`, so it can send it back to any instance and read its own write (src/http/bookmarkHeader.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { BOOKMARK_HEADER, formatBookmarkHeader } from '../http/bookmarkHeader';

export function bookmarksPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const written = contextValue.bookmarks.written();
          if (written.length === 0) return;
          const bookmark = formatBookmarkHeader(written);
          response.http.headers.set(BOOKMARK_HEADER, bookmark);
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
          }
        },
      };
    },
  };
}
