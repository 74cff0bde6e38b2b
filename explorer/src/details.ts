// The details panel: what a clicked entity is, or where a clicked relationship comes from (its quotes).
import type { RelationshipTypesQuery } from '../generated/graphql';
import { paragraphAround, placeQuote } from './articleText';
import { h } from './dom';
import type { Entity, Relationship } from './graph';
import { KIND_LOOKS, typeLabel } from './palette';

export type TypeInfo = RelationshipTypesQuery['relationshipTypes'][number];

/** A quote with its source: supporting (`sources`, with a span) or disputing (`disputedBy`, placed by first occurrence). */
type Provenance = Relationship['sources'][number] | Relationship['disputedBy'][number];

export interface EntityActions {
  expand(entity: Entity): void;
  focus(entity: Entity): void;
  pathFrom(entity: Entity): void;
}

function field(term: string, ...values: Array<Node | string>): Node[] {
  return [h('dt', {}, term), h('dd', {}, ...values)];
}

function button(label: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', action);
  return element;
}

export function entityDetails(entity: Entity, actions: EntityActions, isFocus: boolean): HTMLElement {
  const roles = 'roles' in entity ? entity.roles : [];
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  return h('article', { class: 'entity-details', 'data-id': entity.id },
    h('h2', {}, entity.name),
    h('p', { class: 'badge-line' }, h('span', { class: `kind-dot kind-${entity.kind}` }), h('span', { class: 'kind' }, KIND_LOOKS[entity.kind].label), h('code', {}, entity.id)),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    h('dl', {},
      ...(aliases.length ? field('Also called', aliases.join(', ')) : []),
      ...(roles.length ? field('Roles', roles.join(', ')) : []),
    ),
    h('div', { class: 'actions' },
      button('Expand neighbours', () => actions.expand(entity), { 'data-action': 'expand' }),
      isFocus ? null : button('Centre here', () => actions.focus(entity), { 'data-action': 'focus' }),
      button('Path from here', () => actions.pathFrom(entity), { 'data-action': 'path-from' }),
    ),
  );
}

/** How details reach the articles behind quotes: their texts (cached by the caller) and the article view. */
export interface ArticleLinks {
  textOf(sourceId: string): Promise<string | null>;
  /** The article view's address; null while the source is only previewed (not stored, so no view yet). */
  href(sourceId: string): string | null;
  open(sourceId: string, relationshipId: string): void;
}

/**
 * Once the source's text is known, the quote is shown inside its paragraph (the quote as a <mark>) with a link
 * to the article view; without a text, or when the quote cannot be found in it, the quote stays as it is.
 */
function showInContext(item: HTMLElement, relationshipId: string, provenance: Provenance, links: ArticleLinks): void {
  const { quote, source } = provenance;
  const span = 'span' in provenance ? provenance.span : null;
  links.textOf(source.id).then((text) => {
    const at = text === null ? null : placeQuote(text, quote, span);
    if (text === null || at === null || !item.isConnected) return;
    const paragraph = paragraphAround(text, at);
    item.querySelector('blockquote')?.replaceChildren(
      text.slice(paragraph.start, at.start), h('mark', {}, text.slice(at.start, at.end)), text.slice(at.end, paragraph.end));
    const href = links.href(source.id);
    if (href === null) return;
    const open = h('a', { href, class: 'open-article', 'data-source': source.id }, 'Read it in the article');
    open.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      links.open(source.id, relationshipId);
    });
    item.querySelector('.cite')?.append(' · ', open);
  }, () => { /* the quote alone is still shown */ });
}

/** One quote with its source, shown in its paragraph once the source's text is known. */
function provenanceItem(relationshipId: string, provenance: Provenance, links: ArticleLinks | undefined): HTMLElement {
  const { quote, source } = provenance;
  const item = h('li', { 'data-source': source.id },
    h('blockquote', {}, quote),
    h('p', { class: 'cite' }, '— ',
      /^https?:\/\//.test(source.url ?? '') ? h('a', { href: source.url ?? '', rel: 'noopener noreferrer', target: '_blank' }, source.title) : h('cite', {}, source.title),
      source.publisher ? `, ${source.publisher}` : ''));
  if (links) showInContext(item, relationshipId, provenance, links);
  return item;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** “Supported by 3 sources from 2 publishers, first reported 2025-07-10.” */
export function corroboration(relationship: Relationship): string {
  const { sourceCount, publisherCount, firstReported } = relationship;
  const reported = firstReported ? `, first reported ${firstReported}` : '';
  return `Supported by ${plural(sourceCount, 'source')} from ${plural(publisherCount, 'publisher')}${reported}.`;
}

export function relationshipDetails(relationship: Relationship, nameOf: (id: string) => string, info: TypeInfo | undefined, links?: ArticleLinks): HTMLElement {
  const dates = [relationship.since && `since ${relationship.since}`, relationship.until && `until ${relationship.until}`].filter(Boolean).join(', ');
  const disputed = relationship.disputedBy;
  return h('article', { class: 'relationship-details', 'data-id': relationship.id, 'data-disputed': disputed.length > 0 ? 'true' : 'false' },
    h('h2', {}, `${nameOf(relationship.from.id)} `, h('span', { class: 'rel-type' }, typeLabel(relationship.type)), ` ${nameOf(relationship.to.id)}`),
    info ? h('p', { class: 'description' }, info.description.replace(/`/g, '')) : null,
    h('p', { class: 'corroboration' }, corroboration(relationship)),
    disputed.length > 0 ? h('p', { class: 'disputed-note' }, h('strong', {}, 'Disputed'), ` by ${plural(disputed.length, 'quote')}: see below.`) : null,
    h('dl', {},
      ...field('Type', h('code', {}, relationship.type)),
      ...(info?.cameoCode ? field('CAMEO', `${info.cameoCode}${info.cameoLabel ? ` ${info.cameoLabel}` : ''}`) : []),
      ...(dates ? field('When', dates) : []),
      ...(relationship.confidence !== null ? field('Confidence', relationship.confidence.toFixed(2)) : []),
    ),
    h('h3', {}, relationship.sources.length === 1 ? 'Source' : `Sources (${relationship.sources.length})`),
    h('ol', { class: 'provenance' }, ...relationship.sources.map((p) => provenanceItem(relationship.id, p, links))),
    disputed.length > 0 ? h('h3', { class: 'disputed-heading' }, `Disputed by (${disputed.length})`) : null,
    disputed.length > 0 ? h('ol', { class: 'provenance disputed-by' }, ...disputed.map((p) => provenanceItem(relationship.id, p, links))) : null,
  );
}

export function emptyDetails(): HTMLElement {
  return h('p', { class: 'hint' }, 'Click an entity for its details, or a relationship for the quotes that support it.');
}
