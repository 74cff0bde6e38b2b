// Relationship-type filters: one checkbox per type of the vocabulary (from `relationshipTypes`), grouped
// by quad class. The checked set is passed as `types` to every query the explorer draws from.
import { h } from './dom';
import type { TypeInfo } from './details';
import { EDGE_LOOKS, type EdgeClass, typeLabel } from './palette';

export interface TypeFilters {
  readonly element: HTMLElement;
  /** The checked types, or null when all are checked (no filter). */
  selected(): string[] | null;
  set(types: string[] | null): void;
}

export function createTypeFilters(types: TypeInfo[], onChange: () => void): TypeFilters {
  const boxes = new Map<string, HTMLInputElement>();
  const groups = (Object.keys(EDGE_LOOKS) as EdgeClass[]).map((edgeClass) => {
    const members = types.filter((t) => (t.quadClass ?? 'STRUCTURAL') === edgeClass);
    if (members.length === 0) return null;
    return h('fieldset', { class: `filter-group edge-${edgeClass}` },
      h('legend', {}, EDGE_LOOKS[edgeClass].label),
      ...members.map((info) => {
        const box = h('input', { type: 'checkbox', value: info.type, checked: '' });
        box.addEventListener('change', onChange);
        boxes.set(info.type, box);
        return h('label', { title: info.description.replace(/`/g, '') }, box, typeLabel(info.type));
      }));
  });
  const setAll = (checked: boolean) => () => {
    for (const box of boxes.values()) box.checked = checked;
    onChange();
  };
  const all = h('button', { type: 'button' }, 'All');
  all.addEventListener('click', setAll(true));
  const none = h('button', { type: 'button' }, 'None');
  none.addEventListener('click', setAll(false));

  return {
    element: h('div', { class: 'filters' }, h('div', { class: 'filter-buttons' }, all, none), ...groups),
    selected() {
      const checked = [...boxes.values()].filter((box) => box.checked).map((box) => box.value);
      return checked.length === boxes.size ? null : checked;
    },
    set(selection) {
      for (const [type, box] of boxes) box.checked = selection === null || selection.includes(type);
    },
  };
}
