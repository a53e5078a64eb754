// jsdom with Node's own fetch API, which the generated client uses.
const { TestEnvironment } = require("jest-environment-jsdom");

const NODE_GLOBALS = ["fetch", "Request", "Response", "Headers", "FormData", "Blob", "ReadableStream", "TransformStream", "TextEncoder", "TextDecoder", "AbortController", "AbortSignal", "structuredClone"];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetchEnvironment;
