// Records whether the page came back from the back-forward cache (the page test reads it).
window.addEventListener('pageshow', (event) => {
  document.body.dataset.restored = String(event.persisted);
});
