// The path finder: two search-backed inputs, a button, and the found path's hops in words.
import { h } from './dom';
import type { Entity, Relationship } from './graph';
import { typeLabel } from './palette';
import { createEntityPicker, type PickerOptions } from './picker';

export interface PathStepView {
  forward: boolean;
  relationship: Relationship;
}

export interface PathFinder {
  readonly element: HTMLElement;
  setEnds(from: Entity | null, to: Entity | null): void;
  /** Fills the start when the user has not chosen one. */
  suggestStart(entity: Entity): void;
  showSteps(steps: PathStepView[], nameOf: (id: string) => string, onStep: (r: Relationship) => void): void;
  showMessage(text: string): void;
  clear(): void;
}

export function createPathFinder(
  search: PickerOptions['search'],
  onError: (error: unknown) => void,
  onFind: (from: Entity, to: Entity) => void,
  onClear: () => void,
): PathFinder {
  const noop = () => {};
  const from = createEntityPicker({ label: 'Path start', placeholder: 'From…', search, onPick: noop, onError });
  const to = createEntityPicker({ label: 'Path end', placeholder: 'To…', search, onPick: noop, onError });
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  const find = h('button', { type: 'button', id: 'find-path' }, 'Find path');
  const clear = h('button', { type: 'button', id: 'clear-path' }, 'Clear');
  find.addEventListener('click', () => {
    const start = from.value();
    const end = to.value();
    if (!start || !end) return void result.replaceChildren(h('p', { class: 'hint' }, 'Pick both ends from the suggestions.'));
    if (start.id === end.id) return void result.replaceChildren(h('p', { class: 'hint' }, 'Pick two different entities.'));
    onFind(start, end);
  });
  clear.addEventListener('click', onClear);
  from.input.id = 'path-from';
  to.input.id = 'path-to';

  return {
    element: h('div', { class: 'path-finder' }, from.element, to.element, h('div', { class: 'actions' }, find, clear), result),
    setEnds(start, end) {
      from.show(start);
      to.show(end);
    },
    suggestStart(entity) {
      if (!from.value() && from.input.value === '') from.show(entity);
    },
    showSteps(steps, nameOf, onStep) {
      result.replaceChildren(
        h('p', {}, `${steps.length} hop${steps.length === 1 ? '' : 's'}:`),
        h('ol', { class: 'path-steps' }, ...steps.map(({ forward, relationship: r }) => {
          const [start, end] = forward ? [r.from.id, r.to.id] : [r.to.id, r.from.id];
          const arrow = forward ? `— ${typeLabel(r.type)} →` : `← ${typeLabel(r.type)} —`;
          const item = h('li', {}, h('button', { type: 'button', class: 'link', 'data-id': r.id }, `${nameOf(start)} ${arrow} ${nameOf(end)}`));
          item.querySelector('button')?.addEventListener('click', () => onStep(r));
          return item;
        })),
      );
    },
    showMessage(text) {
      result.replaceChildren(h('p', { class: 'hint' }, text));
    },
    clear() {
      result.replaceChildren();
    },
  };
}
