// The report filters: "As of" (draw the graph as it had been reported by the end of a day: the API's `asOf`)
// and "At least N sources" (`minSources`). Both go to every query the drawing comes from, and into the URL.
import { debounce, h } from './dom';
import { calendarDay, MAX_MIN_SOURCES, sourceMinimum } from './urlState';

export interface ReportSettings {
  /** YYYY-MM-DD, or undefined for "now". */
  asOf?: string;
  /** 2 or more, or undefined for any number of sources. */
  minSources?: number;
}

export interface ReportFilters {
  readonly element: HTMLElement;
  selected(): ReportSettings;
  set(settings: ReportSettings): void;
}

export function createReportFilters(onChange: () => void): ReportFilters {
  const asOf = h('input', { type: 'date', id: 'as-of', 'aria-describedby': 'as-of-hint' });
  const minSources = h('input', { type: 'number', id: 'min-sources', 'aria-label': 'At least this many sources', min: '1', max: String(MAX_MIN_SOURCES), step: '1', value: '1', inputmode: 'numeric' });
  const clear = h('button', { type: 'button', id: 'as-of-clear' }, 'Now');
  asOf.addEventListener('change', onChange);
  // While typing a number, wait for a pause; a date input only changes once the day is complete.
  minSources.addEventListener('input', debounce(400, onChange));
  clear.addEventListener('click', () => {
    if (!asOf.value) return;
    asOf.value = '';
    onChange();
  });

  return {
    element: h('div', { class: 'report-filters' },
      h('div', { class: 'as-of-row' }, h('label', { for: 'as-of' }, 'As of'), asOf, clear),
      h('p', { class: 'hint', id: 'as-of-hint' }, 'Only what had been reported by the end of that day; live updates pause.'),
      h('div', { class: 'min-sources-row' }, h('span', { 'aria-hidden': 'true' }, 'At least'), minSources, h('span', { 'aria-hidden': 'true' }, 'sources'))),
    selected() {
      return { asOf: calendarDay(asOf.value || null), minSources: sourceMinimum(minSources.value || null) };
    },
    set(settings) {
      asOf.value = settings.asOf ?? '';
      minSources.value = String(settings.minSources ?? 1);
    },
  };
}
