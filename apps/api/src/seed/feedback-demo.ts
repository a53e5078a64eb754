import type { INestApplicationContext } from "@nestjs/common";
import { seededRandom, type PreferenceChoice } from "@lifecycle/domain";
import type { Principal } from "../common/auth/principal";
import { AnnotationsService } from "../modules/feedback/annotations.service";
import { FeedbackService } from "../modules/feedback/feedback.service";
import { PreferencesService } from "../modules/feedback/preferences.service";
import { RegistryService } from "../modules/registry/registry.service";

const HOUR = 3_600_000;
const QUESTIONS = [
  ["How long do I have to return a jacket?", "You can return it within 14 days.", "You can return it within 30 days of delivery (Returns policy, October update)."],
  ["Can I get a refund on a sale item?", "Sale items cannot be refunded.", "Yes: sale items are refunded like any other within 30 days (Refunds, section 2)."],
  ["Where is my parcel?", "Track it in your account under Orders.", "Open Orders in your account and choose Track parcel; the carrier's link updates hourly (Shipping, tracking)."],
  ["How do I change my billing address?", "Go to Settings.", "Go to Account → Billing → Address; it applies to the next invoice (Billing, addresses)."],
  ["Do you ship to Norway?", "Yes, we ship to Norway.", "Yes: Norway takes 3–5 working days and duties are included (Shipping, countries)."],
  ["I was charged twice", "Please contact support.", "A second charge is a pending authorisation that drops within 5 days; if not, reply here and we refund it (Billing, double charges)."],
] as const;

/**
 * The chatbot's feedback: end users' helpfulness and thumbs on the answers before and after iteration 2, editors'
 * pairwise preferences between the two versions (the new one wins most), those exported for DPO as a data set
 * version, and two annotation queues for the editors (one half done).
 */
export async function feedbackDemo(app: INestApplicationContext, principal: Principal, projectId: string, deploymentId: string, modelName: string): Promise<void> {
  const feedback = app.get(FeedbackService);
  await feedback.createConfig(projectId, { name: "helpfulness", type: "NUMERIC", min: 1, max: 5, description: "1 useless – 5 solved my problem" });
  await feedback.createConfig(projectId, { name: "thumbs up", type: "BOOLEAN" });
  await feedback.createConfig(projectId, { name: "grounded", type: "BOOLEAN", description: "Every claim is in the cited article" });
  const next = seededRandom(13);
  const release = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  // Scores on the predictions the loop logged: the last slow hour (refunds rated 1–2) and the release hour.
  const scores = [release - HOUR, release].flatMap((start) =>
    Array.from({ length: 40 }, (_, k) => {
      const after = start === release;
      const value = Math.max(1, Math.min(5, Math.round((after ? 4.3 : 2.6) + (next() - 0.5) * 2)));
      const predictionId = `chat-${start}-${k * 3}`;
      const timestamp = new Date(start + Math.floor((k * 3 * HOUR) / 120) + 30_000).toISOString();
      return [
        { config: "helpfulness", value, predictionId, source: "END_USER" as const, author: `user-${100 + k}`, timestamp, ...(value <= 2 && !after ? { comment: "Still quotes the old 14-day refund window" } : {}) },
        { config: "thumbs up", value: value >= 4, predictionId, source: "END_USER" as const, author: `user-${100 + k}`, timestamp },
      ];
    }).flat(),
  );
  await feedback.logScores(principal, projectId, deploymentId, { scores });

  const registry = app.get(RegistryService);
  const model = (await registry.listModels(projectId, { page: 1, pageSize: 1, q: modelName })).items[0]!;
  const [newer, older] = (await registry.listVersions(projectId, model.id, { page: 1, pageSize: 2 })).items;
  const preferences = app.get(PreferencesService);
  const pairs = Array.from({ length: 36 }, (_, k) => {
    const [prompt, oldAnswer, newAnswer] = QUESTIONS[k % QUESTIONS.length]!;
    const roll = next();
    const winner: "new" | "old" | "tie" = roll < 0.72 ? "new" : roll < 0.88 ? "old" : "tie";
    const newFirst = k % 2 === 0;
    const choice: PreferenceChoice = winner === "tie" ? "TIE" : (winner === "new") === newFirst ? "A" : "B";
    const oldSide = { response: oldAnswer, modelVersionId: older!.id };
    const newSide = { response: newAnswer, modelVersionId: newer!.id };
    return {
      prompt,
      a: newFirst ? newSide : oldSide,
      b: newFirst ? oldSide : newSide,
      choice,
      deploymentId,
      source: k % 3 === 0 ? ("END_USER" as const) : ("DOMAIN_EXPERT" as const),
      author: k % 3 === 0 ? `user-${200 + k}` : k % 2 ? "Editor Mia" : "Editor Tom",
      ...(winner === "new" && k % 4 === 1 ? { reason: "Cites the article and the current policy" } : {}),
      timestamp: new Date(release - 2 * HOUR + k * 200_000).toISOString(),
    };
  });
  await preferences.log(principal, projectId, { preferences: pairs });
  await preferences.export(principal, projectId, { dataSetName: "FAQ answer preferences (DPO)", note: "Editors' and users' choices between v1 and v2, for preference tuning in iteration 3." });

  const annotations = app.get(AnnotationsService);
  const review = await annotations.createQueue(principal, projectId, { name: "Editors' weekly review", description: "Is every claim in the cited article? Would it solve the customer's problem?", kind: "PREDICTIONS", scoreConfigs: ["grounded", "helpfulness"] });
  await annotations.addItems(projectId, review.id, { deploymentId, sample: { count: 12, from: new Date(release).toISOString(), to: new Date(release + HOUR).toISOString() } });
  for (let k = 0; k < 5; k += 1) {
    const { item } = await annotations.claim(principal, projectId, review.id);
    if (!item) break;
    await annotations.annotate(principal, projectId, review.id, item.id, { scores: [{ config: "grounded", value: k !== 3 }, { config: "helpfulness", value: k === 3 ? 3 : 4 + (k % 2) }] });
  }
  const choose = await annotations.createQueue(principal, projectId, { name: "Answer 1 or answer 2", description: "Pick the answer you would send to the customer.", kind: "PAIRS", scoreConfigs: [] });
  await annotations.addItems(projectId, choose.id, {
    pairs: QUESTIONS.map(([prompt, oldAnswer, newAnswer], k) => ({ prompt, a: { response: k % 2 ? oldAnswer : newAnswer, modelVersionId: (k % 2 ? older : newer)!.id }, b: { response: k % 2 ? newAnswer : oldAnswer, modelVersionId: (k % 2 ? newer : older)!.id }, deploymentId })),
  });
}
