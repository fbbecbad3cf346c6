// The browser needs mock-socket's ES build path; its types are the package's.
declare module 'mock-socket/dist/mock-socket.es.mjs' {
  export * from 'mock-socket';
}
