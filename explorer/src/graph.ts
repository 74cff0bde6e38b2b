// The drawing: entities as nodes shaped and coloured by kind, relationships as labelled arrows coloured by
// quad class. Keeps the GraphQL objects on the elements so clicks can show their details.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { EntityFieldsFragment, RelationshipFieldsFragment } from '../generated/graphql';
import { layoutFresh, layoutFromHere } from './layout';
import { DISPUTED_COLOR, EDGE_LOOKS, type EdgeClass, edgeLabel, KIND_LOOKS, PATH_COLOR } from './palette';

const MAX_FIT_ZOOM = 1.25;

export type Entity = EntityFieldsFragment;
export type Relationship = RelationshipFieldsFragment;

export interface GraphView {
  /** The cytoscape instance, for tests and the console. */
  readonly cy: Core;
  /** Draws exactly these elements, `focus` marked as the centre. */
  replace(entities: Entity[], relationships: Relationship[], focus: string): void;
  /** Adds elements not drawn yet, placing new nodes around `around`, and lays the drawing out again. */
  merge(entities: Entity[], relationships: Relationship[], around: string): void;
  /** Highlights a path and dims everything else; an empty path clears the highlight. */
  highlight(nodeIds: string[], relationshipIds: string[]): void;
  /** Selects these elements (a relationship and its parallel quotes' facts) and brings the first into view. */
  select(...ids: string[]): void;
  /** Marks entities that are not in the graph yet (a preview): dashed outline and "new" in the label. */
  markNew(ids: string[]): void;
  entity(id: string): Entity | undefined;
  relationship(id: string): Relationship | undefined;
  relationships(): Relationship[];
  onEntity(handler: (entity: Entity) => void): void;
  onRelationship(handler: (relationship: Relationship) => void): void;
  onBackground(handler: () => void): void;
}

function style(): StylesheetJson {
  const kinds = Object.entries(KIND_LOOKS).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  const classes = Object.entries(EDGE_LOOKS).map(([edgeClass, look]) => ({
    selector: `edge[edgeClass = "${edgeClass}"]`,
    style: { 'line-color': look.color, 'target-arrow-color': look.color, color: look.color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', width: 34, height: 34, 'font-size': 13, 'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '120px',
        'text-outline-color': '#ffffff', 'text-outline-width': 2, color: '#1d2330', 'border-width': 2, 'border-color': '#ffffff',
      },
    },
    ...kinds,
    { selector: 'node.focus', style: { width: 48, height: 48, 'border-width': 4, 'border-color': '#1d2330', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)', width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1,
        'font-size': 11, 'font-family': 'system-ui, sans-serif', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px',
      },
    },
    ...classes,
    // More sources, a thicker line (1 source: 2 px … 5 or more: 6 px).
    { selector: 'edge[sourceCount]', style: { width: 'mapData(sourceCount, 1, 5, 2, 6)' } },
    // Disputed: dashed, and a "?" in the label, so it does not rest on colour.
    { selector: 'edge.disputed', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4], 'source-arrow-shape': 'tee', 'source-arrow-color': DISPUTED_COLOR } },
    { selector: 'node.new', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#1d2330' } },
    { selector: ':selected', style: { 'overlay-color': '#1d2330', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: 'node.on-path', style: { 'border-color': PATH_COLOR, 'border-width': 5 } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, color: PATH_COLOR, 'z-index': 10 } },
  ];
}

export function createGraphView(container: HTMLElement, edgeClassOf: (type: string) => EdgeClass): GraphView {
  const cy = cytoscape({ container, style: style(), minZoom: 0.2, maxZoom: 3, selectionType: 'single', boxSelectionEnabled: false });

  const nodeDefinition = (entity: Entity): ElementDefinition => ({ group: 'nodes', data: { id: entity.id, label: entity.name, kind: entity.kind, entity } });
  const edgeDefinition = (r: Relationship): ElementDefinition => ({
    group: 'edges',
    data: {
      id: r.id, source: r.from.id, target: r.to.id, label: edgeLabel(r), type: r.type, edgeClass: edgeClassOf(r.type),
      sourceCount: r.sourceCount, relationship: r,
    },
    classes: r.disputedBy.length > 0 ? ['disputed'] : [],
  });

  // Edges whose ends are not both drawn would make cytoscape throw; the server sends consistent data, but be sure.
  const drawable = (relationships: Relationship[]) => relationships.filter((r) => !cy.getElementById(r.id).nonempty() && cy.getElementById(r.from.id).nonempty() && cy.getElementById(r.to.id).nonempty());

  // Fitting a handful of nodes would blow them up to poster size.
  const capZoom = () => {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };

  return {
    cy,
    replace(entities, relationships, focus) {
      cy.batch(() => {
        cy.elements().remove();
        // In id order: the layout depends on insertion order, and the server's order is not part of the contract.
        const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        cy.add(sorted.map(nodeDefinition));
        cy.add(drawable([...relationships].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))).map(edgeDefinition));
        cy.getElementById(focus).addClass('focus');
      });
      layoutFresh(cy);
      capZoom();
    },
    merge(entities, relationships, around) {
      const centre = cy.getElementById(around);
      const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
      const fresh = entities.filter((e) => cy.getElementById(e.id).empty());
      const freshEdges = () => drawable(relationships);
      // Nothing new: keep the drawing still rather than shuffle what the user is looking at.
      if (fresh.length === 0 && freshEdges().length === 0) return;
      cy.batch(() => {
        // New nodes start on a small circle around the expanded node so the layout unfolds from there.
        cy.add(fresh.map((entity, i) => {
          const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
          return { ...nodeDefinition(entity), position: { x: origin.x + 80 * Math.cos(angle), y: origin.y + 80 * Math.sin(angle) } };
        }));
        cy.add(freshEdges().map(edgeDefinition));
      });
      layoutFromHere(cy);
      capZoom();
    },
    highlight(nodeIds, relationshipIds) {
      cy.batch(() => {
        cy.elements().removeClass('on-path dimmed');
        if (nodeIds.length === 0) return;
        const onPath = cy.collection();
        for (const id of [...nodeIds, ...relationshipIds]) onPath.merge(cy.getElementById(id));
        onPath.addClass('on-path');
        cy.elements().difference(onPath).addClass('dimmed');
      });
    },
    select(...ids) {
      cy.elements().unselect();
      for (const id of ids) cy.getElementById(id).select();
      const first = cy.getElementById(ids[0] ?? '');
      if (first.nonempty() && ids.length > 0) {
        // Only move the drawing when the element is out of sight.
        const box = first.renderedBoundingBox({});
        if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(first);
      }
    },
    markNew(ids) {
      cy.batch(() => {
        for (const id of ids) {
          const node = cy.getElementById(id);
          if (node.empty()) continue;
          node.addClass('new');
          node.data('label', `${(node.data('entity') as Entity).name} (new)`);
        }
      });
    },
    entity: (id) => cy.getElementById(id).data('entity') as Entity | undefined,
    relationship: (id) => cy.getElementById(id).data('relationship') as Relationship | undefined,
    relationships: () => cy.edges().map((edge) => edge.data('relationship') as Relationship),
    onEntity(handler) {
      cy.on('tap', 'node', (event) => handler(event.target.data('entity') as Entity));
    },
    onRelationship(handler) {
      cy.on('tap', 'edge', (event) => handler(event.target.data('relationship') as Relationship));
    },
    onBackground(handler) {
      cy.on('tap', (event) => { if (event.target === cy) handler(); });
    },
  };
}
