// The message `quarterdeck dev` sends its open pages over Vite's HMR socket. The server (dev-plugin.ts)
// and the browser (client/live-reload.ts, client/problem-page.ts) both read the name from here.

/** Sent after a deck or data file changed and the project loads cleanly. */
export const updateEvent = 'quarterdeck:update';
