/**
 * HTTP as a broken client sends it, for the tests of the servers we ship: bytes written on a plain
 * socket, so nothing in between (fetch, node:http) repairs or refuses the request first.
 */
import { connect } from 'node:net';

/** Writes `raw` on a fresh socket; resolves with what came back (possibly '') once the server closes or `wait` ms pass. */
export function rawRequest(port, raw, { wait = 1500, destroyAfterWrite = false } = {}) {
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(raw);
      if (destroyAfterWrite) setTimeout(() => (socket.destroy(), resolve('')), 100);
    });
    const timer = setTimeout(() => (socket.destroy(), resolve(received)), wait);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => (clearTimeout(timer), resolve(received)));
  });
}

/** The status code of a raw HTTP/1.1 answer, 0 when there was none. */
export const statusOf = (response) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
