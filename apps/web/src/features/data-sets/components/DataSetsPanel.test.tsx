import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { DataSetsPanel } from "./DataSetsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/data-sets`;
const dataSet = {
  id: "5a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
  projectId,
  name: "Support inbox mail",
  description: "Mail marked spam or not",
  kind: "TEXT",
  structured: false,
  labelling: "LABELLED",
  labelSource: "HUMAN",
  sourceUri: "s3://acme/mail",
  format: "JSONL",
  owner: "Ana",
  createdAt: "2026-11-27T10:00:00.000Z",
  updatedAt: "2026-11-27T10:00:00.000Z",
  versions: [
    {
      id: "6a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
      dataSetId: "5a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
      version: 1,
      fingerprint: "sha256:abc",
      itemCount: 1000,
      sizeBytes: 52_000_000,
      features: [{ name: "body", type: "text" }],
      labelDistribution: { spam: 300, ham: 700 },
      collectionNotes: "Helpdesk export",
      preprocessing: ["Strip HTML", "TF-IDF"],
      splits: [
        { name: "train", count: 700 },
        { name: "validation", count: 150 },
        { name: "test", count: 150 },
      ],
      preferenceExport: null,
      usedBy: [{ runId: "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", runName: "knn-k5", experimentId: "8a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", split: "train", purpose: "TRAINING" }],
      createdAt: "2026-11-27T10:00:00.000Z",
    },
  ],
};

describe("DataSetsPanel", () => {
  it("shows each version's splits, labels, preparation and the runs that used it", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [dataSet] } }) });
    renderWithProviders(<DataSetsPanel projectId={projectId} projectRef="spam" canEdit canDelete />);
    const section = await screen.findByRole("region", { name: "Data set Support inbox mail" });
    expect(within(section).getByText("unstructured")).toBeInTheDocument();
    expect(within(section).getByText("train 700 · validation 150 · test 150")).toBeInTheDocument();
    expect(within(section).getByText("52.0 MB")).toBeInTheDocument();
    expect(within(section).getByText("Strip HTML")).toBeInTheDocument();
    expect(within(section).getByRole("link", { name: "knn-k5" })).toHaveAttribute("href", "/projects/spam/runs/9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01");
    expect(within(section).getByText("trained on")).toBeInTheDocument();
  });

  it("adds a version, saying while typing whether the splits add up", async () => {
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [{ ...dataSet, versions: [] }] } }),
      [`POST ${url}/${dataSet.id}/versions`]: () => ({ status: 201, body: dataSet }),
    });
    const { user } = renderWithProviders(<DataSetsPanel projectId={projectId} projectRef="spam" canEdit canDelete />);
    await user.click(await screen.findByRole("button", { name: "New version" }));
    const form = await screen.findByRole("form", { name: "New data set version" });
    await user.type(within(form).getByLabelText(/Fingerprint/), "sha256:def");
    await user.type(within(form).getByLabelText(/^Items/), "100");
    await user.type(within(form).getByLabelText("train count"), "70");
    await user.type(within(form).getByLabelText("validation count"), "15");
    await user.type(within(form).getByLabelText("test count"), "10");
    expect(within(form).getByRole("status")).toHaveTextContent("train 70 + validation 15 + test 10 = 95, not the version's 100 items");
    await user.clear(within(form).getByLabelText("test count"));
    await user.type(within(form).getByLabelText("test count"), "15");
    expect(within(form).getByRole("status")).toHaveTextContent("The splits add up.");
    await user.type(within(form).getByLabelText(/Label distribution/), "spam=30\nham=70");
    await user.click(within(form).getByRole("button", { name: "Add version" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({
      fingerprint: "sha256:def",
      itemCount: 100,
      splits: [{ name: "train", count: 70 }, { name: "validation", count: 15 }, { name: "test", count: 15 }],
      labelDistribution: { spam: 30, ham: 70 },
    }));
  });
});
