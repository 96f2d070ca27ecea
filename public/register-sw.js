// Registers the service worker that keeps the site working offline (README: "Clinic mode and
// offline"). A new version installs in the background and waits: it takes over on the next
// visit, once no open page still uses the old one, so a page already open never loses the
// files it was built with. A plain file rather than an inline script, so the pages'
// Content-Security-Policy needs no new hash.
/* global navigator */
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {
      // No service worker (private mode, an old browser): the site still works online.
    });
  });
}
