/**
 * Turns the templates into concrete operations, once, before the run: each question is asked of
 * our server and of the anchor; a paged question's next pages are asked with the cursor each
 * server gave for the page before (our keyset cursors for ours, the anchor's own offset cursors for
 * the anchor), up to `maxPages` pages. So a fixed sequence carries fixed cursors, and every
 * operation has answered without errors on both servers before it is measured. The same pass
 * compares the answers where the anchor answers the same question. Without an anchor, only our
 * side is resolved (the anchor's requests are then not meant to be sent).
 */
import { post, type Answer } from '../gql';
import type { AnchorRole, Kind, Req, Template } from './templates';

export interface Operation {
  readonly kind: Kind;
  readonly label: string;
  readonly role: AnchorRole;
  readonly ours: Req;
  readonly anchor: Req;
  /** same / different (answers compared), or not compared (a stand-in). */
  readonly check: 'same' | 'different' | 'not compared';
}

export interface Resolved {
  readonly operations: Operation[];
  /** Answers that differ, and next pages one server has and the other has not. */
  readonly differences: string[];
  /** Operations one server answered with errors (left out of the mix). */
  readonly errors: string[];
}

/** Asks every template's pages of both servers (`concurrency` templates at a time). */
export async function resolveOperations(templates: readonly Template[], servers: { ours: string; anchor?: string }, options: { maxPages?: number; concurrency?: number } = {}): Promise<Resolved> {
  const maxPages = options.maxPages ?? 4;
  const results: { operations: Operation[]; differences: string[]; errors: string[] }[] = new Array(templates.length);
  let next = 0;
  const worker = async () => {
    while (next < templates.length) {
      const i = next++;
      results[i] = await resolveTemplate(templates[i], servers, maxPages);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return {
    operations: results.flatMap((r) => r.operations),
    differences: results.flatMap((r) => r.differences),
    errors: results.flatMap((r) => r.errors),
  };
}

async function resolveTemplate(t: Template, servers: { ours: string; anchor?: string }, maxPages: number) {
  const operations: Operation[] = [];
  const differences: string[] = [];
  const errors: string[] = [];
  let afterOurs: string | null = null;
  let afterAnchor: string | null = null;
  for (let page = 1; page <= maxPages; page++) {
    const label = t.paged ? `${t.label} page ${page}` : t.label;
    const ours = t.ours(afterOurs);
    const anchor = t.anchor(afterAnchor);
    // Without an anchor (bench:scale, bench:soak measure ours alone) its side is left unresolved.
    const [o, a] = await Promise.all([post(servers.ours, ours), servers.anchor ? post(servers.anchor, anchor) : ({ status: 0, data: null } as Answer)]);
    if (!servers.anchor) {
      if (o.errors || !o.data) {
        errors.push(`${label} (ours): ${JSON.stringify(o.errors ?? o).slice(0, 300)}`);
        break;
      }
      operations.push({ kind: t.kind, label, role: t.role, ours, anchor, check: 'not compared' });
      const po = t.paged?.ours(o.data);
      if (!po?.hasNextPage) break;
      afterOurs = po.endCursor;
      continue;
    }
    if (o.errors || !o.data) errors.push(`${label} (ours): ${JSON.stringify(o.errors ?? o).slice(0, 300)}`);
    if (a.errors || !a.data) errors.push(`${label} (anchor): ${JSON.stringify(a.errors ?? a).slice(0, 300)}`);
    if (o.errors || !o.data || a.errors || !a.data) break;
    let check: Operation['check'] = 'not compared';
    if (t.role === 'same' && t.compare) {
      const c = t.compare(o.data, a.data);
      check = c.same ? 'same' : 'different';
      if (!c.same) differences.push(`${label}: ${c.what}`);
    }
    operations.push({ kind: t.kind, label, role: t.role, ours, anchor, check });
    if (!t.paged) break;
    const po = t.paged.ours(o.data);
    const pa = t.paged.anchor(a.data);
    if (po.hasNextPage !== pa.hasNextPage) differences.push(`${label}: a next page on ${po.hasNextPage ? 'ours' : 'the anchor'} only`);
    if (!po.hasNextPage || !pa.hasNextPage) break;
    afterOurs = po.endCursor;
    afterAnchor = pa.endCursor;
  }
  return { operations, differences, errors };
}
