// Words the self-test pages use, read from the catalogues so tests follow the copy.
import { readFileSync } from "node:fs";

type Tree = { [key: string]: Tree | string };

export function message(locale: string, path: string): string {
  const tree = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;
  const value = path.split(".").reduce<Tree | string | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), tree);
  if (typeof value !== "string") throw new Error(`no message ${locale}:${path}`);
  return value;
}
