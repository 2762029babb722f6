// Timeline chart webview: the export button and live updates of the SVG (sent by the extension, already escaped).
(function () {
  const vscode = acquireVsCodeApi();
  const chart = document.getElementById('chart');
  document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'svg' && typeof m.svg === 'string') chart.innerHTML = m.svg;
  });
})();
