// The drawing as a table, for screen readers and keyboards (a canvas says nothing to either).
import { h } from './dom';
import type { Relationship } from './graph';
import { typeLabel } from './palette';

export function renderRelationshipTable(
  body: HTMLTableSectionElement,
  relationships: Relationship[],
  nameOf: (id: string) => string,
  onPick: (relationship: Relationship) => void,
): void {
  body.replaceChildren(...relationships.map((r) => {
    const open = h('button', { type: 'button', class: 'link', 'data-id': r.id }, typeLabel(r.type));
    open.addEventListener('click', () => onPick(r));
    return h('tr', {}, h('td', {}, nameOf(r.from.id)), h('td', {}, open), h('td', {}, nameOf(r.to.id)), h('td', {}, r.disputedBy.length > 0 ? `${r.sourceCount} (disputed)` : String(r.sourceCount)));
  }));
}
