// The little of jsdom eval/links.ts uses (jsdom is a dev dependency there only, to compare extractors). Its own
// types (@types/jsdom) pull the DOM library into every project and clash with Node's stream types.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    window: { document: unknown };
  }
}
