import type { ReactNode } from "react";

const MARK = /\uE000(\d+)\uE001/;

/**
 * A message whose placeholders hold addresses, links or host names, each rendered in a <bdi> so
 * it keeps its left-to-right order inside an Arabic sentence. The messages stay plain `{ip}`
 * messages (the API prints the same words as text): private-use marks stand in for the values
 * while the message is formatted, then become elements.
 */
export function withLtr(format: (marks: Record<string, string>) => string, values: Record<string, string>): ReactNode {
  const keys = Object.keys(values);
  const text = format(Object.fromEntries(keys.map((key, i) => [key, `\uE000${i}\uE001`])));
  return text.split(MARK).map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <bdi key={i} dir="ltr">
        {values[keys[Number(part)]!]}
      </bdi>
    ),
  );
}
