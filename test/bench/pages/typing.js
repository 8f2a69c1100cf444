// A 20,000-word entry in both the journal and a plain textarea. For each keystroke this page
// records the time from the keydown event to just after the next frame is painted (a rAF, then a
// message: the task that runs after the paint).
const words = Array.from({ length: 20_000 }, (_, i) => ['calm', 'walk', 'sister', 'window', 'tea', 'morning', 'breathe', 'kind'][i % 8]).join(' ');
const journal = document.querySelector('hearth-journal-prompt');
// Defined by the loader once it has seen the element.
await customElements.whenDefined('hearth-journal-prompt');
await journal.updateComplete;
const area = journal.shadowRoot.querySelector('textarea');
area.value = words;
area.dispatchEvent(new Event('input'));
document.querySelector('#plain').value = words;
window.keystrokeToPaint = [];
document.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.keystrokeToPaint.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  },
  true,
);
await journal.updateComplete;
document.body.dataset.ready = '1';
