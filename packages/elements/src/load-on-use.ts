/**
 * The URL of the module a failed `import()` names, when the engine names it (Chromium and Firefox
 * do; WebKit does not, and needs no new URL), and only on the origin of Hearth's own modules.
 */
function failedModuleUrl(error: unknown): URL | undefined {
  const named = error instanceof Error ? /\b(https?:\/\/\S+)$/.exec(error.message)?.[1] : undefined;
  if (!named) return undefined;
  const url = new URL(named);
  return url.origin === new URL(import.meta.url).origin ? url : undefined;
}

/**
 * Loads a module the first time it is asked for, once: what only some clients use (the guided
 * exercise) arrives when they first use it. A load that failed (a bad network) is not kept: the
 * next call tries again. Firefox keeps a failed module fetch for the life of the page
 * (whatwg/html#10327 lets engines fetch it again; Chromium and WebKit do), so a second failure
 * that names its module fetches it again under a new URL.
 */
export function loadOnUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failures = 0;
  const loadAgain = () =>
    load().catch((error: unknown) => {
      const url = failedModuleUrl(error);
      if (!url) throw error;
      url.searchParams.set('hearth-retry', String(failures));
      return import(url.href) as Promise<T>;
    });
  return () => {
    loading ??= (failures ? loadAgain() : load()).catch((error: unknown) => {
      loading = undefined;
      failures++;
      throw error;
    });
    return loading;
  };
}
