// Trains a logistic regression on a generated two-moons-like data set with plain
// gradient descent, and logs it to Lifecycle through the tracker:
//   LIFECYCLE_URL=http://localhost:8080 LIFECYCLE_TOKEN=lc_… \
//   LIFECYCLE_PROJECT=<project slug or id> LIFECYCLE_EXPERIMENT=<experiment name or id> \
//   node examples/train-logistic-regression.mjs
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { startRun } = require("../packages/client/dist/index.js");

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}`);
  return value;
};

// A seeded generator, so that a run can be reproduced.
let seed = Number(process.env.SEED ?? 42);
const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());

function makeData(count) {
  return Array.from({ length: count }, () => {
    const label = random() < 0.5 ? 0 : 1;
    const x1 = (label ? 1.2 : -1.2) + gaussian();
    const x2 = (label ? -0.8 : 0.8) + gaussian();
    return { features: [x1, x2, x1 * x2], label };
  });
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const predict = (weights, bias, features) => sigmoid(features.reduce((sum, value, index) => sum + value * weights[index], bias));

function evaluate(weights, bias, data, l2) {
  let loss = 0;
  let correct = 0;
  for (const { features, label } of data) {
    const probability = Math.min(1 - 1e-12, Math.max(1e-12, predict(weights, bias, features)));
    loss -= label * Math.log(probability) + (1 - label) * Math.log(1 - probability);
    correct += (probability >= 0.5 ? 1 : 0) === label ? 1 : 0;
  }
  const penalty = (l2 / 2) * weights.reduce((sum, weight) => sum + weight * weight, 0);
  return { loss: loss / data.length + penalty, accuracy: correct / data.length };
}

const params = { learning_rate: Number(process.env.LEARNING_RATE ?? 0.1), epochs: Number(process.env.EPOCHS ?? 60), batch_size: 32, regularization: "l2", l2: 0.001, optimizer: "sgd" };
const train = makeData(800);
const validation = makeData(200);

/** The experiment's id: given as one, or found by its name in the project (created when it is not there yet). */
async function experimentId(baseUrl, token, project, nameOrId) {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nameOrId)) return nameOrId;
  const call = async (method, path, body) => {
    const response = await fetch(`${baseUrl}/api/v1/projects/${encodeURIComponent(project)}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
    return response.json();
  };
  const { items } = await call("GET", "/experiments");
  return (items.find((experiment) => experiment.name === nameOrId) ?? (await call("POST", "/experiments", { name: nameOrId }))).id;
}

const baseUrl = env("LIFECYCLE_URL");
const token = env("LIFECYCLE_TOKEN");
const run = await startRun(
  { baseUrl, token, projectId: env("LIFECYCLE_PROJECT"), experimentId: await experimentId(baseUrl, token, env("LIFECYCLE_PROJECT"), env("LIFECYCLE_EXPERIMENT")) },
  { name: process.env.RUN_NAME ?? `logreg-lr${params.learning_rate}`, params, tags: { model: "logistic_regression", script: "examples/train-logistic-regression.mjs" } },
);

let weights = [0, 0, 0];
let bias = 0;
for (let epoch = 0; epoch < params.epochs; epoch += 1) {
  for (let start = 0; start < train.length; start += params.batch_size) {
    const batch = train.slice(start, start + params.batch_size);
    const gradient = [0, 0, 0];
    let biasGradient = 0;
    for (const { features, label } of batch) {
      const error = predict(weights, bias, features) - label;
      features.forEach((value, index) => (gradient[index] += error * value));
      biasGradient += error;
    }
    weights = weights.map((weight, index) => weight - params.learning_rate * (gradient[index] / batch.length + params.l2 * weight));
    bias -= params.learning_rate * (biasGradient / batch.length);
  }
  run.logMetrics(evaluate(weights, bias, train, params.l2), { step: epoch, split: "train" });
  run.logMetrics(evaluate(weights, bias, validation, params.l2), { step: epoch, split: "validation" });
}
const final = evaluate(weights, bias, validation, params.l2);
run.logMetrics(final, { step: params.epochs });
await run.end("FINISHED");
console.log(`run ${run.id}: validation accuracy ${final.accuracy.toFixed(3)}, loss ${final.loss.toFixed(4)}`);
