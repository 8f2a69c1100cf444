// Loaded first (a classic script, before any module) by the pages of test/e2e/promises/: records
// CSP violations and uncaught page errors in the page itself, the same way in every engine (a
// WebDriver classic session has no init scripts). The tests read window.__hearthRecord.
(() => {
  const record = { violations: [], errors: [] };
  window.__hearthRecord = record;
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample} (${event.sourceFile}:${event.lineNumber})`);
  });
  window.addEventListener('error', (event) => {
    // A resource that failed to load fires a non-bubbling error event on its element, not here.
    record.errors.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    record.errors.push(`unhandledrejection: ${reason && reason.message ? reason.message : String(reason)}`);
  });
})();
