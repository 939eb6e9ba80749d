// One connection to /events shared by every open page of this server (a SharedWorker): browsers
// allow about six HTTP/1.1 connections per host, and an event stream per tab would use them up.
'use strict';
const ports = new Set();
let source = null;
let state = 'connecting';
let last = null;

function broadcast(message) {
  for (const p of ports) { p.postMessage(message); }
}

function connect() {
  source = new EventSource('/events');
  source.addEventListener('open', () => { state = 'open'; broadcast({ type: 'open' }); });
  source.addEventListener('error', () => { state = 'error'; broadcast({ type: 'error' }); });
  source.addEventListener('corpus', e => { last = e.data; broadcast({ type: 'corpus', data: e.data }); });
}

self.addEventListener('connect', e => {
  const port = e.ports[0];
  ports.add(port);
  port.addEventListener('message', m => {
    if (m.data === 'bye') {
      ports.delete(port);
      if (ports.size === 0 && source) { source.close(); source = null; state = 'connecting'; last = null; }
    }
  });
  port.start();
  if (!source) {
    connect();
  } else {
    port.postMessage({ type: state });
    if (last !== null) { port.postMessage({ type: 'corpus', data: last }); }
  }
});
