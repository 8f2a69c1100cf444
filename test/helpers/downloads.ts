/**
 * The next file the page offers as a download, as a host page would see it: Hearth offers files
 * through a link to a Blob URL that it clicks. The click is caught (and the real download
 * prevented, so no dialog opens in the test browser) and the file read from its Blob URL.
 */
export function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve, reject) => {
    const onClick = (event: MouseEvent) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      fetch(link.href)
        .then((response) => response.text())
        .then((text) => resolve({ name: link.download, text }), reject);
    };
    document.addEventListener('click', onClick, true);
  });
}
