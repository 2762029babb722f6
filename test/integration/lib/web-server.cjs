// Child process: @vscode/test-web's server with the config given as JSON in argv[2]; prints READY <port>.
// Run apart from the runner so its request log stays out of the test output and dies with its process group.
const config = JSON.parse(process.argv[2]);
const { runServer } = require(config.testWebMain);
runServer(config.host, config.port, config.server).then((server) => {
  server.once('listening', () => console.log(`READY ${config.port}`));
  if (server.listening) console.log(`READY ${config.port}`);
}, (e) => { console.error(e); process.exit(1); });
