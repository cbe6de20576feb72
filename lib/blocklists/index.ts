// What the engine asks of this module: every curated list and the reverse DNS of one address.
import type { BlocklistResult, ReverseDns } from "./lookup";
import { lookupBlocklists, lookupReverseDns } from "./lookup";
import { BLOCKLISTS } from "./lists";

export type { BlocklistResult, BlocklistStatus, ReverseDns } from "./lookup";

export async function checkBlocklists(ip: string, { resolvers }: { resolvers: string[] }): Promise<{ blocklists: BlocklistResult[]; reverseDns: ReverseDns | null }> {
  const [blocklists, reverseDns] = await Promise.all([lookupBlocklists(ip, BLOCKLISTS, { resolvers }), lookupReverseDns(ip, { resolvers })]);
  return { blocklists, reverseDns };
}
