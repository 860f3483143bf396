// The playground's service worker: the page works offline once loaded.
// Every file of the page is fetched from the network first, so a rebuilt
// influencekit.wasm shows up on the next load, and copied into a cache
// that answers when the network (or the playground server) is gone.

const cacheName = "influencekit-playground";
const files = [
  "./", "favicon.svg", "playground.css", "playground.js", "influencekit.js", "influencekit-worker.js", "wasm_exec.js", "influencekit.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // Only the page's own files: anything else on this origin (another
  // program served on the same port later) goes to the network untouched.
  const page = files.map((f) => new URL(f, self.registration.scope).href);
  if (request.method !== "GET" || !page.includes(request.url)) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(cacheName).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request).then((cached) => cached ?? Response.error())),
  );
});
