// robots.txt read as RFC 9309 says: the group naming our product token (else `*`), its Allow/Disallow rules with
// `*` and `$`, the longest matching rule wins and Allow wins a tie. Small enough to keep here rather than depend on.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/** The rules in `text` for the crawler named `token` (lower case, e.g. `newsgraph`). */
export function robotsRules(text: string, token: string): RobotsRules {
  const groups: Array<{ agents: string[]; rules: RobotsRules }> = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let inAgents = false;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const field = match[1].toLowerCase();
    const value = (match[2] ?? '').trim();
    if (field === 'user-agent') {
      if (!current || !inAgents) groups.push(current = { agents: [], rules: { allow: [], disallow: [] } });
      current.agents.push(value.toLowerCase());
      inAgents = true;
    } else if ((field === 'allow' || field === 'disallow') && current) {
      inAgents = false;
      if (value !== '') current.rules[field].push(value);
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.rules.allow), disallow: chosen.flatMap((g) => g.rules.disallow) };
}

function pattern(rule: string): RegExp {
  const anchored = rule.endsWith('$');
  const body = (anchored ? rule.slice(0, -1) : rule).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Whether `pathAndQuery` (`/news/a?x=1`) may be fetched under `rules`. */
export function robotsAllow(rules: RobotsRules, pathAndQuery: string): boolean {
  const longest = (list: string[]) => Math.max(-1, ...list.filter((r) => pattern(r).test(pathAndQuery)).map((r) => r.length));
  const allowed = longest(rules.allow);
  const disallowed = longest(rules.disallow);
  return disallowed < 0 || allowed >= disallowed;
}
