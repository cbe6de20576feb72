// Links are plain server-rendered anchors (./link): importing next-intl's createNavigation here
// would put its client Link, and with it next-intl's client runtime, on every page.
export { Link } from "./link";
