// A search-backed entity input: suggestions from the `search` query as you type (debounced), picked by
// mouse or keyboard. Follows the ARIA combobox pattern so it works without a mouse.
import { debounce, h } from './dom';
import type { Entity } from './graph';
import { KIND_LOOKS } from './palette';

export interface PickerOptions {
  label: string;
  placeholder: string;
  search: (text: string, signal: AbortSignal) => Promise<Entity[]>;
  onPick: (entity: Entity) => void;
  onError: (error: unknown) => void;
}

export interface EntityPicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The entity picked last, or shown by the caller. */
  value(): Entity | null;
  show(entity: Entity | null): void;
}

const DEBOUNCE_MS = 180;
const MIN_CHARS = 2;
let pickers = 0;

export function createEntityPicker(options: PickerOptions): EntityPicker {
  const listId = `suggestions-${++pickers}`;
  const input = h('input', {
    type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: options.placeholder, autocomplete: 'off', spellcheck: 'false', 'aria-label': options.label,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: '' });
  const element = h('div', { class: 'picker' }, input, list);

  let picked: Entity | null = null;
  let suggestions: Entity[] = [];
  let active = -1;
  let inFlight: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (entity: Entity) => {
    picked = entity;
    input.value = entity.name;
    close();
    options.onPick(entity);
  };

  const render = (found: Entity[], text: string) => {
    suggestions = found;
    list.replaceChildren(
      ...(found.length === 0
        ? [h('li', { class: 'empty' }, `Nothing found for “${text}”`)]
        : found.map((entity, i) => {
            const option = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': entity.id },
              h('span', { class: `kind-dot kind-${entity.kind}` }),
              h('span', { class: 'name' }, entity.name),
              h('span', { class: 'kind' }, KIND_LOOKS[entity.kind].label));
            // mousedown, not click: it fires before the input's blur closes the list.
            option.addEventListener('mousedown', (event) => { event.preventDefault(); pick(entity); });
            return option;
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };

  const suggest = debounce(DEBOUNCE_MS, async (text: string) => {
    inFlight?.abort();
    if (text.length < MIN_CHARS) return close();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const found = await options.search(text, controller.signal);
      if (inFlight === controller && input.value.trim() === text) render(found, text);
    } catch (error) {
      if (!controller.signal.aborted) options.onError(error);
    }
  });

  input.addEventListener('input', () => {
    if (picked && input.value !== picked.name) picked = null;
    suggest(input.value.trim());
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && suggestions.length > 0;
    if (event.key === 'ArrowDown' && open) setActive((active + 1) % suggestions.length);
    else if (event.key === 'ArrowUp' && open) setActive((active - 1 + suggestions.length) % suggestions.length);
    else if (event.key === 'Enter' && open) {
      const choice = suggestions[active] ?? suggestions[0];
      if (choice) pick(choice);
    } else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });

  return {
    element,
    input,
    value: () => picked,
    show(entity) {
      picked = entity;
      input.value = entity?.name ?? '';
    },
  };
}
