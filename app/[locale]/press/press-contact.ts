import { z } from "zod";

/**
 * The media contact shown on the press and partners pages. Set PRESS_CONTACT_EMAIL in
 * production; the default is a reserved .example address, so an unset variable never sends
 * a journalist's mail to a stranger.
 */
const schema = z.email().default("press@secure-your-server.example");

const parsed = schema.safeParse(process.env.PRESS_CONTACT_EMAIL?.trim() || undefined);
if (!parsed.success) {
  throw new Error(
    `PRESS_CONTACT_EMAIL is not a valid e-mail address: ${process.env.PRESS_CONTACT_EMAIL}`,
  );
}

export const pressContactEmail: string = parsed.data;
