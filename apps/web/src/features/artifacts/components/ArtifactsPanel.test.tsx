import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { ArtifactsPanel } from "./ArtifactsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const runId = "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b";
const base = `/api/v1/projects/${projectId}/runs/${runId}/artifacts`;
const rootUri = `mlflow-artifacts:/e/${runId}/artifacts`;

describe("ArtifactsPanel", () => {
  it("browses folders, previews a text file, uploads into the folder shown and deletes after asking", async () => {
    let files = [
      { path: "model", isDir: true, size: null },
      { path: "params.json", isDir: false, size: 11 },
    ];
    const calls = stubApi({
      [`GET ${base}`]: (request) => {
        const folder = request.query.get("path") ?? "";
        if (folder === "model") return { status: 200, body: { rootUri, path: "model", items: [{ path: "model/MLmodel", isDir: false, size: 2048 }] } };
        return { status: 200, body: { rootUri, path: "", items: files } };
      },
      [`GET ${base}/content`]: () => ({ status: 200, body: { lr: 0.01 } }),
      [`PUT ${base}/content`]: (request) => {
        files = [...files, { path: request.query.get("path")!, isDir: false, size: 5 }];
        return { status: 200, body: { path: request.query.get("path"), size: 5 } };
      },
      [`DELETE ${base}/content`]: (request) => {
        files = files.filter((file) => file.path !== request.query.get("path"));
        return { status: 204 };
      },
    });
    const { user } = renderWithProviders(<ArtifactsPanel projectId={projectId} runId={runId} canEdit />);
    const table = await screen.findByRole("table", { name: "Artifacts" });
    expect(screen.getByText(rootUri)).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "Download params.json" })).toHaveAttribute("href", `${base}/content?path=params.json`);

    await user.click(within(table).getByRole("button", { name: "Preview params.json" }));
    const preview = await screen.findByLabelText("Preview of params.json");
    expect(await within(preview).findByText('{"lr":0.01}')).toBeInTheDocument();

    await user.click(within(table).getByRole("button", { name: "Open folder model" }));
    expect(await screen.findByRole("button", { name: "Preview MLmodel" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "artifacts" }));
    await screen.findByRole("button", { name: "Preview params.json" });

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(["hello"], "notes.txt", { type: "text/plain" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PUT")?.query.get("path")).toBe("notes.txt"));
    expect(calls.find((call) => call.method === "PUT")?.headers.get("content-type")).toBe("application/octet-stream");
    expect(await screen.findByRole("button", { name: "Preview notes.txt" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete notes.txt" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete artifact" });
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Preview notes.txt" })).not.toBeInTheDocument());
    expect(calls.filter((call) => call.method === "DELETE").map((call) => call.query.get("path"))).toEqual(["notes.txt"]);
  });

  it("says how to add artifacts when there are none, and offers no changes on a deleted run", async () => {
    stubApi({ [`GET ${base}`]: () => ({ status: 200, body: { rootUri, path: "", items: [] } }) });
    renderWithProviders(<ArtifactsPanel projectId={projectId} runId={runId} canEdit={false} />);
    expect(await screen.findByText(/No artifacts yet/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Upload/ })).not.toBeInTheDocument();
  });
});
