// tachometer's WebDriver plugin requires `chromedriver` and reads `.path`.
// Using the system driver keeps benchmarks working without a network download.
module.exports = { path: process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver' };
