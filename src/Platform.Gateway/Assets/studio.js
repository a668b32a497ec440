// The studio's one script (a module, served by the app, allowed by the CSP's script-src 'self').
// Progressive enhancement only: every page works without it.
// - The "visitors now" figure refreshes every 30 seconds.
const live = document.querySelector('[data-realtime]');
if (live) {
  const url = live.getAttribute('data-realtime');
  const refresh = async () => {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok) {
        const value = await response.json();
        if (typeof value === 'number') {
          live.textContent = value.toLocaleString(document.documentElement.lang || undefined);
        }
      }
    } catch {
      // Offline or signed out: keep the last figure.
    }
  };
  setInterval(refresh, 30000);
}
