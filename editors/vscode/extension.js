// @ts-check
// Starts the dti language server for .dti files; everything the editor shows comes from it.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const settings = vscode.workspace.getConfiguration('dtirules.server');
  const command = settings.get('command', 'dti');
  const args = settings.get('args', ['lsp']);
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const serverOptions = { command, args, transport: TransportKind.stdio };
  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'dti' }, { scheme: 'untitled', language: 'dti' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.dti') },
  };
  client = new LanguageClient('dtirules', 'DtiRules', serverOptions, clientOptions);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (error) {
    // The usual cause is a missing dti command: say how to get it instead of failing silently.
    void vscode.window.showErrorMessage(
      `DtiRules: could not start '${command} ${args.join(' ')}' (${error}). Install the dti command or set dtirules.server.command.`);
  }
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
