// Puppeteer never downloads a browser here: the tests use the system's Chromium and Firefox ESR
// (scripts/find-browser.mjs), so `npm install` works offline and on any machine.
module.exports = { skipDownload: true };
