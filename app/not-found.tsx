import { routing } from "@/i18n/routing";

// Only reached for paths outside the locale routing (the proxy prefixes everything else).
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
          <h1>Page not found</h1>
          <p>
            <a href={`/${routing.defaultLocale}`}>Go to the start page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
