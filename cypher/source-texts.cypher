// The stored article text of each source id (null for sources loaded from facts documents without text).
// Apart from sources-by-ids so lists of sources never carry texts of up to a megabyte nobody asked for.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s.text AS text
