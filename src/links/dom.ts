// The little of the DOM the link reader uses, typed here so the service's code needs no DOM library types: the
// documents come from linkedom (extractText.ts), which implements these.

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;
