// Whether the graph holds any merged duplicate's id: bulk ingest then writes one batch at a time, since a batch
// naming a merged id and one naming the entity it became would not be seen to meet (src/facts/disjointBatches.ts).
RETURN EXISTS { MATCH (:MergedId) } AS any
