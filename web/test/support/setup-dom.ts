import { TextDecoder, TextEncoder } from 'node:util';

/** jsdom lacks a few browser APIs antd reads on mount. */
// react-router (reached through the auth feature's public surface) reads TextEncoder when loaded.
if (!('TextEncoder' in globalThis)) Object.assign(globalThis, { TextEncoder, TextDecoder });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// antd's Modal measures the scrollbar with getComputedStyle(el, '::-webkit-scrollbar'); jsdom logs
// "Not implemented" for any pseudo-element. Its answer without one is as good in a test.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

// antd's form batches watcher updates in a macrotask via MessageChannel, which jsdom does not
// provide. A setTimeout stand-in keeps the same "after the current task" timing.
if (!('MessageChannel' in globalThis)) {
  class Port {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    other: Port | null = null;
    postMessage(data: unknown) {
      const target = this.other;
      setTimeout(() => target?.onmessage?.({ data }), 0);
    }
    close() {}
  }
  (globalThis as unknown as { MessageChannel: unknown }).MessageChannel = class {
    port1 = new Port();
    port2 = new Port();
    constructor() {
      this.port1.other = this.port2;
      this.port2.other = this.port1;
    }
  };
}

// jsdom has no layout, so antd's auto-sizing TextArea computes a NaN height and React warns about
// it. That says nothing about the code under test; every other console.error still shows.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('is an invalid value for the') && args.includes('height')) return;
  consoleError(...args);
};
