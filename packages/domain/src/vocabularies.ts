/** Problem-framing vocabularies shared by the API, the forms and the client. */
export interface VocabularyEntry<V extends string = string> {
  value: V;
  label: string;
  description?: string;
}

function vocabulary<const V extends string>(entries: readonly VocabularyEntry<V>[]) {
  const values = entries.map((entry) => entry.value) as [V, ...V[]];
  return { entries, values };
}

export const TASK_TYPES = vocabulary([
  { value: "binary_classification", label: "Binary classification" },
  { value: "multiclass_classification", label: "Multi-class classification" },
  { value: "multilabel_classification", label: "Multi-label classification" },
  { value: "regression", label: "Regression" },
  { value: "forecasting", label: "Time-series forecasting" },
  { value: "clustering", label: "Clustering" },
  { value: "association_rules", label: "Association rules" },
  { value: "anomaly_detection", label: "Anomaly detection" },
  { value: "ranking", label: "Ranking / recommendation" },
  { value: "object_detection", label: "Object detection" },
  { value: "segmentation", label: "Segmentation" },
  { value: "generation", label: "Generation (text, image, audio, code)" },
  { value: "question_answering", label: "Question answering" },
  { value: "sequential_decision", label: "Sequential decision making" },
]);

export const LEARNING_PARADIGMS = vocabulary([
  { value: "supervised", label: "Supervised", description: "Learns a mapping from labelled inputs to outputs." },
  { value: "unsupervised_clustering", label: "Unsupervised — clustering", description: "Groups similar items, e.g. customers by buying pattern." },
  { value: "unsupervised_association", label: "Unsupervised — association rules", description: "Finds items that occur together." },
  { value: "unsupervised_anomaly", label: "Unsupervised — anomaly detection", description: "Finds rare items, e.g. fraudulent transactions." },
  { value: "semi_supervised", label: "Semi-supervised", description: "A little labelled data with much unlabelled data." },
  { value: "self_supervised", label: "Self-supervised", description: "Pseudo-labels from pretext tasks, as in BERT and GPT pre-training." },
  { value: "reinforcement", label: "Reinforcement learning", description: "An agent acts in an environment to maximise a reward." },
  { value: "rlhf", label: "RLHF", description: "Reinforcement learning with a reward model trained on human feedback." },
]);

export const MODEL_FAMILIES = vocabulary([
  { value: "knn", label: "K-nearest neighbours" },
  { value: "linear_regression", label: "Linear regression" },
  { value: "logistic_regression", label: "Logistic regression" },
  { value: "naive_bayes", label: "Naive Bayes" },
  { value: "svm", label: "Support vector machine" },
  { value: "decision_tree", label: "Decision tree" },
  { value: "tree_ensemble", label: "Tree ensemble (random forest, gradient boosting)" },
  { value: "cnn", label: "CNN" },
  { value: "resnet", label: "ResNet" },
  { value: "rnn", label: "RNN" },
  { value: "lstm", label: "LSTM" },
  { value: "gru", label: "GRU" },
  { value: "transformer_llm", label: "Transformer / LLM" },
  { value: "bert_encoder", label: "BERT-style encoder" },
  { value: "diffusion", label: "Diffusion model" },
  { value: "gan", label: "GAN" },
  { value: "vae", label: "VAE" },
  { value: "wavenet", label: "WaveNet" },
  { value: "other", label: "Other" },
]);

export const APPLICATION_AREAS = vocabulary([
  { value: "text_classification", label: "Text classification" },
  { value: "sentiment_analysis", label: "Sentiment analysis" },
  { value: "machine_translation", label: "Machine translation" },
  { value: "language_generation", label: "Language generation" },
  { value: "image_classification", label: "Image classification" },
  { value: "object_detection", label: "Object detection" },
  { value: "image_segmentation", label: "Image segmentation" },
  { value: "speech_synthesis", label: "Speech synthesis" },
  { value: "recommendation", label: "Recommendation" },
  { value: "forecasting", label: "Forecasting" },
  { value: "document_processing", label: "Document processing" },
  { value: "other", label: "Other" },
]);

export const APPROACHES = vocabulary([
  { value: "train_from_scratch", label: "Train from scratch", description: "Train all layers from random initialisation: needs a large data set and full control." },
  { value: "transfer_learning", label: "Transfer learning", description: "Freeze the pre-trained layers and train a new last layer: little data, saves time." },
  { value: "fine_tuning", label: "Fine-tuning", description: "Start from a pre-trained model and train some or all layers on domain data." },
  { value: "adapters_lora", label: "Adapters / LoRA", description: "Train small adapter layers beside frozen foundation-model weights." },
  { value: "rag", label: "Retrieval-augmented generation", description: "Embed and index documents in a vector store; retrieve relevant chunks into the prompt." },
  { value: "prompt_engineering", label: "Prompt engineering", description: "Design and optimise prompts for a foundation model; no training." },
  { value: "continued_pretraining", label: "Continued pre-training", description: "Keep pre-training a foundation model on new unlabelled domain data." },
]);

/** Approaches that start from a pre-trained or foundation model, which the framing must then name. */
export const APPROACHES_NEEDING_BASE_MODEL: ReadonlySet<string> = new Set([
  "transfer_learning",
  "fine_tuning",
  "adapters_lora",
  "rag",
  "prompt_engineering",
  "continued_pretraining",
]);

/** Approaches that train nothing, so that leaving the Data stage needs no training data. */
export const APPROACHES_WITHOUT_TRAINING_DATA: ReadonlySet<string> = new Set(["prompt_engineering", "rag"]);

export const VOCABULARIES = {
  taskTypes: [...TASK_TYPES.entries],
  learningParadigms: [...LEARNING_PARADIGMS.entries],
  modelFamilies: [...MODEL_FAMILIES.entries],
  applicationAreas: [...APPLICATION_AREAS.entries],
  approaches: [...APPROACHES.entries],
};
