import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Server-side helpers only: links are plain anchors (./link), so no page needs next-intl's
// client runtime.
export const { redirect, getPathname } = createNavigation(routing);
export { Link } from "./link";
