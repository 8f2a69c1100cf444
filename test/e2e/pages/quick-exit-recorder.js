// Records, in sessionStorage (which survives the same-origin navigation), what the page looked
// like when the quick exit event fired: the test reads it on the page it lands on.
window.addEventListener('hearth-quick-exit', (event) => {
  sessionStorage.setItem(
    'quick-exit',
    JSON.stringify({
      detail: event.detail,
      display: getComputedStyle(document.documentElement).display,
    }),
  );
});
