// server.ts opens the store and parks the saved-reports service here (see lib/server-slot.ts).
import { serverSlot } from "../server-slot";
import type { SavedReports } from "./saved-reports";

const slot = serverSlot<SavedReports>("saved-reports");

export const installSavedReports = slot.install;

/** null when the site was not started by server.ts (then nothing can be saved or opened) */
export const savedReports = slot.get;
