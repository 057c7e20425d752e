// The factcheck extension: starts `factcheck lsp` and hands it Markdown, plain-text, YAML and
// JSON files. Plain JavaScript, so `npm install` is the only step before it runs.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function createClient() {
  const configured = vscode.workspace.getConfiguration("factcheck").get("command");
  const [command, ...args] = Array.isArray(configured) && configured.length
    ? configured
    : ["factcheck", "lsp"];
  // No `transport` given: the client speaks over the process's stdio without appending
  // `--stdio` to its arguments. The working directory is the first workspace folder, as the
  // CLI's working directory (the server finds factcheck.toml from the workspace folders).
  const serverOptions = { command, args };
  const clientOptions = {
    // Files on disk only: the server reads each article's .sources folder beside it.
    documentSelector: ["markdown", "plaintext", "yaml", "json"].map((language) => ({
      scheme: "file",
      language,
    })),
  };
  return new LanguageClient("factcheck", "factcheck", serverOptions, clientOptions);
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(
    vscode.commands.registerCommand("factcheck.restart", async () => {
      if (client) {
        await client.stop();
      }
      client = createClient();
      await client.start();
    }),
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `factcheck: the language server did not start (${error}). Install factcheck with ` +
        "its lsp extra (docs/editors.md), or set factcheck.command.",
    );
  }
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
