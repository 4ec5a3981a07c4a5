// Registers the service worker the build writes (src/integrations/offline.ts) so pages once read
// stay readable without a network. Nothing here runs where service workers are unavailable.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // A site served without the worker (astro dev) works as before, online only.
  });
}
