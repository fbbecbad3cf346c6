/**
 * The server's per-client send buffer (PROTOCOL.md, "Liveness and flow control"; Go:
 * `make(chan []byte, 256)`). Its writer sends everything queued as one frame, so a frame of
 * this many lines or more means the buffer was full and per-user messages may have been
 * dropped. The one place this number lives: the endpoint module (demo/server) uses it too.
 */
export const SERVER_SEND_BUFFER = 256;
